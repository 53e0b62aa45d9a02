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
  private boolean broken;
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

  /** The body of one step of a scenario. */
  interface Body {
    void run() throws Exception;
  }

  /**
   * Runs one step of an ordered scenario, timing it; after a failed step the later ones are
   * skipped, not failed.
   */
  void step(String title, Body body) {
    org.junit.jupiter.api.Assumptions.assumeFalse(broken, "an earlier step of the scenario failed");
    start(title);
    try {
      body.run();
      end(true);
    } catch (AssertionError | RuntimeException e) {
      broken = true;
      end(false);
      throw e;
    } catch (Exception e) {
      broken = true;
      end(false);
      throw new AssertionError(title + ": " + e, e);
    }
  }

  /**
   * The files rig's test reports it healed in a run's output ({@code "created mkdocs.yml"}, ...),
   * after showing the reader rig's report; fails when there is none.
   */
  List<String> healed(MavenResult run) {
    List<String> report = run.excerpt("rig updated these files", "commit the changes");
    if (report.isEmpty()) {
      throw new AssertionError("expected rig's test to report the files it healed in the output of"
          + " `" + run.command() + "`:\n" + run.tail());
    }
    show(report);
    return report.stream()
        .filter(line -> line.matches(" {4}(created|updated) .*"))
        .map(String::strip)
        .distinct()
        .toList();
  }

  /** Asserts that Maven's output names each word, and shows the reader the line that does. */
  void assertMentions(MavenResult result, String... words) {
    for (String word : words) {
      String line = result.lineMentioning(word).orElseThrow(() -> new AssertionError(
          "expected the output of `" + result.command() + "` to mention " + word + ":\n"
              + result.tail()));
      did("says: " + line.strip());
    }
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
