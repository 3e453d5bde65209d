package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule and lexicon data files shipped on the class path: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} ignored.
 */
public final class LexiconFiles {
  private LexiconFiles() {}

  /** The entries of {@code resource}, trimmed, in file order. */
  public static List<String> lines(String resource) {
    InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The tab-separated fields of each entry of {@code resource}. */
  public static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String l : lines(resource)) {
      String[] f = l.split("\t", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      out.add(f);
    }
    return out;
  }
}
