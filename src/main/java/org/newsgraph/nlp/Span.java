package org.newsgraph.nlp;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in an article's text as ingested.
 *
 * <p>Every fact the pipeline produces carries one, so that a researcher can go back from the
 * graph to the exact characters it came from.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The covered text of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
