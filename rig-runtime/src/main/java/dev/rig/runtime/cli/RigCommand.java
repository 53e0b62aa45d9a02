package dev.rig.runtime.cli;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.engine.Engine;
import dev.rig.runtime.engine.RegistryFreshness;
import dev.rig.runtime.engine.RigException;
import dev.rig.runtime.junit.SurefireGap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
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

  private final ConfigRegistry registry;
  private final Terminal terminal;
  private final ClassLoader classpath;
  private final String expectedModule;

  /**
   * @param classpath where the registries of the project's libraries are listed, to tell whether
   *     {@code registry} is stale
   * @param expectedModule {@code groupId:artifactId} of the Maven project a build tool runs rig
   *     for, whose own registry sync, check and list need; empty when rig runs from a {@code
   *     RigMain}, which is the registry's own main
   */
  RigCommand(
      ConfigRegistry registry, Terminal terminal, ClassLoader classpath, String expectedModule) {
    this.registry = registry;
    this.terminal = terminal;
    this.classpath = classpath;
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

  ConfigRegistry registry() {
    return registry;
  }

  /** The project root: {@code --root}, else the current folder, as an absolute path. */
  Path root() {
    Path chosen = root != null ? root : Path.of("");
    return chosen.toAbsolutePath().normalize();
  }

  /**
   * Stops before anything is read or written when the registry lacks a config of a library on the
   * classpath: it was compiled against an older library, and syncing with it would silently leave
   * the new file out.
   */
  void requireFreshRegistry() throws RigException {
    List<RegistryFreshness.MissingConfig> missing;
    try {
      missing = RegistryFreshness.missing(registry, classpath);
    } catch (ServiceConfigurationError e) {
      throw new RigException(
          "a rig registry listed on the classpath could not be loaded: "
              + e.getMessage()
              + "\n  rebuild this project from clean (mvn clean test)");
    }
    if (!missing.isEmpty()) {
      throw RegistryFreshness.staleError(registry, missing);
    }
  }

  /**
   * Stops when a build tool runs rig for a project whose own registry is not on the classpath (it
   * has not been compiled, or rig-processor does not run on it): a library's registry would manage
   * the project's files with the library's configs and depth.
   */
  void requireOwnRegistry() throws RigException {
    if (expectedModule.isEmpty() || registry.coordinates().startsWith(expectedModule + ":")) {
      return;
    }
    throw new RigException(
        expectedModule
            + " has no rig registry of its own on its classpath (the deepest one is "
            + registry.getClass().getName()
            + (registry.coordinates().isEmpty() ? "" : " of " + registry.coordinates())
            + ")\n  compile the project first (mvn test-compile rig:check). A service's registry comes"
            + " from its test compilation, so it needs a source under src/test/java, and"
            + " rig-processor in the maven-compiler-plugin's annotationProcessorPaths, as rig's"
            + " default pom has them");
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
    warning.ifPresent(
        text -> {
          for (String line : text.split("\n")) {
            terminal.err().println(line.startsWith(" ") ? line : "rig: warning: " + line);
          }
        });
  }

  /** An engine on the root whose notices (such as waiting for a lock) go to standard error. */
  Engine engine() {
    return Engine.of(registry, root())
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
