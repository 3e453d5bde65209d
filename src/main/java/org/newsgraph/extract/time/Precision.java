package org.newsgraph.extract.time;

/** How precisely a date is known. */
public enum Precision {
  DAY,
  MONTH,
  YEAR,
  DECADE
}
