package dev.rig.bench;

import java.util.List;

/**
 * How much to measure. {@link #full()} is what the lead runs for the table in the docs (under ten
 * minutes on a 2-core machine); {@link #quick()} checks that every step works in about two.
 *
 * @param warmups discarded rounds before each side-by-side measurement
 * @param runs measured rounds of each variant of a start-up figure (check, test runs)
 * @param compileRuns measured rounds of each variant of a compilation figure (seconds each)
 * @param upstreamModules modules of the library chain under figure 1's service
 * @param upstreamConfigsPerModule configs in each of those (modules × this = index entries)
 * @param serviceConfigs config classes of figure 1's service
 * @param fileCounts managed-file counts of figure 3
 * @param depths chain depths of figure 5
 * @param jmhIterations JMH warm-up and measurement iterations (0 skips JMH)
 * @param jmhSeconds length of one JMH iteration
 */
public record Settings(
    String name,
    int warmups,
    int runs,
    int compileRuns,
    int upstreamModules,
    int upstreamConfigsPerModule,
    int serviceConfigs,
    List<Integer> fileCounts,
    List<Integer> depths,
    int jmhIterations,
    double jmhSeconds) {

  public static Settings full() {
    return new Settings("full", 1, 7, 5, 4, 500, 200, List.of(10, 100, 300, 1000), List.of(1, 5, 10, 20), 3, 1.0);
  }

  public static Settings quick() {
    return new Settings("quick", 1, 3, 3, 2, 50, 20, List.of(10, 50, 100), List.of(1, 3, 6), 1, 0.3);
  }

  public int indexEntries() {
    return upstreamModules * upstreamConfigsPerModule;
  }
}
