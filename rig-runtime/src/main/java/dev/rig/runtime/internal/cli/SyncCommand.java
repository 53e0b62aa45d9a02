package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sync}: creates and merges every managed file, then says what it did to each. */
@Command(
    name = "sync",
    aliases = "mkroot",
    mixinStandardHelpOptions = true,
    description = {
      "Creates and updates the managed files; prints what it did to each.",
      "A missing file is created; a file that lacks required content gets it merged in",
      "(required values win, everything else is kept); a correct file is not touched.",
      "What rig required at the last sync (.rig/required.json) and no longer requires",
      "is taken out where the file still holds it as rig wrote it."
    })
final class SyncCommand implements Callable<Integer> {

  private final RigCommand rig;

  SyncCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    rig.requireOwnRegistry();
    rig.warnAboutSurefireGap();
    RunReport report = rig.engine().sync();
    Style style = rig.style();
    PrintWriter out = rig.terminal().out();
    for (FileReport file : report.files()) {
      Summary.printFile(out, style, file);
    }
    Summary.printNotices(out, report);
    out.println(Summary.ofSync(report));
    if (report.recordCreated()) {
      out.println(Summary.RECORD_CREATED);
    }
    return RigCli.OK;
  }
}
