package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists and templates under {@code src/main/resources/bench/}, loaded once. Lists keep
 * file order, so a seed picks the same words on every run and every machine.
 */
final class BenchData {

  private static final String DIR = "/bench/";

  final List<String> givenFemale = lines("given-female.txt");
  final List<String> givenMale = lines("given-male.txt");
  final List<String> surnames = lines("surnames.txt");
  final List<String[]> parties = rows("parties.tsv", 3);
  final List<String[]> bodies = rows("bodies.tsv", 3);
  final List<String> factionAdjectives = lines("faction-adjectives.txt");
  final List<String> factionNouns = lines("faction-nouns.txt");
  final List<String> factionPatterns = lines("faction-patterns.txt");
  final List<String> factionEnemies = lines("faction-enemies.txt");
  final List<String[]> unions = rows("unions.tsv", 2);
  final List<String[]> outlets = rows("outlets.tsv", 3);
  final List<String> roles = lines("roles.txt");
  final List<String> topics = lines("topics.txt");
  final List<String> quotes = lines("quotes.txt");
  final List<String> cities = lines("cities.txt");
  final Map<String, List<String>> templates = sections("templates.txt");

  private static final class Holder {
    static final BenchData INSTANCE = new BenchData();
  }

  static BenchData get() {
    return Holder.INSTANCE;
  }

  /** The alternatives of a template section; fails loudly on a missing id. */
  List<String> section(String id) {
    List<String> s = templates.get(id);
    if (s == null || s.isEmpty()) {
      throw new IllegalStateException("No template section [" + id + "] in bench/templates.txt");
    }
    return s;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = open(name)) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("Empty word list bench/" + name);
    }
    return List.copyOf(out);
  }

  private static List<String[]> rows(String name, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(name)) {
      String[] cols = line.split("\t", -1);
      if (cols.length != columns) {
        throw new IllegalStateException(
            "bench/" + name + ": expected " + columns + " columns in: " + line);
      }
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].strip();
      }
      out.add(cols);
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> sections(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines(name)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        out.put(line.substring(1, line.length() - 1), current);
      } else if (current == null) {
        throw new IllegalStateException("bench/" + name + ": text before the first section");
      } else {
        current.add(line);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  private static BufferedReader open(String name) {
    InputStream in = BenchData.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("Missing resource bench/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
