package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date at the precision the text supports.
 *
 * <p>{@code iso} is "2021-08-14" (DAY), "2021-08" (MONTH), "2021" (YEAR) or the first year of a
 * decade, "1960" (DECADE) — the graph contract types a decade as the xsd:gYear of its first
 * year plus {@code ng:datePrecision ng:Decade}.
 *
 * @param confidence how sure the normaliser is (lower when resolved against an inferred
 *     publication date)
 * @param rule the id of the rule that produced it
 */
public record TimeValue(String iso, Precision precision, double confidence, String rule) {

  public TimeValue {
    Objects.requireNonNull(iso);
    Objects.requireNonNull(precision);
  }

  public static TimeValue day(LocalDate d, double confidence, String rule) {
    return new TimeValue(d.toString(), Precision.DAY, confidence, rule);
  }

  public static TimeValue month(YearMonth m, double confidence, String rule) {
    return new TimeValue(m.toString(), Precision.MONTH, confidence, rule);
  }

  public static TimeValue year(int y, double confidence, String rule) {
    return new TimeValue(String.format("%04d", y), Precision.YEAR, confidence, rule);
  }

  public static TimeValue decade(int firstYear, double confidence, String rule) {
    return new TimeValue(
        String.format("%04d", firstYear - Math.floorMod(firstYear, 10)),
        Precision.DECADE,
        confidence,
        rule);
  }

  /** The gold format's notation: "196X" for a decade, else the ISO prefix. */
  public String goldNotation() {
    return precision == Precision.DECADE ? iso.substring(0, 3) + "X" : iso;
  }

  /**
   * True when the two values can describe the same moment: one is a prefix of the other at
   * the coarser precision ("2021-08" is compatible with "2021-08-14", not with "2021-07").
   */
  public boolean compatibleWith(TimeValue o) {
    String a = precision == Precision.DECADE ? iso.substring(0, 3) : iso;
    String b = o.precision == Precision.DECADE ? o.iso.substring(0, 3) : o.iso;
    return a.startsWith(b) || b.startsWith(a);
  }
}
