package dev.rig.runtime.cli;

import dev.rig.runtime.RegisteredConfig;
import dev.rig.runtime.engine.ManagedFile;
import dev.rig.runtime.engine.PrintedPaths;
import dev.rig.runtime.engine.RigException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code list}: which leaf manages each file, what it overrides, and where it comes from. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every managed file, its leaf class, what it overrides, depth and origin.",
      "The leaf is the config class that manages the file. It takes the place of",
      "the classes it overrides (nearest first). Depth and origin (Maven",
      "coordinates) tell which module declared it."
    })
final class ListCommand implements Callable<Integer> {

  private final RigCommand rig;

  ListCommand(RigCommand rig) {
    this.rig = rig;
  }

  @Override
  public Integer call() throws RigException {
    rig.requireOwnRegistry();
    List<ManagedFile> files = rig.engine().files();
    PrintWriter out = rig.terminal().out();
    Style style = rig.style();
    TextTable table = new TextTable("FILE", "LEAF", "OVERRIDES", "DEPTH", "ORIGIN");
    for (ManagedFile file : files) {
      RegisteredConfig config = file.config();
      table.add(
          PrintedPaths.of(file.path()),
          config.className(),
          config.overrides().isEmpty() ? "-" : String.join(", ", config.overrides()),
          String.valueOf(config.depth()),
          config.origin().isEmpty() ? "-" : config.origin());
    }
    List<String> lines = table.lines();
    out.println(style.bold(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      out.println(line);
    }
    out.println("rig: " + Summary.files(files.size()) + " managed");
    return RigCli.OK;
  }
}
