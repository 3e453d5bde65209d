package org.newsgraph.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists ({@code rules/quote-lexicon.txt}) and attribution rules
 * ({@code rules/quote-rules.tsv}) of the quotation extractor, loaded once. Immutable.
 */
public final class QuoteLexicon {

  /** An attribution rule: its id (recorded in the evidence) and confidence. */
  public record Rule(String id, double confidence, String description) {}

  private static final class Holder {
    static final QuoteLexicon STANDARD =
        new QuoteLexicon(read("rules/quote-lexicon.txt"), read("rules/quote-rules.tsv"));
  }

  private final Map<String, Set<String>> sections;
  private final Map<String, List<List<String>>> phrases;
  private final Map<String, Rule> rules;

  QuoteLexicon(List<String> lexiconLines, List<String> ruleLines) {
    Map<String, Set<String>> s = new LinkedHashMap<>();
    Map<String, List<List<String>>> ph = new LinkedHashMap<>();
    String section = null;
    for (String raw : lexiconLines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        s.putIfAbsent(section, new TreeSet<>());
        ph.putIfAbsent(section, new ArrayList<>());
        continue;
      }
      if (section == null) {
        throw new IllegalStateException("lexicon entry outside a section: " + line);
      }
      String entry = line.toLowerCase(Locale.ROOT);
      s.get(section).add(entry);
      ph.get(section).add(List.of(entry.split(" +")));
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    s.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    Map<String, List<List<String>>> frozenPh = new LinkedHashMap<>();
    // Longest phrases first, so "pointed out" wins over a one-word entry.
    ph.forEach(
        (k, v) -> {
          List<List<String>> l = new ArrayList<>(v);
          l.sort((a, b) -> Integer.compare(b.size(), a.size()));
          frozenPh.put(k, List.copyOf(l));
        });
    this.sections = Collections.unmodifiableMap(frozen);
    this.phrases = Collections.unmodifiableMap(frozenPh);
    Map<String, Rule> r = new LinkedHashMap<>();
    for (String raw : ruleLines) {
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      String[] f = raw.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("bad rule line: " + raw);
      }
      r.put(f[0].strip(), new Rule(f[0].strip(), Double.parseDouble(f[1].strip()),
          f.length > 2 ? f[2].strip() : ""));
    }
    this.rules = Collections.unmodifiableMap(r);
  }

  /** The shipped lexicon and rules. */
  public static QuoteLexicon standard() {
    return Holder.STANDARD;
  }

  /** True when {@code word} (any case) is listed in {@code section}. */
  public boolean has(String section, String word) {
    Set<String> s = sections.get(section);
    if (s == null) {
      throw new IllegalArgumentException("no lexicon section " + section);
    }
    return s.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The entries of {@code section} as token lists, longest first. */
  public List<List<String>> phrases(String section) {
    List<List<String>> p = phrases.get(section);
    if (p == null) {
      throw new IllegalArgumentException("no lexicon section " + section);
    }
    return p;
  }

  /** The rule with id {@code id}; every id used in code must be declared in the rules file. */
  public Rule rule(String id) {
    Rule r = rules.get(id);
    if (r == null) {
      throw new IllegalArgumentException("undeclared quote rule " + id);
    }
    return r;
  }

  public Map<String, Rule> rules() {
    return rules;
  }

  private static List<String> read(String resource) {
    InputStream in = QuoteLexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
