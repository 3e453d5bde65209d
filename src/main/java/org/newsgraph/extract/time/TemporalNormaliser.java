package org.newsgraph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Span;

/**
 * Finds date expressions in text and resolves them against a reference date (the publication
 * date, stated or inferred) at the precision the text supports.
 *
 * <p>Rules live in {@code rules/time.rules} (id, kind, regex) with lexicons in {@code
 * rules/time-lexicon.properties}. News is written in the past tense, so a weekday or a bare
 * month means the most recent one on or before the reference date. Without a reference date
 * only absolute expressions resolve; relative ones come back with a null value. Invalid dates
 * (31/02/2021) are dropped. Immutable and thread-safe.
 *
 * <pre>
 * TemporalNormaliser n = TemporalNormaliser.standard();
 * List&lt;TimeMention&gt; found = n.find(text, LocalDate.of(2021, 8, 14), false);
 * </pre>
 */
public final class TemporalNormaliser {

  /** Confidence factor for values resolved against an inferred reference date. */
  static final double INFERRED_FACTOR = 0.8;

  /**
   * A rule; {@code needs} are folded words one of which occurs in every text the rule can
   * match (empty: no such words), so a text without any of them skips the rule.
   */
  private record Rule(String id, String kind, int offset, Pattern pattern, List<String> needs) {}

  private final List<Rule> rules;
  private final Map<String, Integer> months;
  private final Map<String, Integer> weekdays;
  private final Map<String, Integer> numbers;
  private final Map<String, Integer> decades;

