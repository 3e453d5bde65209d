package org.newsgraph.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Token;

/**
 * Matches known names against token sequences with spelling folded: case after the first
 * letter, spaces, hyphens, apostrophes and dots are ignored, so "Witch-hunt", "Witch Hunt" and
 * "Witchhunt" meet. Matches start and end on token boundaries. Immutable once built.
 */
final class PhraseTrie<V> {

  /** A match of {@code value} over tokens {@code [begin, end)}. */
  record Match<V>(int begin, int end, V value) {}

  private static final class Node<V> {
    final Map<Character, Node<V>> next = new HashMap<>();
    V value;
    String exact;
    final java.util.Set<String> forms = new java.util.HashSet<>();
  }

  private final Node<V> root = new Node<>();

  /** Adds {@code phrase}; the first added value for a folded phrase wins. */
  void add(String phrase, V value) {
    Node<V> n = root;
    String f = fold(phrase);
    if (f.isEmpty()) {
      return;
    }
    for (int i = 0; i < f.length(); i++) {
      n = n.next.computeIfAbsent(f.charAt(i), c -> new Node<>());
    }
    if (n.value == null) {
      n.value = value;
      n.exact = phrase;
    }
    n.forms.add(phrase.replace('’', '\''));
  }

  /**
   * The longest match starting at token {@code i} and ending before {@code limit}, or null.
   * The first letter must agree in case with the lexicon's; a one-token name must be printed
   * exactly (so "LAW" is not "law").
   */
  Match<V> longest(List<Token> tokens, int i, int limit) {
    Node<V> n = root;
    Match<V> best = null;
    String first = tokens.get(i).text();
    for (int j = i; j < limit && n != null; j++) {
      String t = tokens.get(j).text();
      String f = fold(t);
      if (f.isEmpty()) {
        break;
      }
      for (int k = 0; k < f.length() && n != null; k++) {
        n = n.next.get(f.charAt(k));
      }
      if (n != null && n.value != null && n.exact.charAt(0) == first.charAt(0)) {
        if (j > i || n.forms.contains(t.replace('’', '\''))) {
          best = new Match<>(i, j + 1, n.value);
        }
      }
    }
    return best;
  }

  /** Lower-cased letters and digits, plus commas (so "I, Daniel Blake" keeps its comma). */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (c == ',') {
        b.append(',');
      }
    }
    return b.toString();
  }
}
