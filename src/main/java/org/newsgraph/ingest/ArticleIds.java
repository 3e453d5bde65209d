package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Article identity: a hash of the normalised text, so the same article twice is one article. */
public final class ArticleIds {
  private ArticleIds() {}

  /** NFC, case-folded, whitespace collapsed: formatting differences do not make a new article. */
  public static String normalise(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The first 16 hex digits of the SHA-256 of the normalised text. */
  public static String of(String text) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
