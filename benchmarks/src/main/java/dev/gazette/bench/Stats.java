package dev.gazette.bench;

import java.util.Arrays;

/** Order statistics of per-round measurements, for the paired and interleaved tools. */
final class Stats {
  private Stats() {}

  /** The {@code q}-quantile of {@code a} (0.5: the median), interpolated between neighbours. */
  static double quantile(double[] a, double q) {
    double[] s = a.clone();
    Arrays.sort(s);
    double i = q * (s.length - 1);
    int lo = (int) Math.floor(i);
    int hi = (int) Math.ceil(i);
    return s[lo] + (s[hi] - s[lo]) * (i - lo);
  }
}
