package org.newsgraph.link;

import java.util.List;
import java.util.Map;

/**
 * Words of a stated role or occupation ("MP", "shadow chancellor", "film director") and the
 * words an English Wikidata description of someone in that role contains ("politician",
 * "director"). Folded words on the left (see {@link NameFolding#fold}).
 */
final class RoleCues {
  private RoleCues() {}

  private static final List<String> POLITICS =
      List.of("politician", "member of parliament", "prime minister", "president", "minister");
  private static final List<String> FILM = List.of("director", "filmmaker", "film");
  private static final List<String> PRESS =
      List.of("journalist", "editor", "broadcaster", "columnist", "presenter");
  private static final List<String> UNION = List.of("trade unionist", "union");
  private static final List<String> LAW = List.of("lawyer", "barrister", "solicitor", "judge");
  private static final List<String> ACADEMIA =
      List.of("academic", "professor", "historian", "economist", "scholar");
  private static final List<String> ACTIVISM = List.of("activist", "campaigner");
  private static final List<String> ARTS = List.of("actor", "actress", "writer", "author", "novelist");

  private static final Map<String, List<String>> CUES =
      Map.ofEntries(
          Map.entry("mp", POLITICS),
          Map.entry("mps", POLITICS),
          Map.entry("politician", POLITICS),
          Map.entry("minister", POLITICS),
          Map.entry("secretary", POLITICS),
          Map.entry("chancellor", POLITICS),
          Map.entry("leader", POLITICS),
          Map.entry("councillor", POLITICS),
          Map.entry("speaker", POLITICS),
          Map.entry("shadow", POLITICS),
          Map.entry("mayor", POLITICS),
          Map.entry("senator", POLITICS),
          Map.entry("premier", POLITICS),
          Map.entry("president", POLITICS),
          Map.entry("mep", POLITICS),
          Map.entry("lawmaker", POLITICS),
          Map.entry("director", FILM),
          Map.entry("filmmaker", FILM),
          Map.entry("producer", FILM),
          Map.entry("screenwriter", FILM),
          Map.entry("journalist", PRESS),
          Map.entry("editor", PRESS),
          Map.entry("reporter", PRESS),
          Map.entry("columnist", PRESS),
          Map.entry("broadcaster", PRESS),
          Map.entry("presenter", PRESS),
          Map.entry("unionist", UNION),
          Map.entry("lawyer", LAW),
          Map.entry("barrister", LAW),
          Map.entry("solicitor", LAW),
          Map.entry("judge", LAW),
          Map.entry("academic", ACADEMIA),
          Map.entry("professor", ACADEMIA),
          Map.entry("historian", ACADEMIA),
          Map.entry("economist", ACADEMIA),
          Map.entry("activist", ACTIVISM),
          Map.entry("campaigner", ACTIVISM),
          Map.entry("actor", ARTS),
          Map.entry("actress", ARTS),
          Map.entry("writer", ARTS),
          Map.entry("author", ARTS),
          Map.entry("novelist", ARTS));

  /** The description words that fit a folded role word, or none. */
  static List<String> cues(String word) {
    return CUES.getOrDefault(word, List.of());
  }
}
