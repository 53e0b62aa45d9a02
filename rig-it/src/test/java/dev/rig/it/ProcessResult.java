package dev.rig.it;

import java.util.List;

/**
 * How a child process ended: its exit code and everything it printed (stdout and stderr merged, in
 * order). {@link #toString()} is made for assertion messages: the command, the exit code and the
 * end of the output.
 */
public record ProcessResult(List<String> command, int exitCode, String output) {

  private static final int TAIL_LINES = 120;

  public ProcessResult {
    command = List.copyOf(command);
  }

  public boolean succeeded() {
    return exitCode == 0;
  }

  @Override
  public String toString() {
    List<String> lines = output.lines().toList();
    List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    return String.join(" ", command)
        + "\nexited with "
        + exitCode
        + (tail.size() < lines.size() ? "; last " + TAIL_LINES + " lines:\n" : ":\n")
        + String.join("\n", tail);
  }
}
