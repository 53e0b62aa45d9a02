package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import dev.rig.runtime.internal.engine.ManagedFile;
import dev.rig.runtime.internal.engine.PrintedPaths;
import dev.rig.runtime.internal.engine.RigException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code list}: which leaf manages each file, what it overrides, where it comes from, and which
 * libraries contribute what to it.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every managed file: its leaf class, what it overrides, depth, origin"
          + " and contributions.",
      "The leaf is the config class that manages the file. It takes the place of",
      "the classes it overrides (nearest first). Depth and origin (Maven",
      "coordinates) tell which module declared it. A file that contributions add",
      "to is followed by one line per contribution, in the order they apply."
    })
final class ListCommand implements Callable<Integer> {

  @Option(
      names = "--owned",
      description =
          "Also show what rig owns in each file: every value and line it requires. sync keeps"
              + " them in the file, and takes them out once rig stops requiring them (unless you"
              + " changed them).")
  private boolean owned;

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
      for (RegisteredContribution contribution : file.contributions()) {
        table.add(
            "",
            "+ " + contribution.className(),
            "contributes to " + contribution.target(),
            String.valueOf(contribution.depth()),
            contribution.origin().isEmpty() ? "-" : contribution.origin());
      }
    }
    List<String> lines = table.lines();
    out.println(style.bold(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      out.println(line);
    }
    if (owned) {
      for (Map.Entry<String, Object> file : rig.engine().ownedContent().entrySet()) {
        out.println();
        out.println(style.bold(PrintedPaths.of(file.getKey())));
        for (String line : OwnedContent.lines(file.getValue())) {
          out.println(line.isEmpty() ? "" : "    " + line);
        }
      }
      out.println();
    }
    out.println("rig: " + Summary.files(files.size()) + " managed");
    return RigCli.OK;
  }
}
