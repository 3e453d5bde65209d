package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 (BOM stripped) by default, UTF-16 when a BOM says so.
 * Refuses binary data and invalid UTF-8 with a message that gives the byte offset, rather than
 * silently putting replacement characters into the evidence.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** The problem with {@code bytes} as text, or null. */
  static String binaryProblem(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    boolean utf16 = hasUtf16Bom(bytes);
    for (int i = 0; i < n && !utf16; i++) {
      if (bytes[i] == 0) {
        return "binary file (NUL byte at offset " + i + "): not an article; skipped";
      }
    }
    return null;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  /**
   * Decodes, throwing {@link IllegalArgumentException} with the offending byte offset for
   * invalid input.
   */
  static String decode(byte[] b) {
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return strict(b, 2, StandardCharsets.UTF_16BE.newDecoder());
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return strict(b, 2, StandardCharsets.UTF_16LE.newDecoder());
    }
    int off = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    return strict(b, off, StandardCharsets.UTF_8.newDecoder());
  }

  private static String strict(byte[] b, int off, CharsetDecoder dec) {
    dec.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, off, b.length - off);
    try {
      CharBuffer out = dec.decode(in);
      return out.toString();
    } catch (MalformedInputException e) {
      throw new IllegalArgumentException(
          "invalid " + dec.charset().name() + " at byte " + (in.position() + off)
              + ": re-save the file as UTF-8");
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "cannot decode as " + dec.charset().name() + ": re-save the file as UTF-8");
    }
  }
}
