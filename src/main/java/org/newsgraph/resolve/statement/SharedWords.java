package org.newsgraph.resolve.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.resolve.CorpusStatement;

/**
 * Words that outlets attribute to more than one speaker: the same words given to two people,
 * or one person's words inside words given to another (three words at least). Finding them in
 * SPARQL means comparing every statement with every other, hours on a large corpus, so the
 * corpus step finds them once.
 *
 * <p>The graph gets a node per shared wording (the normalised word sequence, {@link
 * StatementText#words}), not a link per pair of statements: a stock phrase given to a thousand
 * speakers is one wording with a thousand statements, not half a million links. A wording is
 * written when it has more than one speaker or when it lies within another wording that some
 * other speaker has ({@code ng:wordsWithin}).
 *
 * <p>Keyed so that it maps onto distributed group-bys: statements are grouped by their words
 * into wordings ({@link #wording}); a wording is filed under every word trigram it holds
 * ({@link #containerKeys}) and probes under its first ({@link #probeKey}), since a wording
 * inside another starts with a trigram the other holds; {@link #matchGroup} runs per key.
 *
 * <pre>
 * SharedWords.Shared s = SharedWords.find(corpusStatements);
 * </pre>
 */
public final class SharedWords {

  /** Fewer words than this are matched only when equal, never by containment. */
  static final int MIN_CONTAINED_WORDS = MergingStatementResolver.MIN_CONTAINED_WORDS;

  /** A statement as the matching sees it. */
  public record Entry(String statement, String speakerKey, List<String> words) {
    public Entry {
      words = List.copyOf(words);
    }

    /** The entry of a corpus statement (its words are those of its fullest wording). */
    public static Entry of(CorpusStatement s) {
      return new Entry(s.key(), s.speakerKey(), StatementText.words(s.text()));
    }
  }

  /**
   * One normalised word sequence and the statements that have it.
   *
   * @param key the wording's corpus key ("wording/" and a digest of the words)
   * @param words the words, space separated
   * @param speakers the speakers' keys, sorted
   * @param statements the statements' keys, sorted
   */
  public record Wording(String key, String words, List<String> speakers, List<String> statements) {
    public Wording {
      speakers = List.copyOf(speakers);
      statements = List.copyOf(statements);
    }

    /** Whether more than one speaker has these words. */
    public boolean shared() {
      return speakers.size() > 1;
    }

    List<String> wordList() {
      return List.of(words.split(" "));
    }
  }

  /** A wording inside another, with some speaker of one not a speaker of the other. */
  public record Within(String contained, String container) {}

  /** What the graph gets: the wordings to write and the containments between them. */
  public record Shared(List<Wording> wordings, List<Within> within) {
    public static final Shared NONE = new Shared(List.of(), List.of());
  }

  private SharedWords() {}

  /** The key statements with these words are grouped by (null for no words). */
  public static String wordsKey(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** The wording of statements with the same words (the per-group step of the grouping). */
  public static Wording wording(Collection<Entry> sameWords) {
    Set<String> speakers = new TreeSet<>();
    Set<String> statements = new TreeSet<>();
    String words = null;
    for (Entry e : sameWords) {
      speakers.add(e.speakerKey());
      statements.add(e.statement());
      words = String.join(" ", e.words());
    }
    return new Wording(
        "wording/" + StatementText.hash(words), words, List.copyOf(speakers),
        List.copyOf(statements));
  }

  /** The keys a wording is filed under as a possible container. */
  public static Set<String> containerKeys(Wording w) {
    List<String> words = w.wordList();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      keys.add(trigram(words, i));
    }
    return keys;
  }

  /** The key a wording probes with, or null when it is too short to lie within another. */
  public static String probeKey(Wording w) {
    List<String> words = w.wordList();
    return words.size() < MIN_CONTAINED_WORDS ? null : trigram(words, 0);
  }

  /**
   * The containments among the wordings filed under one key: each probe within each other
   * container, when some speaker of one is not a speaker of the other. Does not depend on the
   * order of the lists.
   */
  public static List<Within> matchGroup(List<Wording> containers, List<Wording> probes) {
    // Split each wording's words once per group, not once per pair.
    List<List<String>> containerWords = containers.stream().map(Wording::wordList).toList();
    List<Within> out = new ArrayList<>();
    for (Wording b : probes) {
      List<String> bWords = b.wordList();
      for (int i = 0; i < containers.size(); i++) {
        Wording a = containers.get(i);
        if (a.key().equals(b.key()) || sameSingleSpeaker(a, b)) {
          continue;
        }
        if (StatementText.contains(containerWords.get(i), bWords)) {
          out.add(new Within(b.key(), a.key()));
        }
      }
    }
    return out;
  }

  private static boolean sameSingleSpeaker(Wording a, Wording b) {
    return a.speakers().size() == 1 && a.speakers().equals(b.speakers());
  }

  /** The shared wordings and containments among {@code statements}, sorted by key. */
  public static Shared find(List<CorpusStatement> statements) {
    Map<String, List<Entry>> byWords = new TreeMap<>();
    for (CorpusStatement s : statements) {
      Entry e = Entry.of(s);
      String k = wordsKey(e.words());
      if (s.speakerKey() != null && k != null) {
        byWords.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Wording> wordings = new TreeMap<>();
    Map<String, List<Wording>> containers = new TreeMap<>();
    Map<String, List<Wording>> probes = new TreeMap<>();
    for (List<Entry> same : byWords.values()) {
      Wording w = wording(same);
      wordings.put(w.key(), w);
      for (String k : containerKeys(w)) {
        containers.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
      }
      String p = probeKey(w);
      if (p != null) {
        probes.computeIfAbsent(p, x -> new ArrayList<>()).add(w);
      }
    }
    Set<Within> within = new TreeSet<>(WITHIN_ORDER);
    for (Map.Entry<String, List<Wording>> p : probes.entrySet()) {
      List<Wording> c = containers.get(p.getKey());
      if (c != null) {
        within.addAll(matchGroup(c, p.getValue()));
      }
    }
    Set<String> inWithin = keysIn(within);
    List<Wording> out = new ArrayList<>();
    for (Wording w : wordings.values()) {
      if (written(w, inWithin)) {
        out.add(w);
      }
    }
    return new Shared(out, List.copyOf(within));
  }

  /** The wordings on either side of the containments. */
  public static Set<String> keysIn(Collection<Within> within) {
    Set<String> keys = new HashSet<>();
    for (Within w : within) {
      keys.add(w.contained());
      keys.add(w.container());
    }
    return keys;
  }

  /**
   * Whether the graph gets a wording: when more than one speaker has it, or it is on either
   * side of a containment ({@code inWithin}, from {@link #keysIn}).
   */
  public static boolean written(Wording w, Set<String> inWithin) {
    return w.shared() || inWithin.contains(w.key());
  }

  /** Containments by contained, then container (the graph's order). */
  public static final Comparator<Within> WITHIN_ORDER =
      Comparator.comparing(Within::contained).thenComparing(Within::container);

  private static String trigram(List<String> w, int i) {
    return w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2);
  }
}
