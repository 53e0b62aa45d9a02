package dev.rig.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A step of a benchmark did not do what it must (a compile failed, check found drift). The figure
 * that needed it is reported as not measured, with this message, instead of a wrong number.
 */
public final class BenchmarkFailure extends RuntimeException {

  public BenchmarkFailure(String message) {
    super(message);
  }

  public BenchmarkFailure(String message, Path log) {
    super(message + "\n  log: " + log + tail(log));
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      List<String> last = lines.subList(Math.max(0, lines.size() - 15), lines.size());
      return last.isEmpty() ? "" : "\n    " + String.join("\n    ", last);
    } catch (IOException e) {
      return "";
    }
  }
}
