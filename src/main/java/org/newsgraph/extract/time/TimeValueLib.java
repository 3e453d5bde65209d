package org.newsgraph.extract.time;

/**
 * Arithmetic on {@link TimeValue}s for durations that imply dates: "joined in the early 1960s
 * but left after 30 years" gives a 1990s end; "left in the 1990s after three decades as a
 * member" gives a 1960s start. The result is never more precise than the input, and never more
 * precise than a year (a duration stated in years does not pin a month).
 */
public final class TimeValueLib {
  private TimeValueLib() {}

  /** {@code v} moved by {@code years} (negative moves back), at a precision of year or coarser. */
  public static TimeValue plusYears(TimeValue v, int years, String rule) {
    if (v == null) {
      return null;
    }
    int y = Integer.parseInt(v.iso().substring(0, 4)) + years;
    double c = v.confidence() * 0.9;
    if (v.precision() == Precision.DECADE) {
      return TimeValue.decade(y, c, rule);
    }
    // A round number of decades from a year still lands in a known year; a duration counted
    // in years from a day or month is only good to the year.
    return TimeValue.year(y, c, rule);
  }

  /** The more precise of two values (the first on ties); null-safe. */
  public static TimeValue moreSpecific(TimeValue a, TimeValue b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.precision().ordinal() < a.precision().ordinal() ? b : a;
  }
}
