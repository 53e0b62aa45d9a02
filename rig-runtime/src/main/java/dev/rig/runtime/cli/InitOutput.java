package dev.rig.runtime.cli;

import dev.rig.runtime.engine.FileReport;
import dev.rig.runtime.engine.PrintedPaths;
import java.io.PrintWriter;
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
                : ", " + result.sources().size() + " source files created"));
  }

  /** Notices (such as waiting for another run's lock) go to standard error, as for sync. */
  static Consumer<String> notices(Terminal terminal) {
    return notice -> {
      terminal.err().println("rig: " + notice);
      terminal.err().flush();
    };
  }
}
