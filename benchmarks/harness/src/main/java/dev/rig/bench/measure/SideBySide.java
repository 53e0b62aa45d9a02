package dev.rig.bench.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
   * Wall-clock time of each variant, and a number each run printed (the compile probe's time in
   * annotation processing) where {@code probe}, if not null, finds one.
   */
  public Measurement time(Map<String, Command> variants, Function<String, OptionalDouble> probe) {
    List<String> names = List.copyOf(variants.keySet());
    Map<String, Samples> wallClock = new LinkedHashMap<>();
    Map<String, Samples> probed = new LinkedHashMap<>();
    names.forEach(name -> wallClock.put(name, new Samples()));
    for (int round = 0; round < warmups + runs; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((round + i) % names.size());
        double ms = runner.time(variants.get(name));
        if (round >= warmups) {
          wallClock.get(name).add(ms);
          OptionalDouble value = probe == null ? OptionalDouble.empty() : probe.apply(runner.lastOutput());
          if (value.isPresent()) {
            probed.computeIfAbsent(name, key -> new Samples()).add(value.getAsDouble());
          }
        }
      }
    }
    return new Measurement(wallClock, probed);
  }

  /** What {@link #time(Map, Function)} measured, per variant. */
  public record Measurement(Map<String, Samples> wallClock, Map<String, Samples> probed) {}
}
