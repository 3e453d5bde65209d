package org.newsgraph.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random streams keyed by (seed, purpose, index), so article 42 or person 7 is the same
 * whatever was generated before it: that is what lets the generator stream and stay
 * byte-identical.
 */
final class Rand {

  private Rand() {}

  /** Stafford's mix13 finaliser, the same mixing SplittableRandom itself uses. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom stream(long seed, long purpose, long index) {
    return new SplittableRandom(mix64(mix64(seed ^ mix64(purpose)) + index));
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }
}
