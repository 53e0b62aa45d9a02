package dev.rig.bench.measure;

import java.util.List;

/**
 * How a time grows with a size (files, chain depth): the least-squares slope, and whether the
 * growth is at most linear. Three or more points are needed for the latter.
 */
public final class Growth {

  /** How much steeper the upper half may be than the lower before growth counts as superlinear. */
  static final double STEEPENING_ALLOWED = 2.0;

  private Growth() {}

  /** Least-squares slope of {@code y} over {@code x}. */
  public static double slope(List<Double> x, List<Double> y) {
    int n = x.size();
    double meanX = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double meanY = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      covariance += (x.get(i) - meanX) * (y.get(i) - meanY);
      variance += (x.get(i) - meanX) * (x.get(i) - meanX);
    }
    return covariance / variance;
  }

  /**
   * Whether {@code y} grows at most linearly over {@code x} (sorted ascending): the slope over the
   * upper half of the range may be at most twice the slope over the lower half, plus a noise
   * allowance of {@code noise} (in units of y) spread over the upper half. Quadratic growth over
   * 1 → 10 → 20 makes the upper slope 2.7 times the lower; linear growth, 1 time; flat, 0.
   */
  public static boolean atMostLinear(List<Double> x, List<Double> y, double noise) {
    int first = 0;
    int middle = x.size() / 2;
    int last = x.size() - 1;
    double lower = (y.get(middle) - y.get(first)) / (x.get(middle) - x.get(first));
    double upper = (y.get(last) - y.get(middle)) / (x.get(last) - x.get(middle));
    double allowance = noise / (x.get(last) - x.get(middle));
    return upper <= STEEPENING_ALLOWED * Math.max(lower, 0) + allowance;
  }
}
