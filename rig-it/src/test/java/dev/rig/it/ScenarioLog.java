package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells the reader of the build log what each step of the seed scenario did and how long it took,
 * and checks the exit code of each Maven run as it goes.
 */
final class ScenarioLog {

  private final PrintStream out;
  private final List<String> totals = new ArrayList<>();
  private final long start = System.nanoTime();
  private String step;
  private long stepStart;

  ScenarioLog(PrintStream out, Path work) {
    this.out = out;
    out.println();
    out.println("seed scenario: real Maven runs on copies of examples/ in " + work);
  }

  void start(String title) {
    step = title;
    stepStart = System.nanoTime();
    out.println();
    out.println("== " + title);
  }

  void did(String what) {
    out.println("   " + what);
  }

  /** Shows lines of a Maven run's output, indented under the step. */
  void show(List<String> lines) {
    lines.forEach(line -> out.println("   | " + line));
  }

  void end(boolean passed) {
    String line = String.format(Locale.ROOT, "%-8s %6s  %s", passed ? "ok" : "FAILED",
        seconds(Duration.ofNanos(System.nanoTime() - stepStart)), step);
    totals.add(line);
    out.println("   " + line);
  }

  /** Asserts that the run succeeded and says so. */
  MavenResult expectPass(MavenResult result) {
    report(result);
    assertEquals(0, result.exitCode(),
        () -> "`" + result.command() + "` in " + result.project().getFileName() + " should pass:\n" + result.tail());
    return result;
  }

  /** Asserts that the run failed (rig stopped it) and says so. */
  MavenResult expectFail(MavenResult result) {
    report(result);
    assertNotEquals(0, result.exitCode(),
        () -> "`" + result.command() + "` in " + result.project().getFileName() + " should fail:\n" + result.tail());
    return result;
  }

  void summary() {
    out.println();
    out.println("seed scenario summary:");
    totals.forEach(line -> out.println("   " + line));
    out.println("   " + String.format(Locale.ROOT, "%-8s %6s", "total",
        seconds(Duration.ofNanos(System.nanoTime() - start))));
  }

  private void report(MavenResult result) {
    out.printf(Locale.ROOT, "   %s$ %s  -> exit %d in %s%n", result.project().getFileName(),
        result.command(), result.exitCode(), seconds(result.took()));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
