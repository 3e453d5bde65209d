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
import java.util.regex.Pattern;
import org.newsgraph.extract.EventType;

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

  EventRules(List<Trigger> triggers, Map<String, Set<String>> words) {
    this.triggers = List.copyOf(triggers);
    this.words = words;
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
