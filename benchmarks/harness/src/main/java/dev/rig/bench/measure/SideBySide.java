package dev.rig.bench.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Times several variants of one thing in alternation (A B C, B C A, C A B, ...), so that a burst
 * of load from elsewhere on the machine hits every variant alike and the ratio between them stays
 * honest. The first {@code warmups} rounds are discarded: they fill the file cache.
 */
public final class SideBySide {

  private final ProcessRunner runner;
  private final int warmups;
  private final int runs;

  public SideBySide(ProcessRunner runner, int warmups, int runs) {
    this.runner = runner;
    this.warmups = warmups;
    this.runs = runs;
  }

  /** Wall-clock time of each variant. */
  public Map<String, Samples> time(Map<String, Command> variants) {
    return time(variants, null).wallClock();
  }

  /**
   * Wall-clock time of each variant, and the named numbers each run printed (the compile probe's
   * times) that {@code probe}, if not null, reads from its output.
   */
  public Measurement time(Map<String, Command> variants, Function<String, Map<String, Double>> probe) {
    List<String> names = List.copyOf(variants.keySet());
    Map<String, Samples> wallClock = new LinkedHashMap<>();
    Map<String, Map<String, Samples>> probed = new LinkedHashMap<>();
    names.forEach(name -> wallClock.put(name, new Samples()));
    for (int round = 0; round < warmups + runs; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((round + i) % names.size());
        double ms = runner.time(variants.get(name));
        if (round >= warmups) {
          wallClock.get(name).add(ms);
          if (probe != null) {
            probe.apply(runner.lastOutput()).forEach((key, value) ->
                probed.computeIfAbsent(name, variant -> new LinkedHashMap<>())
                    .computeIfAbsent(key, unused -> new Samples())
                    .add(value));
          }
        }
      }
    }
    return new Measurement(wallClock, probed);
  }

  /** What {@link #time(Map, Function)} measured, per variant. */
  public record Measurement(Map<String, Samples> wallClock, Map<String, Map<String, Samples>> probed) {

    /** The samples of one printed number of one variant, or null when no run printed it. */
    public Samples probed(String variant, String number) {
      return probed.getOrDefault(variant, Map.of()).get(number);
    }
  }
}
