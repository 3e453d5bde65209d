package org.newsgraph.resolve.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable, IRI-safe keys from the fields that identify a corpus node. */
final class Keys {
  private Keys() {}

  /** The first 12 hex digits of the SHA-256 of the parts joined by a unit separator. */
  static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
