package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines at {@code \n} as raw bytes, so each line can be decoded (and
 * fail to decode) on its own. Memory is one line plus a fixed buffer.
 */
final class JsonlLines {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  JsonlLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its {@code \n}, or null at the end. */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = null;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          return line == null ? null : line.toByteArray();
        }
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      if (line == null) {
        line = new ByteArrayOutputStream(Math.max(16, pos - start));
      }
      line.write(buf, start, pos - start);
      if (pos < limit) {
        pos++; // the '\n'
        return line.toByteArray();
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buf);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
