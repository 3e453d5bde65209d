package org.newsgraph.eval;

import java.util.List;
import java.util.Map;

/** Evaluation results: per category counts and P/R/F1, plus date and linking accuracy. */
public record Scores(
    Map<String, Category> categories,
    Ratio eventDates,
    Ratio wikidataCorrect,
    Ratio wikidataWrong,
    List<String> errors) {

  /** True/false positives and false negatives of one category. */
  public record Category(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Category plus(Category o) {
      return new Category(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** A share: {@code hits} of {@code total}. */
  public record Ratio(int hits, int total) {
    public double value() {
      return total == 0 ? 0 : (double) hits / total;
    }
  }
}
