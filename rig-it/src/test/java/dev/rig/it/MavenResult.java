package dev.rig.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One finished nested Maven run of the seed scenario.
 *
 * @param command the command line as a user would type it in {@code project}
 * @param project the folder it ran in
 * @param exitCode Maven's exit code
 * @param output everything Maven printed, stdout and stderr interleaved
 * @param took wall-clock time of the run
 */
record MavenResult(String command, Path project, int exitCode, String output, Duration took) {

  /** The first line of the output that mentions {@code word}, without Maven's level prefix. */
  Optional<String> lineMentioning(String word) {
    return output.lines()
        .filter(line -> line.contains(word))
        .map(line -> line.replaceFirst("^\\[(ERROR|WARNING|INFO)\\] ?", "").strip())
        .findFirst();
  }

  /**
   * The lines from the first one that contains {@code first} to the next one that contains
   * {@code last}, both included; empty when {@code first} is not there.
   */
  java.util.List<String> excerpt(String first, String last) {
    java.util.List<String> lines = output.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(first)) {
        int end = i;
        while (end < lines.size() - 1 && !lines.get(end).contains(last)) {
          end++;
        }
        return lines.subList(i, Math.min(end + 1, i + 40));
      }
    }
    return java.util.List.of();
  }

  /** The end of the output, enough to see why a run failed. */
  String tail() {
    String[] lines = output.split("\n", -1);
    int from = Math.max(0, lines.length - 80);
    return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
  }
}
