package dev.rig.runtime.cli;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.engine.Engine;
import dev.rig.runtime.engine.ClasspathRegistries;
import dev.rig.runtime.engine.ResolvedRegistry;
import dev.rig.runtime.engine.RigException;
import dev.rig.runtime.junit.SurefireGap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top of rig's command line: the options every command shares, and what commands need from the
 * run (the registry, the root, the streams, the style). Each command is its own class that takes
 * this one in its constructor; {@link RigCli#commands} lists them.
 */
@Command(
    name = "rig",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    synopsisSubcommandLabel = "COMMAND",
    description = "Keeps this project's files on its standards.",
    footer = {
      "",
      "Exit codes: 0 done (or in sync), 1 check found files out of sync, 2 error.",
      "Colour is used only on a terminal, never with NO_COLOR, CI=true, -B or --no-color."
    })
final class RigCommand implements Runnable {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The project root (default: the current folder).")
  private Path root;

  @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Print no colour.")
  private boolean noColor;

  @Option(
      names = {"-B", "--batch"},
      scope = ScopeType.INHERIT,
      description = "Batch mode (as in Maven): plain output for logs.")
  private boolean batch;

  private final ConfigRegistry compiled;
  private final Terminal terminal;
  private final Libraries libraries;
  private ResolvedRegistry resolved;

  /** Where the registries of the project's libraries come from; read once, when needed. */
  @FunctionalInterface
  interface Libraries {
    ClasspathRegistries load() throws RigException;
  }

  /**
   * @param libraries the registries on the classpath, against which {@code registry} is resolved
   */
  RigCommand(ConfigRegistry registry, Terminal terminal, Libraries libraries) {
    this.compiled = registry;
    this.terminal = terminal;
    this.libraries = libraries;
  }

  /** Without a command rig has nothing to do; {@link RigCli} reports that as a usage error. */
  @Override
  public void run() {
    throw new MissingCommandException();
  }

  static final class MissingCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingCommandException() {
      super("missing command", null, false, false);
    }
  }

  /**
   * This project's registry, resolved against the libraries' registries on the classpath (see
   * {@link ClasspathRegistries#resolve}); a notice says when the compiled one is stale. Resolved
   * once, after the options are parsed.
   *
   * @throws RigException when a listed registry cannot be loaded, or two leaves conflict
   */
  ConfigRegistry registry() throws RigException {
    if (resolved == null) {
      resolved = libraries.load().resolve(compiled, root());
      resolved.staleness().ifPresent(this::warn);
    }
    return resolved;
  }

  /** The project root: {@code --root}, else the current folder, as an absolute path. */
  Path root() {
    Path chosen = root != null ? root : Path.of("");
    return chosen.toAbsolutePath().normalize();
  }

  /** The registry compiled into this project's RigMain, as it is. */
  ConfigRegistry compiledRegistry() {
    return compiled;
  }

  /** Prints a notice on standard error: its first line as a {@code rig: warning:}. */
  private void warn(String text) {
    for (String line : text.split("\n")) {
      terminal.err().println(line.startsWith(" ") ? line : "rig: warning: " + line);
    }
  }

  /**
   * Prints, on standard error, the warning for a project whose {@code mvn test} would not run rig's
   * check (see {@link SurefireGap}); a pom that cannot be read gets no warning.
   */
  void warnAboutSurefireGap() {
    Optional<String> warning;
    try {
      warning = SurefireGap.find(root());
    } catch (IOException e) {
      return;
    }
    warning.ifPresent(this::warn);
  }

  /** An engine on the root whose notices (such as waiting for a lock) go to standard error. */
  Engine engine() throws RigException {
    return Engine.of(registry(), root())
        .withNotices(
            notice -> {
              terminal.err().println("rig: " + notice);
              terminal.err().flush();
            });
  }

  Terminal terminal() {
    return terminal;
  }

  Style style() {
    return new Style(!noColor && !batch && terminal.colourAllowed());
  }

  /** How the user runs this project's rig: its generated main class. */
  String mainClass() {
    String pkg = compiled.packageName();
    return pkg == null || pkg.isEmpty() ? "RigMain" : pkg + ".RigMain";
  }
}
