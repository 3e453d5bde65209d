package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Span;

/**
 * Finds the numbers an event's words state: "banned four groups", "the expulsion of some 1,000
 * party members", "more than 20 councillors". Outlets disagree on such figures, and a reader
 * comparing them needs each figure with what it counts and the words that state it.
 *
 * <p>A count is a number (digits, or a number word from {@code rules/numbers.tsv}), optionally
 * after a qualifier ("more than", "some"), then up to three modifiers, then a counted noun from
 * the same file, folded to what it counts ("factions" and "groups" both count groups). A
 * number after a stop word ("the latter two groups") is a reference, not a count. One pass over
 * the words: linear in the text.
 *
 * <pre>
 * List&lt;StatedNumber&gt; n = StatedNumbers.DEFAULT.find("Labour banned four left-wing groups.");
 * // [StatedNumber[span=[14,36), value=4, qualifier=null, counts=groups]]
 * </pre>
 */
public final class StatedNumbers {

  /** The rule id carried by every number found. */
  public static final String RULE = "number.count";

  /** A stated count: its words' span (offsets into the text searched), value and what it counts. */
  public record StatedNumber(Span span, long value, String qualifier, String counts) {}

  /** The rules shipped in {@code rules/numbers.tsv}. */
  public static final StatedNumbers DEFAULT = load("/rules/numbers.tsv");

  private static final Pattern WORD =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+|\\p{L}+(?:[-'’]\\p{L}+)*");

  /** Words that end a run of modifiers: a count and its noun stand in one noun phrase. */
  private static final Set<String> NOT_MODIFIERS =
      Set.of("of", "the", "a", "an", "and", "or", "in", "to", "for", "from", "with", "by", "on",
          "at", "as", "that", "which", "who", "were", "was", "are", "is", "have", "has", "had");

  private static final int MAX_MODIFIERS = 3;

  private final Map<String, Long> numberWords;
  private final Map<String, String> nouns;
  private final Set<String> qualifiers;
  private final Set<String> stops;

  StatedNumbers(
      Map<String, Long> numberWords, Map<String, String> nouns, Set<String> qualifiers, Set<String> stops) {
    this.numberWords = numberWords;
    this.nouns = nouns;
    this.qualifiers = qualifiers;
    this.stops = stops;
  }

  /** The counts stated in {@code text}, in text order. */
  public List<StatedNumber> find(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<StatedNumber> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Long value = value(word(text, words.get(i)));
      if (value == null) {
        continue;
      }
      if (i > 0 && stops.contains(word(text, words.get(i - 1)))) {
        continue;
      }
      // The counted noun: right after the number, or after a few modifiers.
      int noun = -1;
      for (int j = i + 1; j < words.size() && j <= i + 1 + MAX_MODIFIERS; j++) {
        if (!adjacent(text, words, j)) {
          break;
        }
        String w = word(text, words.get(j));
        if (nouns.containsKey(w)) {
          noun = j;
          break;
        }
        if (NOT_MODIFIERS.contains(w) || value(w) != null) {
          break;
        }
      }
      if (noun < 0) {
        continue;
      }
      int begin = words.get(i)[0];
      String qualifier = null;
      for (int back = 2; back >= 1 && qualifier == null; back--) {
        if (i - back >= 0 && adjacentRun(text, words, i - back, i)) {
          String q = phrase(text, words, i - back, i);
          if (qualifiers.contains(q)) {
            qualifier = q;
            begin = words.get(i - back)[0];
          }
        }
      }
      out.add(
          new StatedNumber(
              new Span(begin, words.get(noun)[1]),
              value,
              qualifier,
              nouns.get(word(text, words.get(noun)))));
      i = noun;
    }
    return out;
  }

  /** The value of a number word or digits ("1,000", "four", "twenty-five"), else null. */
  Long value(String w) {
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      // Four digits from 1900 to 2099 are a year ("in 2021 members voted"), not a count.
      if (w.length() > 15 || w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))) {
        return null;
      }
      return Long.parseLong(w.replace(",", ""));
    }
    Long v = numberWords.get(w);
    if (v != null) {
      return v;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Long tens = numberWords.get(w.substring(0, dash));
      Long units = numberWords.get(w.substring(dash + 1));
      if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
        return tens + units;
      }
    }
    return null;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  /** True when word {@code j} follows word {@code j-1} across nothing but spaces. */
  private static boolean adjacent(String text, List<int[]> words, int j) {
    for (int k = words.get(j - 1)[1]; k < words.get(j)[0]; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean adjacentRun(String text, List<int[]> words, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (!adjacent(text, words, k)) {
        return false;
      }
    }
    return true;
  }

  private static String phrase(String text, List<int[]> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(word(text, words.get(k)));
    }
    return b.toString();
  }

  static StatedNumbers load(String resource) {
    Map<String, Long> numberWords = new TreeMap<>();
    Map<String, String> nouns = new TreeMap<>();
    Set<String> qualifiers = new TreeSet<>();
    Set<String> stops = new TreeSet<>();
    InputStream in = StatedNumbers.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String kind = f[0];
        switch (kind) {
          case "word" -> numberWords.put(f[1].toLowerCase(Locale.ROOT), Long.parseLong(f[2]));
          case "noun" -> nouns.put(f[1].toLowerCase(Locale.ROOT), f[2]);
          case "qual" -> qualifiers.add(f[1].toLowerCase(Locale.ROOT));
          case "stop" -> stops.add(f[1].toLowerCase(Locale.ROOT));
          default -> throw new IllegalStateException(resource + ":" + n + ": unknown kind " + kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StatedNumbers(numberWords, nouns, qualifiers, stops);
  }
}
