package dev.gazette.eval;

import java.util.Collection;
import java.util.Locale;

/**
 * Counts for precision, recall and F1. Precision and recall keep their own numerators because a
 * many-to-one match (two predicted relations for one expected one) is correct on both sides without
 * being one true positive: {@code precision = correctPredicted / predicted}, {@code recall =
 * foundExpected / expected}.
 */
final class Prf {
  int predicted;
  int correctPredicted;
  int expected;
  int foundExpected;

  /** Adds a one-to-one match: a true positive on both sides. */
  void match() {
    predicted++;
    correctPredicted++;
    expected++;
    foundExpected++;
  }

  void falsePositive() {
    predicted++;
  }

  void falseNegative() {
    expected++;
  }

  void add(Prf o) {
    predicted += o.predicted;
    correctPredicted += o.correctPredicted;
    expected += o.expected;
    foundExpected += o.foundExpected;
  }

  double precision() {
    return predicted == 0 ? 0 : (double) correctPredicted / predicted;
  }

  double recall() {
    return expected == 0 ? 0 : (double) foundExpected / expected;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Whether there is anything to score. */
  boolean isEmpty() {
    return predicted == 0 && expected == 0;
  }

  /** Macro average of F1 (and of P and R) over the non-empty counts. */
  static double[] macro(Collection<Prf> all) {
    double p = 0;
    double r = 0;
    double f = 0;
    int n = 0;
    for (Prf x : all) {
      if (!x.isEmpty()) {
        p += x.precision();
        r += x.recall();
        f += x.f1();
        n++;
      }
    }
    return n == 0 ? new double[] {0, 0, 0} : new double[] {p / n, r / n, f / n};
  }

  /** A markdown table row: label, expected, predicted, P, R, F1 (percent). */
  String row(String label) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |", label, expected, predicted,
        100 * precision(), 100 * recall(), 100 * f1());
  }

  static String macroRow(String label, Collection<Prf> all) {
    double[] m = macro(all);
    return String.format(Locale.ROOT, "| %s | | | %.1f | %.1f | %.1f |", label, 100 * m[0], 100 * m[1], 100 * m[2]);
  }

  static final String HEADER = "| | expected | predicted | P | R | F1 |\n|---|---:|---:|---:|---:|---:|";
}
