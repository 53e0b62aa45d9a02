package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.engine.FileReport.Status;
import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.engine.RunReport;
import java.io.PrintWriter;
import java.util.Locale;

/** The lines sync, check and init print about files, and their one-line summaries. */
final class Summary {

  private Summary() {}

  /**
   * One line per file, its status padded so that the paths line up, then its notes indented below
   * it: {@code deleted   .github/workflows/old.yml}.
   */
  static void printFile(PrintWriter out, Style style, FileReport file) {
    String status =
        switch (file.status()) {
          case CREATED -> style.green("created  ");
          case UPDATED -> style.yellow("updated  ");
          case DELETED -> style.yellow("deleted  ");
          case UNCHANGED -> "unchanged";
        };
    out.println(status + " " + PrintedPaths.of(file.path()));
    printNotes(out, file);
  }

  /** {@code     pom.xml (would be updated)}, {@code extra} before the closing parenthesis. */
  static String wouldBe(FileReport file, String extra) {
    return "    "
        + PrintedPaths.of(file.path())
        + " (would be "
        + file.status().name().toLowerCase(Locale.ROOT)
        + extra
        + ")";
  }

  /** What sync says after its summary when it wrote the project's first record. */
  static final String RECORD_CREATED =
      "rig: wrote .rig/required.json, the record of what rig requires of each file, so that a"
          + " later sync can take out what it stops requiring: commit it with the files";

  /** What check says when the project has no record yet: not drift. */
  static final String NO_RECORD =
      "rig: no .rig/required.json yet: the next sync writes it (commit it), and later syncs take"
          + " out what rig stops requiring";

  /** A file's notes, indented: what rig no longer requires but kept. */
  static void printNotes(PrintWriter out, FileReport file) {
    for (String note : file.notes()) {
      out.println("          " + note);
    }
  }

  /** The run's notices, one line each: files rig does not write in this project's root. */
  static void printNotices(PrintWriter out, RunReport report) {
    for (String notice : report.notices()) {
      out.println("rig: " + notice);
    }
  }

  /** {@code rig: 12 files checked, 1 created, 2 updated, 9 unchanged}. */
  static String ofSync(RunReport report) {
    return "rig: "
        + files(report.files().size())
        + " checked, "
        + report.count(Status.CREATED)
        + " created, "
        + report.count(Status.UPDATED)
        + " updated, "
        + deleted(report, " deleted, ")
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
        + deleted(report, " to delete, ")
        + report.count(Status.UNCHANGED)
        + " unchanged";
  }

  /** The count of deleted files and its words, or nothing when no file is deleted. */
  private static String deleted(RunReport report, String words) {
    int count = report.count(Status.DELETED);
    return count == 0 ? "" : count + words;
  }

  static String files(int count) {
    return count == 1 ? "1 file" : count + " files";
  }
}
