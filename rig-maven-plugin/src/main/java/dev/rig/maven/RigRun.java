package dev.rig.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What one rig command line did: its exit code and what it printed. Turns that into Maven's terms:
 * the report in the build log, and a failed goal whose message carries what rig said (Maven prints
 * it once more under BUILD FAILURE, where users look, as Spotless's check does).
 *
 * @param exitCode 0 done (or in sync), 1 check found drift, 2 error
 * @param out what rig printed on standard output
 * @param err what rig printed on standard error
 */
record RigRun(int exitCode, String out, String err) {

  static final int DRIFT = 1;

  /**
   * Logs the report and fails the goal unless rig succeeded. On drift the report is the failure's
   * message, not logged twice; on an error, rig's errors are (warnings are logged either way).
   */
  void report(Log log, String goal) throws MojoFailureException {
    List<String> problems = new ArrayList<>();
    boolean warning = false;
    for (String line : lines(err)) {
      if (!line.startsWith(" ")) {
        warning = line.startsWith("rig: warning: ");
      }
      if (warning) {
        log.warn(line);
      } else if (exitCode != 0) {
        problems.add(line);
      } else {
        log.info(line);
      }
    }
    if (exitCode == DRIFT) {
      throw new MojoFailureException(String.join("\n", lines(out)));
    }
    for (String line : lines(out)) {
      log.info(line);
    }
    if (exitCode != 0) {
      throw new MojoFailureException(
          problems.isEmpty()
              ? "rig:" + goal + " failed with exit code " + exitCode
              : String.join("\n", problems));
    }
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
