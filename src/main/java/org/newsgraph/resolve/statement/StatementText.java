package org.newsgraph.resolve.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparable form of a quotation: its words, lower-cased, with punctuation, ellipses,
 * quotation marks and apostrophes dropped and hyphens read as spaces, so that "Well..." and
 * "Well …", "witch hunt" and "witch-hunt", "I’m" and "I'm" compare equal.
 */
public final class StatementText {

  private StatementText() {}

  /** The normalised word sequence of {@code text}. */
  public static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (c == '\'' || c == '’' || c == '‘' || Character.getType(c) == Character.NON_SPACING_MARK) {
        // Apostrophes join: "labour's" and "labours" are one form.
        continue;
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** True when {@code part} occurs as a contiguous run inside {@code whole}. */
  public static boolean contains(List<String> whole, List<String> part) {
    return part.isEmpty() || indexOf(whole, part) >= 0;
  }

  /** Where {@code part} first occurs as a contiguous run inside {@code whole}, else -1. */
  public static int indexOf(List<String> whole, List<String> part) {
    outer:
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      for (int j = 0; j < part.size(); j++) {
        if (!whole.get(i + j).equals(part.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A short stable hex digest (SHA-256, first 16 hex digits) of {@code s}. */
  public static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
