package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Locale;

/** The dataset formats newsgraph writes, chosen by name or by file extension. */
public enum RdfFormat {
  TURTLE("ttl"),
  TRIG("trig"),
  NQUADS("nq"),
  JSONLD("jsonld");

  private final String extension;

  RdfFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** From a name as given to {@code --format}: turtle, trig, nquads, jsonld (case-insensitive). */
  public static RdfFormat ofName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "turtle", "ttl" -> TURTLE;
      case "trig" -> TRIG;
      case "nquads", "nq", "n-quads" -> NQUADS;
      case "jsonld", "json-ld" -> JSONLD;
      default -> throw new IllegalArgumentException(
          "unknown format '" + name + "': use turtle, trig, nquads or jsonld");
    };
  }

  /** From a file's extension, or null when it has none we know. */
  public static RdfFormat ofPath(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".ttl")) {
      return TURTLE;
    }
    if (n.endsWith(".trig")) {
      return TRIG;
    }
    if (n.endsWith(".nq")) {
      return NQUADS;
    }
    if (n.endsWith(".jsonld") || n.endsWith(".json")) {
      return JSONLD;
    }
    return null;
  }
}
