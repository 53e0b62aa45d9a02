package dev.rig.bench.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers the probes print. */
final class Probes {

  private static final Pattern PROCESSING = Pattern.compile("annotation-processing-ms=([0-9.]+)");
  private static final Pattern PROCESSOR = Pattern.compile("processor-ms=([0-9.]+)");
  private static final Pattern PROCESSOR_CPU = Pattern.compile("processor-cpu-ms=([0-9.]+)");

  private Probes() {}

  /** Name of the time inside the processors themselves, in milliseconds. */
  static final String PROCESSOR_MS = "processor";
  /** Name of the CPU time of the compiling thread inside the processors, in milliseconds. */
  static final String PROCESSOR_CPU_MS = "processor-cpu";
  /** Name of the time of javac's whole annotation-processing phase, in milliseconds. */
  static final String PHASE_MS = "phase";

  /** The compile probe's two times, by name. */
  static Map<String, Double> compileTimes(String output) {
    Map<String, Double> times = new LinkedHashMap<>();
    find(PROCESSOR, output).ifPresent(value -> times.put(PROCESSOR_MS, value));
    find(PROCESSOR_CPU, output).ifPresent(value -> times.put(PROCESSOR_CPU_MS, value));
    find(PROCESSING, output).ifPresent(value -> times.put(PHASE_MS, value));
    return times;
  }

  private static OptionalDouble find(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
  }
}
