package dev.rig.runtime.junit;

import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.util.List;
import java.util.Locale;

/**
 * The words of the rig test. Every path is relative to the project root and every list keeps the
 * engine's order, so the same drift reads the same on every machine.
 */
final class DriftMessage {

  static final String HEALED = "rig updated these files: review the changes and commit them.";

  static final String DRIFTED =
      "These files are not in sync with the project's configs ("
          + CheckSettings.MODE
          + "=check: nothing was written):";

  /** rig's record of what it required at the last sync. */
  private static final String RECORD = ".rig/required.json";

  private DriftMessage() {}

  static String outOfSync(RunReport report, CheckMode mode, ResolvedRegistry registry) {
    List<FileReport> changed = report.changedFiles();
    StringBuilder message =
        new StringBuilder(mode == CheckMode.SYNC ? HEALED : DRIFTED).append('\n');
    for (FileReport file : changed) {
      message
          .append("    ")
          .append(verb(file, mode))
          .append(' ')
          .append(PrintedPaths.of(file.path()))
          .append('\n');
    }
    if (report.recordCreated()) {
      message.append(mode == CheckMode.SYNC ? "    created " : "    would be created ")
          .append(RECORD).append('\n');
    }
    for (FileReport file : changed) {
      message.append('\n').append(file.diff());
      if (!file.diff().endsWith("\n")) {
        message.append('\n');
      }
    }
    for (FileReport file : report.files()) {
      if (!file.notes().isEmpty()) {
        message.append('\n').append(file.path()).append(":\n");
        file.notes().forEach(note -> message.append("    ").append(note).append('\n'));
      }
    }
    message.append('\n');
    if (mode == CheckMode.SYNC) {
      message.append(
          "The files on disk are already fixed and the next test run passes; commit the changes.");
    } else {
      message
          .append("Run the tests without ")
          .append(CheckSettings.MODE)
          .append(
              "=check (or "
                  + BuildStandards.SYNC_COMMAND
                  + ") to write these changes, then commit them.");
    }
    return message.append('\n').append(requiredBy(registry)).toString();
  }

  static String inSync(RunReport report, ResolvedRegistry registry) {
    int count = report.files().size();
    String record =
        report.recordCreated()
            ? "rig wrote " + RECORD + ", its record of what it requires: commit it. "
            : "";
    return count + (count == 1 ? " file" : " files") + " in sync. " + record
        + requiredBy(registry);
  }

  /** An engine error as the test reports it: the engine's words, then what was written. */
  static String stopped(RigException stop) {
    return stop.getMessage()
        + (stop.nothingWritten()
            ? "\nNothing was written."
            : "\nrig stopped part-way: `git status` shows any file it wrote before stopping.")
        + "\nRun the tests again once this is fixed.";
  }

  static String noRegistry() {
    return "No rig registry on the test classpath, so there is nothing to check. rig-processor"
        + " generates one for every project that runs it (see annotationProcessorPaths in rig's"
        + " default pom).";
  }

  private static String verb(FileReport file, CheckMode mode) {
    String verb = file.status().name().toLowerCase(Locale.ROOT);
    return mode == CheckMode.SYNC ? verb : "would be " + verb;
  }

  private static String requiredBy(ResolvedRegistry registry) {
    String coordinates = registry.coordinates().isEmpty() ? "" : " of " + registry.coordinates();
    String notice = registry.staleness().map(text -> "\n" + text).orElse("");
    return "(configs: " + registry.name() + coordinates + ")" + notice;
  }
}
