package org.newsgraph.bench;

import java.util.Arrays;

/**
 * Summary of a set of latencies (nanoseconds in, milliseconds out), percentiles by the
 * nearest-rank method.
 */
public record Latencies(int count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

  public static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0, 0, 0);
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    double sum = 0;
    for (long n : s) {
      sum += n;
    }
    return new Latencies(
        s.length,
        ms(sum / s.length),
        ms(rank(s, 0.50)),
        ms(rank(s, 0.95)),
        ms(rank(s, 0.99)),
        ms(s[s.length - 1]));
  }

  private static long rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(double nanos) {
    return Math.round(nanos / 1e3) / 1e3;
  }
}
