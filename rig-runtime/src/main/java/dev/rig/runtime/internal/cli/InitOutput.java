package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/** What {@code init} and {@code new} print: one line per file, then the summary. */
final class InitOutput {

  private InitOutput() {}

  static void print(ProjectInitializer.Result result, Style style, PrintWriter out) {
    for (String placeholder : result.placeholders()) {
      out.println(
          style.yellow("replaced ") + " " + PrintedPaths.of(placeholder) + " (a placeholder)");
    }
    for (FileReport file : result.files().files()) {
      Summary.printFile(out, style, file);
    }
    for (String source : result.sources()) {
      out.println(style.green("created  ") + " " + PrintedPaths.of(source));
    }
    Summary.printNotices(out, result.files());
    out.println(
        Summary.ofSync(result.files())
            + (result.sources().isEmpty()
                ? ""
                : ", " + sourceFiles(result.sources().size()) + " created"));
  }

  /** How to write init's plan, as a Maven user runs it (the CLI's option is --apply). */
  static final String APPLY_COMMAND = "mvn rig:init -Drig.apply=true";

  /**
   * What init on an existing project prints instead of writing: every file it would create, change
   * or replace, each diff, the summary, and how to apply it.
   */
  static void printPlan(ProjectInitializer.Result plan, Style style, PrintWriter out) {
    List<FileReport> changed = plan.files().changedFiles();
    if (changed.isEmpty() && plan.sources().isEmpty() && plan.placeholders().isEmpty()) {
      out.println(Summary.ofCheck(plan.files()));
      out.println("rig: init has nothing to change in this project");
      return;
    }
    out.println("rig: this is an existing project: init wrote nothing; its plan is");
    for (FileReport file : changed) {
      out.println(
          Summary.wouldBe(
              file,
              plan.placeholders().contains(file.path()) ? ", replacing a placeholder" : ""));
    }
    for (String source : plan.sources()) {
      out.println("    " + PrintedPaths.of(source) + " (would be created)");
    }
    for (FileReport file : changed) {
      for (String line : file.diff().split("\n")) {
        out.println(style.diff(line));
      }
    }
    out.println(
        Summary.ofCheck(plan.files())
            + (plan.sources().isEmpty()
                ? ""
                : ", " + sourceFiles(plan.sources().size()) + " to create"));
    out.println(
        "rig: review the plan, then apply it with '"
            + APPLY_COMMAND
            + "' (rig init --apply) and run "
            + BuildStandards.CLEAN_BUILD_COMMAND);
  }

  /** "1 source file", "2 source files": the skeleton init writes (a library's is one class). */
  static String sourceFiles(int count) {
    return count == 1 ? "1 source file" : count + " source files";
  }

  /** Notices (such as waiting for another run's lock) go to standard error, as for sync. */
  static Consumer<String> notices(Terminal terminal) {
    return notice -> {
      terminal.err().println("rig: " + notice);
      terminal.err().flush();
    };
  }
}
