package dev.rig.runtime.cli;

import dev.rig.runtime.engine.FileReport.Status;
import dev.rig.runtime.engine.RunReport;

/** The one-line summaries of sync and check. */
final class Summary {

  private Summary() {}

  /** {@code rig: 12 files checked, 1 created, 2 updated, 9 unchanged}. */
  static String ofSync(RunReport report) {
    return "rig: "
        + files(report.files().size())
        + " checked, "
        + report.count(Status.CREATED)
        + " created, "
        + report.count(Status.UPDATED)
        + " updated, "
        + report.count(Status.UNCHANGED)
        + " unchanged";
  }

  /** {@code rig: 12 files checked, 1 to create, 2 to update, 9 unchanged}, or all in sync. */
  static String ofCheck(RunReport report) {
    if (!report.changed()) {
      return "rig: " + files(report.files().size()) + " checked, all in sync";
    }
    return "rig: "
        + files(report.files().size())
        + " checked, "
        + report.count(Status.CREATED)
        + " to create, "
        + report.count(Status.UPDATED)
        + " to update, "
        + report.count(Status.UNCHANGED)
        + " unchanged";
  }

  static String files(int count) {
    return count == 1 ? "1 file" : count + " files";
  }
}
