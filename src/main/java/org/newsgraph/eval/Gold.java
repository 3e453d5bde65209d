package org.newsgraph.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold annotation file (the format of the project's gold FORMAT.md): per article, the
 * persons, organisations, works, events and statements a careful reader takes out.
 */
public record Gold(String corpus, List<GoldArticle> articles) {

  public record GoldEntity(String name, String kind, List<String> aliases, String wikidata, String director) {
    public List<String> names() {
      List<String> n = new ArrayList<>();
      n.add(name);
      if (aliases != null) {
        n.addAll(aliases);
      }
      return n;
    }
  }

  public record GoldEvent(String type, String subject, String organisation, String agent, String date) {}

  public record GoldStatement(String speaker, String text, String date, String medium) {}

  public record GoldArticle(
      String file,
      String published,
      List<GoldEntity> persons,
      List<GoldEntity> organisations,
      List<GoldEntity> works,
      List<GoldEvent> events,
      List<GoldStatement> statements) {

    public List<GoldEntity> allEntities() {
      List<GoldEntity> all = new ArrayList<>();
      all.addAll(nz(persons));
      all.addAll(nz(organisations));
      all.addAll(nz(works));
      return all;
    }

    /** The names (name and aliases) of the entity of this article called {@code name}. */
    public List<String> namesOf(String name) {
      if (name == null) {
        return List.of();
      }
      for (GoldEntity e : allEntities()) {
        if (e.names().stream().anyMatch(n -> Folding.fold(n).equals(Folding.fold(name)))) {
          return e.names();
        }
      }
      return List.of(name);
    }
  }

  static <T> List<T> nz(List<T> l) {
    return l == null ? List.of() : l;
  }

  public static Gold read(Path file) throws IOException {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(file.toFile(), Gold.class);
  }
}
