package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Name folding and IRI-safe slugs shared by the resolvers. */
public final class Names {
  private Names() {}

  /**
   * Folds a name for comparison: diacritics, case, punctuation and spaces go, so "Witch-hunt",
   * "Witch Hunt" and "witchhunt" agree, as do "Mr. Loach" and "Mr Loach".
   */
  public static String fold(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** Lower-case words joined by hyphens, ASCII only: "I, Daniel Blake" → "i-daniel-blake". */
  public static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }

  /** A short stable hash (12 hex digits of SHA-256) for keys made from several parts. */
  public static String hash(String... parts) {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(String.valueOf(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
