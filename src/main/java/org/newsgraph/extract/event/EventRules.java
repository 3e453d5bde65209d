package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.EventType;
import org.newsgraph.nlp.Span;

/**
 * The event extractor's data: triggers ({@code rules/event-triggers.tsv}) and word lists
 * ({@code rules/event-words.txt}). Loaded once; immutable.
 */
public final class EventRules {

  /** How a trigger relates to its arguments. */
  public enum Form {
    VERB,
    NOUN,
    PHRASE
  }

  /** One trigger line: a base rule id, the event type, its form and its pattern. */
  public record Trigger(String id, EventType type, Form form, Pattern pattern) {}

  private final List<Trigger> triggers;
  private final Map<String, Set<String>> words;

  /**
   * Per trigger, the ASCII characters a match can begin with (any other character is tried):
   * most words of a sentence begin with a letter no trigger of a kind begins with.
   */
  private final boolean[][] firstAscii;

  EventRules(List<Trigger> triggers, Map<String, Set<String>> words) {
    this.triggers = List.copyOf(triggers);
    this.words = words;
    this.firstAscii = new boolean[this.triggers.size()][];
    for (int t = 0; t < firstAscii.length; t++) {
      Trigger trigger = this.triggers.get(t);
      firstAscii[t] = firstChars(trigger.pattern());
      for (char c = 0; c < firstAscii[t].length; c++) {
        if (firstAscii[t][c] && !Character.isLetter(c)) {
          throw new IllegalStateException(
              "trigger " + trigger.id() + " (" + trigger.form() + ") can begin with '" + c
                  + "': every alternative must begin with a letter");
        }
      }
    }
  }

  /**
   * Every trigger match inside {@code sentence} of {@code text}: for each trigger in order,
   * what {@link Matcher#find()} gives on the sentence. A match begins a word (each alternative
   * begins with a letter, and the bounding lookbehind wants no letter, digit or hyphen before
   * it), so only word starts are tried, and of those only the ones whose first character the
   * trigger can begin with: the triggers tried at every character were a sixth of extraction
   * time.
   */
  public void matches(String text, Span sentence, BiConsumer<Trigger, Span> sink) {
    int[] starts = wordStarts(text, sentence);
    for (int t = 0; t < triggers.size(); t++) {
      Trigger trigger = triggers.get(t);
      boolean[] first = firstAscii[t];
      Matcher m = trigger.pattern().matcher(text);
      int next = sentence.begin();
      for (int p : starts) {
        char c = text.charAt(p);
        if (p < next || c < first.length && !first[c]) {
          continue;
        }
        // Opaque bounds: the lookbehind sees nothing before p, which wordStarts has checked.
        m.region(p, sentence.end());
        if (m.lookingAt()) {
          sink.accept(trigger, new Span(m.start(), m.end()));
          next = Math.max(m.end(), p + 1);
        }
      }
    }
  }

  /**
   * Letters (and surrogates, tried rather than decoded) with no letter, digit or hyphen before
   * them in the sentence. Per char, as the regex's lookbehind looks: after a supplementary
   * letter it sees a lone surrogate, not a letter.
   */
  private static int[] wordStarts(String text, Span sentence) {
    int[] out = new int[16];
    int n = 0;
    for (int p = sentence.begin(); p < sentence.end(); p++) {
      char c = text.charAt(p);
      if (!Character.isLetter(c) && !Character.isSurrogate(c)) {
        continue;
      }
      if (p > sentence.begin()) {
        char before = text.charAt(p - 1);
        if (Character.isLetter(before) || Character.isDigit(before) || before == '-') {
          continue;
        }
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = p;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The ASCII characters {@code p} can begin a match with: the ones a match begins with, or
   * that leave the regex wanting more input after them.
   */
  private static boolean[] firstChars(Pattern p) {
    boolean[] out = new boolean[128];
    for (char c = 0; c < out.length; c++) {
      Matcher m = p.matcher(String.valueOf(c));
      out[c] = m.lookingAt() || m.hitEnd();
    }
    return out;
  }

  private static final class Holder {
    static final EventRules STANDARD =
        load("/rules/event-triggers.tsv", "/rules/event-words.txt");
  }

  /** The shipped rules. */
  public static EventRules standard() {
    return Holder.STANDARD;
  }

  public List<Trigger> triggers() {
    return triggers;
  }

  /** True when {@code word} (lower-cased by the caller) is in word list {@code category}. */
  public boolean is(String category, String word) {
    Set<String> s = words.get(category);
    return s != null && s.contains(word);
  }

  static EventRules load(String triggerResource, String wordResource) {
    List<Trigger> triggers = new ArrayList<>();
    for (String line : lines(triggerResource)) {
      String[] f = line.split("\t+|\\s{2,}", 4);
      if (f.length < 4) {
        throw new IllegalStateException("bad trigger line: " + line);
      }
      // Bounded on both sides by a non-word, non-hyphen: "left" never matches "left-wing".
      Pattern p =
          Pattern.compile(
              "(?<![\\p{L}\\p{Nd}-])(?:" + f[3].strip() + ")(?![\\p{L}\\p{Nd}-])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
      triggers.add(
          new Trigger(f[0].strip(), EventType.valueOf(f[1].strip()), Form.valueOf(f[2].strip()), p));
    }
    Map<String, Set<String>> words = new TreeMap<>();
    for (String line : lines(wordResource)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("bad word line: " + line);
      }
      String cat = line.substring(0, colon).strip();
      words
          .computeIfAbsent(cat, k -> new TreeSet<>())
          .addAll(
              Arrays.asList(line.substring(colon + 1).strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return new EventRules(triggers, words);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    InputStream in = EventRules.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
