package org.newsgraph.extract;

/** The version of the shipped rules and lexicons, recorded in each build's provenance. */
public final class RuleSet {
  private RuleSet() {}

  /** Bump when a rule or lexicon changes what is extracted. */
  public static final String VERSION = "2026.11.2";
}
