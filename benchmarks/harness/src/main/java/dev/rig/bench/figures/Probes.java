package dev.rig.bench.figures;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers the probes print. */
final class Probes {

  private static final Pattern PROCESSING = Pattern.compile("annotation-processing-ms=([0-9.]+)");

  private Probes() {}

  /** The compile probe's time in annotation processing, in milliseconds. */
  static OptionalDouble annotationProcessing(String output) {
    Matcher matcher = PROCESSING.matcher(output);
    return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
  }
}
