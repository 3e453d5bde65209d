package org.newsgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds names into lookup keys so that surface variants meet: case, diacritics, punctuation,
 * a leading "the", honorifics ("Sir", "Mr", "General") and a trailing "MP", the spelling
 * "Labor"/"Labour", and, as weaker variants, a trailing "Party" and initials ("J McDonnell").
 *
 * <pre>
 * NameFolding.fold("The Labor Party")       // "labour party"
 * NameFolding.stripParty("labour party")    // "labour"
 * NameFolding.initials("john mcdonnell")    // "j mcdonnell"
 * </pre>
 */
public final class NameFolding {
  private NameFolding() {}

  /** Titles dropped in front of a personal name, but only when a name still follows. */
  private static final Set<String> HONORIFICS =
      Set.of(
          "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "lord",
          "lady", "baroness", "baron", "general", "gen", "rt", "hon", "right", "honourable",
          "comrade", "cllr", "councillor");

  /** Post-nominals dropped after a name ("John McDonnell MP"). */
  private static final Set<String> POSTNOMINALS = Set.of("mp", "mep", "msp", "qc", "kc", "obe");

  /** The basic key: what two spellings of the same name have in common. */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK
          || t == Character.ENCLOSING_MARK) {
        continue; // a diacritic separated by NFKD
      }
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') {
        continue; // "Workers' Party" and "O'Brien" keep their letters together
      }
      if (c == '&') {
        b.append(" and ");
      } else if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(' ');
      }
    }
    List<String> tokens = new ArrayList<>(List.of(b.toString().trim().split(" +")));
    tokens.removeIf(String::isEmpty);
    if (tokens.size() > 1 && tokens.get(0).equals("the")) {
      tokens.remove(0);
    }
    while (tokens.size() > 2 && HONORIFICS.contains(tokens.get(0))) {
      tokens.remove(0);
    }
    if (tokens.size() == 2 && HONORIFICS.contains(tokens.get(0)) && isTitleOnly(tokens.get(0))) {
      tokens.remove(0); // "Sir Keir" -> "keir"; "General Motors" stays whole
    }
    while (tokens.size() > 2 && POSTNOMINALS.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals("labor")) {
        tokens.set(i, "labour"); // the US/Australian spelling used by some outlets
      }
    }
    return String.join(" ", tokens);
  }

  /** Titles that never start an organisation's or a work's name. */
  private static boolean isTitleOnly(String t) {
    return switch (t) {
      case "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "dr", "cllr" -> true;
      default -> false;
    };
  }

  /** The key without a trailing "party" ("labour party" -> "labour"), or the key itself. */
  public static String stripParty(String key) {
    if (key.endsWith(" party") && key.length() > " party".length()) {
      return key.substring(0, key.length() - " party".length());
    }
    return key;
  }

  /**
   * The key with every token but the last cut to its initial ("john mcdonnell" -> "j
   * mcdonnell"), or null for a single token.
   */
  public static String initials(String key) {
    String[] t = key.split(" ");
    if (t.length < 2) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length - 1; i++) {
      b.append(t[i].charAt(0)).append(' ');
    }
    return b.append(t[t.length - 1]).toString();
  }

  /** The keys under which a name is looked up: its fold and its fold without "party". */
  public static Set<String> queryKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String f = fold(name);
    if (f.isEmpty()) {
      return keys;
    }
    keys.add(f);
    keys.add(stripParty(f));
    return keys;
  }

  /**
   * How well a query name matches one name of an item, in [0,1]: 1 for equal folds, 0.9 when
   * equal once "party" is dropped, 0.6 when the query is the item name's initials form, else 0.
   */
  public static double match(String queryName, String itemName) {
    String q = fold(queryName);
    String n = fold(itemName);
    if (q.isEmpty() || n.isEmpty()) {
      return 0;
    }
    if (q.equals(n)) {
      return 1;
    }
    if (stripParty(q).equals(stripParty(n))) {
      return 0.9;
    }
    String i = initials(n);
    if (i != null && q.contains(" ") && q.equals(i)) {
      return 0.6;
    }
    return 0;
  }
}
