package dev.rig.runtime.internal.cli;

import dev.rig.runtime.PomFacts;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.engine.ClasspathRegistries;
import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

  private final Terminal terminal;
  private final Libraries libraries;
  private final OwnRegistry ownRegistry;
  private final String expectedModule;
  private ConfigRegistry compiled;
  private ClasspathRegistries registries;
  private ConfigRegistry own;
  private ResolvedRegistry resolved;
  private boolean adopting;

  /** Where the registries of the project's libraries come from; read once, when needed. */
  @FunctionalInterface
  interface Libraries {
    ClasspathRegistries load() throws RigException;
  }

  /**
   * Which of the registries on the classpath is the project's: a {@code RigMain} knows (its own);
   * a build tool asks {@link ClasspathRegistries#own}.
   */
  @FunctionalInterface
  interface OwnRegistry {
    Optional<ConfigRegistry> find(ClasspathRegistries registries, Path root) throws RigException;
  }

  /**
   * A run of a {@code RigMain}: {@code registry} is the project's own.
   *
   * @param libraries the registries on the classpath, against which {@code registry} is resolved
   */
  RigCommand(ConfigRegistry registry, Terminal terminal, Libraries libraries) {
    this(terminal, libraries, (registries, root) -> Optional.of(registry), "");
    this.compiled = registry;
  }

  /**
   * A run for a build tool, which finds the project's registry among the classpath's.
   *
   * @param expectedModule {@code groupId:artifactId} of the Maven project a build tool runs rig
   *     for, whose own registry sync, check and list need; empty for any (rig:new runs on a base)
   */
  RigCommand(
      Terminal terminal, Libraries libraries, OwnRegistry ownRegistry, String expectedModule) {
    this.terminal = terminal;
    this.libraries = libraries;
    this.ownRegistry = ownRegistry;
    this.expectedModule = expectedModule;
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
  ResolvedRegistry registry() throws RigException {
    if (resolved == null) {
      ConfigRegistry project = own(); // loads the registries first
      resolved = registries.resolve(project, root());
      resolved.staleness().ifPresent(this::warn);
    }
    return resolved;
  }

  /** The project's registry as compiled: a RigMain's own, or the one found on the classpath. */
  ConfigRegistry compiledRegistry() throws RigException {
    return compiled != null ? compiled : own();
  }

  private ConfigRegistry own() throws RigException {
    if (own == null) {
      registries = libraries.load();
      own =
          (adopting && compiled == null
                  ? registries.ownOrLibrary(root())
                  : ownRegistry.find(registries, root()))
              .orElseThrow(this::noRegistry);
    }
    return own;
  }

  /**
   * Makes {@link #registry()} take, for a project without a registry of its own yet, the deepest
   * library's: init adopts a project with rig's defaults or its base's, and new makes one, where
   * sync and check stop.
   */
  void adopting() {
    adopting = true;
  }

  private RigException noRegistry() {
    return new RigException(
        "no rig registry on "
            + (expectedModule.isEmpty() ? "the class path" : expectedModule + "'s test class path")
            + "\n  add the test dependency dev.rig:rig-runtime, or run rig:init, which adds it");
  }

  /** The project root: {@code --root}, else the current folder, as an absolute path. */
  /** The top command's options, as {@link QuickCheck} read them without picocli. */
  void options(Path root, boolean noColor, boolean batch) {
    this.root = root;
    this.noColor = noColor;
    this.batch = batch;
  }

  Path root() {
    Path chosen = root != null ? root : Path.of("");
    return chosen.toAbsolutePath().normalize();
  }

  /** Prints a notice on standard error: its first line as a {@code rig: warning:}. */
  private void warn(String text) {
    for (String line : text.split("\n")) {
      terminal.err().println(line.startsWith(" ") ? line : "rig: warning: " + line);
    }
  }

  /**
   * Stops when rig runs for a project whose own registry is not on the classpath (it has not been
   * compiled, or rig-processor does not run on it): a library's registry would manage the
   * project's files with the library's configs and depth. The project is the module a build tool
   * names, else (a library's {@code RigMain} run on another project's root) the root pom's. A
   * registry compiled into a folder of the root is the project's own, whatever coordinates it was
   * compiled with.
   */
  void requireOwnRegistry() throws RigException {
    ConfigRegistry found = own();
    String module = expectedModule.isEmpty() && !found.coordinates().isEmpty()
        ? PomFacts.of(root()).module().orElse("")
        : expectedModule;
    if (!module.isEmpty()
        && !found.coordinates().startsWith(module + ":")
        && !ClasspathRegistries.builtIn(found, root())) {
      throw notOwn(module, found);
    }
  }

  private RigException notOwn(String module, ConfigRegistry found) {
    return ClasspathRegistries.notGenerated(module, List.of(found));
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
}
