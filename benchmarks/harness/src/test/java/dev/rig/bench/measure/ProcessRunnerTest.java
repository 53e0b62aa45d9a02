package dev.rig.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

  @TempDir Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classes() {
    return System.getProperty("java.class.path");
  }

  @Test
  void timesAProcessAndKeepsItsOutput() {
    ProcessRunner runner = new ProcessRunner(dir);
    String output = runner.output(Command.of(dir, List.of(java(), "-cp", classes(), "dev.rig.bench.probe.Hello")));
    assertEquals("hello, world\n", output);
  }

  @Test
  void anUnexpectedExitCodeNamesTheCommandAndShowsTheLog() {
    ProcessRunner runner = new ProcessRunner(dir);
    Command missing = Command.of(dir, List.of(java(), "-cp", classes(), "no.such.Main", "check"));
    BenchmarkFailure failure = assertThrows(BenchmarkFailure.class, () -> runner.time(missing));
    assertTrue(failure.getMessage().startsWith("exit 1 (expected 0): java -cp … no.such.Main check"), failure.getMessage());
    assertTrue(failure.getMessage().contains("no.such.Main"), failure.getMessage());
    assertTrue(failure.getMessage().contains("log: " + dir.resolve("run-00001.log")), failure.getMessage());
  }

  @Test
  void anExpectedNonZeroExitIsFine() {
    ProcessRunner runner = new ProcessRunner(dir);
    Command missing = Command.of(dir, List.of(java(), "-cp", classes(), "no.such.Main")).expectingExit(1);
    assertTrue(runner.time(missing) > 0);
  }
}