  private TemporalNormaliser(String rulesResource, String lexiconResource) {
    Properties lex = new Properties();
    try (InputStream in = resource(lexiconResource)) {
      lex.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    months = section(lex, "month.");
    weekdays = section(lex, "weekday.");
    numbers = section(lex, "num.");
    decades = section(lex, "decade.");
    rules = loadRules(rulesResource);
  }

  private static final class Holder {
    static final TemporalNormaliser STANDARD =
        new TemporalNormaliser("/rules/time.rules", "/rules/time-lexicon.properties");
  }

  /** The shipped rules with their {@code needs=} words ignored (every rule runs): for tests. */
  static TemporalNormaliser ignoringNeeds() {
    TemporalNormaliser n = standard();
    return new TemporalNormaliser(
        n,
        n.rules.stream()
            .map(r -> new Rule(r.id(), r.kind(), r.offset(), r.pattern(), List.of()))
            .toList());
  }

  private TemporalNormaliser(TemporalNormaliser lexicons, List<Rule> rules) {
    this.months = lexicons.months;
    this.weekdays = lexicons.weekdays;
    this.numbers = lexicons.numbers;
    this.decades = lexicons.decades;
    this.rules = rules;
  }

  /** The shipped rules, loaded once. */
  public static TemporalNormaliser standard() {
    return Holder.STANDARD;
  }

  /**
   * Every date or duration expression in {@code text}, in text order. Overlapping matches keep
   * the longest (then the first rule).
   */
  public List<TimeMention> find(String text, LocalDate ref, boolean refInferred) {
    List<TimeMention> all = new ArrayList<>();
    String folded = fold(text);
    Map<List<String>, int[]> anchorsByNeeds = new HashMap<>(); // rules share needs
    for (Rule r : rules) {
      if (r.needs().isEmpty()) {
        Matcher m = r.pattern().matcher(text);
        while (m.find()) {
          add(all, r, m, text, ref, refInferred);
        }
        continue;
      }
      int[] anchors = anchorsByNeeds.computeIfAbsent(r.needs(), w -> occurrences(folded, w));
      if (anchors.length > 0) {
        matchAround(r, anchors, text, ref, refInferred, all);
      }
    }
    // Longest first, then rule order (stable sort keeps rule order), then greedy by position.
    List<TimeMention> byLength = new ArrayList<>(all);
    byLength.sort(Comparator.comparingInt((TimeMention t) -> -t.span().length()));
    // Kept spans are disjoint, so only the neighbours by start can overlap a candidate: a
    // sorted map keeps this O(n log n) on inputs with very many dates.
    java.util.TreeMap<Integer, TimeMention> kept = new java.util.TreeMap<>();
    for (TimeMention t : byLength) {
      var before = kept.floorEntry(t.span().begin());
      var after = kept.ceilingEntry(t.span().begin());
      boolean clash =
          before != null && before.getValue().span().overlaps(t.span())
              || after != null && after.getValue().span().overlaps(t.span());
      if (!clash) {
        kept.put(t.span().begin(), t);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * Largest number of characters other than spaces and hyphens that a match can have before
   * its needs word ("since the early-" before "1980s", "for more than twenty" before "years").
   * Spaces and hyphens are free: the rules allow runs of any length of them.
   */
  static final int LEAD = 40;

  /**
   * The matches {@link Matcher#find()} would give, trying only the positions where a match can
   * start: up to {@link #LEAD} characters before an occurrence of one of the rule's needs
   * words, which every match contains. The regex is tried at most once per position, as find
   * does, so the cost follows the needs words, not the length of the text (the date rules
   * were two thirds of extraction time when tried at every position).
   */
  private void matchAround(
      Rule r, int[] anchors, String text, LocalDate ref, boolean inferred, List<TimeMention> out) {
    Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0; // positions before this are tried already or inside the last match
    for (int a : anchors) {
      for (int p = Math.max(next, windowStart(text, a)); p <= a; p++) {
        m.region(p, text.length());
        if (m.lookingAt()) {
          add(out, r, m, text, ref, inferred);
          p = Math.max(p, m.end() - 1); // find goes on after the match, or one on if empty
        }
        next = p + 1;
      }
    }
  }

  /** The first position with at most {@link #LEAD} counted characters before {@code anchor}. */
  private static int windowStart(String text, int anchor) {
    int s = anchor;
    int budget = LEAD;
    while (s > 0) {
      char c = text.charAt(s - 1);
      if (!Character.isWhitespace(c) && c != '-') {
        if (budget == 0) {
          break;
        }
        budget--;
      }
      s--;
    }
    return s;
  }

  /** The positions in {@code folded} where one of {@code words} begins, ascending, distinct. */
  private static int[] occurrences(String folded, List<String> words) {
    BitSet at = new BitSet(folded.length());
    for (String w : words) {
      for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
        at.set(i);
      }
    }
    return at.stream().toArray();
  }

  private void add(
      List<TimeMention> out, Rule r, Matcher m, String text, LocalDate ref, boolean inferred) {
    int b = m.start();
    while (b < m.end() && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    if (b == m.end()) {
      return;
    }
    TimeMention tm = resolve(r, m, text, new Span(b, m.end()), ref, inferred);
    if (tm != null) {
      out.add(tm);
    }
  }

  /**
   * The date a duration implies from a known end ("after three decades as a member" ending in
   * the 1990s began in the 1960s), or null.
   */
  public static TimeValue startFrom(TimeMention duration, TimeValue end) {
    if (duration == null || !duration.isDuration() || end == null) {
      return null;
    }
    return TimeValueLib.plusYears(end, -duration.durationYears(), duration.rule() + ".start");
  }

  /** The date a duration implies from a known start ("joined in 1962 ... for 30 years"). */
  public static TimeValue endFrom(TimeMention duration, TimeValue start) {
    if (duration == null || !duration.isDuration() || start == null) {
      return null;
    }
    return TimeValueLib.plusYears(start, duration.durationYears(), duration.rule() + ".end");
  }

  private TimeMention resolve(
      Rule r, Matcher m, String text, Span span, LocalDate ref, boolean inferred) {
    String rel = lower(group(m, "rel"));
    String monthText = group(m, "m");
    // Months are capitalised in news copy; lower-case "may", "mar", "dec" are other words.
    if (monthText != null && !Character.isUpperCase(monthText.charAt(0))) {
      return null;
    }
    String kind = r.kind();
    double refFactor = inferred ? INFERRED_FACTOR : 1.0;
    TimeValue v;
    int duration = 0;
    try {
      switch (kind) {
        case "DATE" -> {
          int d = Integer.parseInt(group(m, "d"));
          int mo = months.get(lower(monthText));
          String y = group(m, "y");
          if (y != null) {
            v = TimeValue.day(LocalDate.of(Integer.parseInt(y), mo, d), 0.95, r.id());
          } else {
            if (ref == null) {
              return mention(span, text, null, rel, 0, r.id());
            }
            LocalDate cand = LocalDate.of(ref.getYear(), mo, d);
            if (cand.isAfter(ref)) {
              cand = LocalDate.of(ref.getYear() - 1, mo, d);
            }
            v = TimeValue.day(cand, 0.85 * refFactor, r.id());
          }
        }
        case "NUMDATE" -> {
          LocalDate d =
              LocalDate.of(
                  Integer.parseInt(group(m, "y")),
                  Integer.parseInt(group(m, "mo")),
                  Integer.parseInt(group(m, "d")));
          v = TimeValue.day(d, 0.9, r.id());
        }
        case "MONTHYEAR" -> {
          YearMonth ym = YearMonth.of(Integer.parseInt(group(m, "y")), months.get(lower(monthText)));
          v = TimeValue.month(ym, 0.95, r.id());
        }
        case "MONTHTHIS", "MONTHLAST", "MONTH" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          int mo = months.get(lower(monthText));
          int year = ref.getYear();
          if (kind.equals("MONTHLAST")) {
            year--;
          } else if (kind.equals("MONTH") && mo > ref.getMonthValue()) {
            year--;
          }
          v = TimeValue.month(YearMonth.of(year, mo), 0.85 * refFactor, r.id());
        }
        case "WEEKDAY" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          DayOfWeek dow = DayOfWeek.of(weekdays.get(lower(group(m, "wd"))));
          LocalDate d = ref.with(TemporalAdjusters.previousOrSame(dow));
          if ("last".equals(rel) && d.equals(ref)) {
            d = d.minusWeeks(1);
          }
          v = TimeValue.day(d, 0.8 * refFactor, r.id());
        }
        case "RELDAY" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          v = TimeValue.day(ref.plusDays(r.offset()), 0.85 * refFactor, r.id());
        }
        case "RELWEEK" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          // No week precision in the model: a week inside one month gives that month, a week
          // straddling two months gives only what both share.
          LocalDate monday = ref.plusWeeks(r.offset()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          LocalDate sunday = monday.plusDays(6);
          if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
            v = TimeValue.month(YearMonth.from(monday), 0.75 * refFactor, r.id());
          } else if (monday.getYear() == sunday.getYear()) {
            v = TimeValue.year(monday.getYear(), 0.75 * refFactor, r.id());
          } else {
            return mention(span, text, null, rel, 0, r.id());
          }
        }
        case "RELMONTH" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          v = TimeValue.month(YearMonth.from(ref).plusMonths(r.offset()), 0.85 * refFactor, r.id());
        }
        case "RELYEAR" -> {
          if (ref == null) {
            return mention(span, text, null, rel, 0, r.id());
          }
          v = TimeValue.year(ref.getYear() + r.offset(), 0.85 * refFactor, r.id());
        }
        case "DECADE" -> {
          int first;
          String dec = group(m, "dec");
          if (dec != null) {
            first = dec.length() == 2 ? 1900 + Integer.parseInt(dec) : Integer.parseInt(dec);
          } else {
            first = decades.get(lower(group(m, "decw")));
          }
          v = TimeValue.decade(first, 0.9, r.id());
        }
        case "YEAR" -> v = TimeValue.year(Integer.parseInt(group(m, "y")), 0.85, r.id());
        case "YEARBARE" -> v = TimeValue.year(Integer.parseInt(group(m, "y")), 0.6, r.id());
        case "DURATION" -> {
          String n = lower(group(m, "n"));
          Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : numbers.get(n);
          if (count == null || count == 0) {
            return null;
          }
          String unit = lower(group(m, "unit"));
          int perUnit = unit.startsWith("decade") ? 120 : unit.startsWith("year") ? 12 : 1;
          duration = count * perUnit;
          v = null;
        }
        default -> throw new IllegalStateException("unknown time rule kind " + kind);
      }
    } catch (DateTimeException | NumberFormatException | NullPointerException e) {
      // An impossible date (31/02/2021, 2021-13-01) or a form outside the lexicon: not a date.
      return null;
    }
    return mention(span, text, v, rel, duration, r.id());
  }

  private static TimeMention mention(
      Span span, String text, TimeValue v, String rel, int duration, String rule) {
    return new TimeMention(span, span.of(text), v, rel, duration, rule);
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the rule has no such group
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private List<Rule> loadRules(String name) {
    String monthAlt = alternation(months);
    String weekdayAlt = alternation(weekdays);
    String numAlt = alternation(numbers);
    String decadeAlt = alternation(decades);
    List<Rule> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+", 3);
        if (f.length < 3) {
          throw new IllegalStateException("bad time rule: " + line);
        }
        List<String> needs = List.of();
        if (f[2].startsWith("needs=")) {
          String[] rest = f[2].split("\\s+", 2);
          if (rest.length < 2) {
            throw new IllegalStateException("bad time rule (no regex after needs=): " + line);
          }
          needs = needs(rest[0].substring("needs=".length()));
          f[2] = rest[1];
        }
        String kind = f[1];
        int offset = 0;
        int colon = kind.indexOf(':');
        if (colon > 0) {
          offset = Integer.parseInt(kind.substring(colon + 1));
          kind = kind.substring(0, colon);
        }
        String regex =
            f[2].replace("{MONTH}", monthAlt)
                .replace("{WEEKDAY}", weekdayAlt)
                .replace("{NUM}", numAlt)
                .replace("{DECADEWORD}", decadeAlt);
        out.add(
            new Rule(
                f[0],
                kind,
                offset,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                needs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** The words of a {@code needs=} field ("a|b|{MONTH}"), placeholders expanded, folded. */
  private List<String> needs(String field) {
    List<String> out = new ArrayList<>();
    for (String w : field.split("\\|")) {
      Map<String, Integer> lexicon =
          switch (w) {
            case "{MONTH}" -> months;
            case "{WEEKDAY}" -> weekdays;
            case "{NUM}" -> numbers;
            case "{DECADEWORD}" -> decades;
            default -> null;
          };
      if (lexicon != null) {
        lexicon.keySet().forEach(k -> out.add(fold(k)));
      } else if (!w.isEmpty()) {
        out.add(fold(w));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Case folding as the rules' case-insensitive matching compares characters (upper, then
   * lower case, per character), so a folded word occurs in the folded text wherever the regex
   * could match it.
   */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(Character.toUpperCase(c[i]));
    }
    return new String(c);
  }

  /** Longest forms first so "September" is tried before "Sep". */
  private static String alternation(Map<String, Integer> lexicon) {
    return lexicon.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static Map<String, Integer> section(Properties p, String prefix) {
    Map<String, Integer> out = new LinkedHashMap<>();
    p.stringPropertyNames().stream()
        .filter(k -> k.startsWith(prefix))
        .sorted()
        .forEach(k -> out.put(k.substring(prefix.length()), Integer.valueOf(p.getProperty(k))));
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = TemporalNormaliser.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }
}
