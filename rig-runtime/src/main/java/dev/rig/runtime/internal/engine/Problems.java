package dev.rig.runtime.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems that stop a run, collected so that one run reports all of them (every malformed
 * file, every unsafe path) instead of one per attempt; and what the run tells without stopping:
 * its notices, and the files whose config does not apply in this project.
 */
final class Problems {

  private final List<String> problems = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final Map<String, String> notApplicable = new HashMap<>();

  /**
   * @param headline one line: what is wrong, starting with the file when there is one
   * @param advice lines that say what to do; shown indented below the headline
   */
  void add(String headline, String... advice) {
    StringBuilder problem = new StringBuilder(headline);
    for (String line : advice) {
      problem.append("\n  ").append(line);
    }
    problems.add(problem.toString());
  }

  /** Something the user should know that does not stop the run: one line, no prefix, once. */
  void notice(String notice) {
    if (!notices.contains(notice)) {
      notices.add(notice);
    }
  }

  /**
   * The file of a config that does not apply in this project: it is not managed here, for {@code
   * why} (a note under the file when rig deletes or keeps what it wrote there before).
   */
  void notApplicable(String path, String why) {
    notApplicable.put(path, why);
  }

  /** Why the config of the file at {@code path} does not apply here; null when it does. */
  String whyNotApplicable(String path) {
    return notApplicable.get(path);
  }

  /** The notices, in the order they were given. */
  List<String> notices() {
    return List.copyOf(notices);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Stops the run before anything was written when a problem was found. */
  void throwIfAny() throws RigException {
    if (!problems.isEmpty()) {
      throw RigException.beforeWriting(String.join("\n", problems));
    }
  }

  /** How a config's exception reads in a message: the exception and where it was thrown. */
  static String describe(Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    return trace.length == 0 ? failure.toString() : failure + " (at " + trace[0] + ")";
  }
}
