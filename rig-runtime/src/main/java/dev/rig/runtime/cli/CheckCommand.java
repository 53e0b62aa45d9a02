package dev.rig.runtime.cli;

import dev.rig.runtime.engine.FileReport;
import dev.rig.runtime.engine.RigException;
import dev.rig.runtime.engine.RunReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code check}: writes nothing; shows the diff of every file sync would change. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Writes nothing; prints the diff of every file that sync would change.",
      "Exit code 0 when every file is in sync, 1 when one is not."
    })
final class CheckCommand implements Callable<Integer> {

  private final RigCommand rig;

  CheckCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    rig.warnAboutSurefireGap();
    RunReport report = rig.engine().check();
    Style style = rig.style();
    PrintWriter out = rig.terminal().out();
    for (FileReport file : report.changedFiles()) {
      out.print(style.diff(file.diff()));
    }
    out.println(Summary.ofCheck(report));
    if (!report.changed()) {
      return RigCli.OK;
    }
    out.println(
        "rig: "
            + (report.changedFiles().size() == 1
                ? "1 file is"
                : report.changedFiles().size() + " files are")
            + " out of sync: run "
            + rig.mainClass()
            + " sync (or mvn test), review the changes and commit them");
    return RigCli.DRIFT;
  }
}
