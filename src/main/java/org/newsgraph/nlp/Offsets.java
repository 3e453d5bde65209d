package org.newsgraph.nlp;

/**
 * Binary search over sorted character offsets (the begins of mentions, dates, quotes): the
 * extractors look things up by position once per token or trigger, so a scan of the whole
 * article there would make long articles quadratic.
 */
public final class Offsets {
  private Offsets() {}

  /** The first index whose offset is at least {@code key} ({@code a.length} if none). */
  public static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose offset is greater than {@code key} ({@code a.length} if none). */
  public static int upperBound(int[] a, int key) {
    return key == Integer.MAX_VALUE ? a.length : lowerBound(a, key + 1);
  }
}
