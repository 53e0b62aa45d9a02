package dev.rig.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real {@code git} in a test, failing the test with git's output when git fails. */
public final class Git {

  private Git() {}

  /** {@code git args...} in {@code dir}; returns what it printed (stdout and stderr). */
  public static String git(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, Map.of(), prepend("git", args));
  }

  /**
   * {@code command} in {@code dir} with {@code env} added to the environment; returns what it
   * printed, and fails the test when it exits with a status other than 0.
   */
  public static String run(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
    return output;
  }

  private static List<String> prepend(String first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }
}
