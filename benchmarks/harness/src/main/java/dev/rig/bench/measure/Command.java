package dev.rig.bench.measure;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process to start: its arguments, working folder, extra environment, and the exit code that
 * counts as success (check exits 1 on drift, which a benchmark of a synced project must not see).
 */
public record Command(List<String> args, Path workingDir, Map<String, String> env, int expectedExit) {

  public Command {
    args = List.copyOf(args);
    env = Map.copyOf(env);
  }

  public static Command of(Path workingDir, List<String> args) {
    return new Command(args, workingDir, Map.of(), 0);
  }

  public Command expectingExit(int code) {
    return new Command(args, workingDir, env, code);
  }
}
