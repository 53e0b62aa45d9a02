package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: writes nothing; names every file sync would change, shows their diffs (capped when
 * asked) and says how to fix them, as Spotless's check does.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Writes nothing; prints the diff of every file that sync would change.",
      "Exit code 0 when every file is in sync, 1 when one is not."
    })
final class CheckCommand implements Callable<Integer> {

  @Option(
      names = "--max-diff-lines",
      paramLabel = "N",
      defaultValue = "0",
      description = "Print at most N lines of diff in all (default: 0, no limit).")
  int maxDiffLines;

  @Option(
      names = "--patch",
      paramLabel = "FILE",
      description = {
        "On drift, write the diffs of all drifted files to FILE as one patch that",
        "'git apply' applies from the project root; when every file is in sync, delete FILE."
      })
  Path patch;

  private final RigCommand rig;

  CheckCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    rig.requireOwnRegistry();
    rig.warnAboutSurefireGap();
    RunReport report = rig.engine().check();
    PrintWriter out = rig.terminal().out();
    List<FileReport> changed = report.changedFiles();
    writePatch(report.patch());
    if (!report.changed()) {
      printNotes(report, out);
      Summary.printNotices(out, report);
      out.println(Summary.ofCheck(report));
      printRecordNotice(report, out);
      return RigCli.OK;
    }
    out.println(
        "rig: "
            + (changed.size() == 1 ? "1 file is" : changed.size() + " files are")
            + " out of sync with this project's configs:");
    for (FileReport file : changed) {
      out.println(Summary.wouldBe(file, ""));
    }
    printDiffs(changed, rig.style(), out);
    printNotes(report, out);
    Summary.printNotices(out, report);
    out.println(Summary.ofCheck(report));
    printRecordNotice(report, out);
    if (patch != null) {
      out.println("rig: the whole change is in " + patch + " (git apply " + patch + ")");
    }
    out.println(
        "rig: run '"
            + BuildStandards.SYNC_COMMAND
            + "' to fix "
            + (changed.size() == 1 ? "it" : "them")
            + ", then review the changes and commit them");
    return RigCli.DRIFT;
  }

  /** What rig no longer requires but kept, and files it no longer manages, under their paths. */
  private static void printNotes(RunReport report, PrintWriter out) {
    for (FileReport file : report.files()) {
      if (!file.notes().isEmpty()) {
        out.println(PrintedPaths.of(file.path()) + ":");
        Summary.printNotes(out, file);
      }
    }
  }

  private static void printRecordNotice(RunReport report, PrintWriter out) {
    if (report.recordCreated()) {
      out.println(Summary.NO_RECORD);
    }
  }

  /** Writes {@link #patch} with the run's whole change, or deletes it when there is none. */
  private void writePatch(String text) throws RigException {
    if (patch == null) {
      return;
    }
    try {
      if (text.isEmpty()) {
        Files.deleteIfExists(patch);
        return;
      }
      Path parent = patch.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(patch, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RigException("rig cannot write the patch " + patch + ": " + e.getMessage(), e);
    }
  }

  /** Every diff in engine order, cut after {@link #maxDiffLines} lines when that is positive. */
  private void printDiffs(List<FileReport> changed, Style style, PrintWriter out) {
    int budget = maxDiffLines > 0 ? maxDiffLines : Integer.MAX_VALUE;
    int left = 0;
    for (FileReport file : changed) {
      String[] lines = file.diff().split("\n", -1);
      int count = file.diff().endsWith("\n") ? lines.length - 1 : lines.length;
      for (int i = 0; i < count; i++) {
        if (budget > 0) {
          out.println(style.diff(lines[i]));
          budget--;
        } else {
          left++;
        }
      }
    }
    if (left > 0) {
      out.println(
          "    ... "
              + left
              + (left == 1 ? " more line" : " more lines")
              + " of diff (the whole diff: "
              + BuildStandards.CHECK_COMMAND
              + " -Drig.maxDiffLines=0)");
    }
  }
}
