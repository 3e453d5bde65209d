package org.newsgraph.link;

import java.nio.file.Path;

/**
 * Factories for the linking modes of {@code newsgraph build --wikidata off|offline|online}.
 *
 * <pre>
 * EntityLinker l = LinkerLib.linker(LinkerLib.Mode.OFFLINE, null, null, null);  // shipped extract
 * </pre>
 */
public final class LinkerLib {
  private LinkerLib() {}

  /** How entities are linked. */
  public enum Mode {
    /** Not at all. */
    OFF,
    /** Against a local index or dump (the shipped extract by default); no network. */
    OFFLINE,
    /** Against the Wikidata API, through an on-disk cache. */
    ONLINE;

    /** Parses "none"/"off", "offline", "online" (any case). */
    public static Mode parse(String s) {
      return switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "none", "off" -> OFF;
        case "offline" -> OFFLINE;
        case "online" -> ONLINE;
        default -> throw new IllegalArgumentException(
            "unknown Wikidata mode '" + s + "' (none, offline, online)");
      };
    }
  }

  /** A linker over an index file or small dump, or the shipped extract when null. */
  public static WikidataLinker offline(Path index) {
    return WikidataLinker.create(index == null ? WikidataIndex.bundled() : WikidataIndex.load(index));
  }

  /** A linker over the API at {@code baseUrl} (null: the public one), caching in {@code cache}. */
  public static WikidataLinker online(String baseUrl, Path cache, String contact) {
    WikidataClient.Builder b = WikidataClient.create().cacheDir(cache);
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    if (contact != null) {
      b.contact(contact);
    }
    return WikidataLinker.create(b.build());
  }

  /**
   * The linker for a mode; {@code index} is used offline, {@code baseUrl} and {@code cache}
   * online. OFF gives {@link EntityLinker#none()}.
   */
  public static EntityLinker linker(Mode mode, Path index, String baseUrl, Path cache) {
    return switch (mode) {
      case OFF -> EntityLinker.none();
      case OFFLINE -> offline(index);
      case ONLINE -> online(baseUrl, cache, null);
    };
  }
}
