package dev.rig.bench.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Durations of repeated runs of one thing, in milliseconds. Medians, not means: on a shared
 * machine a single stalled run must not move the figure.
 */
public final class Samples {

  private final List<Double> millis = new ArrayList<>();

  public void add(double ms) {
    millis.add(ms);
  }

  public int size() {
    return millis.size();
  }

  public List<Double> values() {
    return List.copyOf(millis);
  }

  public double median() {
    return quantile(0.5);
  }

  public double min() {
    return quantile(0.0);
  }

  public double max() {
    return quantile(1.0);
  }

  /** Linear interpolation between the closest ranks, as most statistics packages do. */
  public double quantile(double q) {
    if (millis.isEmpty()) {
      throw new IllegalStateException("no samples");
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    double position = q * (sorted.size() - 1);
    int lower = (int) Math.floor(position);
    int upper = (int) Math.ceil(position);
    double fraction = position - lower;
    return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * fraction;
  }

  /** Half the interquartile range: the spread a reader can put after "±". */
  public double halfIqr() {
    return (quantile(0.75) - quantile(0.25)) / 2;
  }

  /** {@code 412 ms ±12 (n=7, 398–455)}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s ±%s (n=%d, %s–%s)",
        ms(median()),
        Math.round(halfIqr()),
        size(),
        Math.round(min()),
        Math.round(max()));
  }

  /** A difference of two medians, with its sign: {@code +12.0 ms}, {@code -3.1 ms}. */
  public static String signedMs(double value) {
    return (value < 0 ? "-" : "+") + ms(Math.abs(value));
  }

  public static String ms(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%d ms", Math.round(value))
        : String.format(Locale.ROOT, "%.1f ms", value);
  }
}
