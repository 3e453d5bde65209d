package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Case and punctuation folding, and word splitting, as the gold format scores them. */
public final class Folding {
  private Folding() {}

  /** Lower case, diacritics and punctuation removed, spaces collapsed. */
  public static String fold(String s) {
    return String.join(" ", words(s));
  }

  /** The words of {@code s}: letters and digits, lower case ("witch-hunt" → witch, hunt). */
  public static List<String> words(String s) {
    String n =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replace('’', '\'')
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (c == '\'' && cur.length() > 0) {
        // I'm, can't: keep the word whole
        cur.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    while (cur.length() > 0 && cur.charAt(cur.length() - 1) == '\'') {
      cur.setLength(cur.length() - 1);
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    cur.setLength(0);
  }
}
