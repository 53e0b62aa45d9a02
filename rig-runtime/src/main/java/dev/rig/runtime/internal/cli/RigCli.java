package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.engine.ClasspathRegistries;
import dev.rig.runtime.internal.engine.RigException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Entry point of every generated {@code RigMain}: parses one command line, runs the command and
 * returns the exit code. It never calls {@code System.exit}: {@code RigMain} does.
 */
public final class RigCli {

  /** Success, or check found every file in sync. */
  public static final int OK = 0;

  /** check found files that sync would change. */
  public static final int DRIFT = 1;

  /** An error: bad usage, a malformed or unsafe file, a failed write. */
  public static final int ERROR = 2;

  private RigCli() {}

  /**
   * Runs one command line against a registry, on this process's streams and environment.
   *
   * @return 0 on success, 1 when {@code check} found drift, 2 on error
   */
  public static int run(ConfigRegistry registry, String[] args) {
    return run(registry, args, Terminal.system());
  }

  /**
   * Runs one command line on the given streams and environment; the libraries' registries are
   * those visible to the registry's own class loader.
   */
  public static int run(ConfigRegistry registry, String[] args, Terminal terminal) {
    return run(registry, args, terminal, registry.getClass().getClassLoader());
  }

  /**
   * Runs one command line with the libraries' registries those listed in {@code classpath}'s
   * {@code META-INF/services}, against which the project's registry is resolved.
   */
  static int run(ConfigRegistry registry, String[] args, Terminal terminal, ClassLoader classpath) {
    return run(registry, args, terminal, () -> ClasspathRegistries.load(classpath));
  }

  /** Runs one command line with the given registries on the classpath. */
  static int run(
      ConfigRegistry registry, String[] args, Terminal terminal, RigCommand.Libraries libraries) {
    return run(new RigCommand(registry, terminal, libraries), args, terminal);
  }

  /** Runs one command line for the given top command (a RigMain's, or a build tool's). */
  static int run(RigCommand rig, String[] args, Terminal terminal) {
    Optional<CheckCommand> check = QuickCheck.parse(rig, args);
    if (check.isPresent()) {
      try {
        return check.get().call();
      } catch (RigException e) {
        printProblems(e, terminal.err());
        return ERROR;
      } catch (RuntimeException e) {
        internalError(e, terminal.err());
        return ERROR;
      } finally {
        terminal.out().flush();
        terminal.err().flush();
      }
    }
    CommandLine commandLine = new CommandLine(rig);
    for (Object command : commands(rig)) {
      commandLine.addSubcommand(command);
    }
    commandLine.getCommandSpec().versionProvider(() -> RigVersion.lines(rig.compiledRegistry()));
    commandLine.setOut(terminal.out());
    commandLine.setErr(terminal.err());
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(helpInColour(terminal, args) ? Ansi.ON : Ansi.OFF));
    commandLine.setParameterExceptionHandler(RigCli::usageError);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> failure(exception, failed, terminal.err()));
    try {
      return commandLine.execute(args);
    } finally {
      terminal.out().flush();
      terminal.err().flush();
    }
  }

  /**
   * The commands, one class each, in the order help lists them. A new command (such as {@code init}
   * or {@code new}) is a class in this package annotated with picocli's {@code @Command} that takes
   * the {@link RigCommand} in its constructor, added here.
   */
  static List<Object> commands(RigCommand rig) {
    return List.of(
        new SyncCommand(rig),
        new CheckCommand(rig),
        new ListCommand(rig),
        new InitCommand(rig),
        new NewCommand(rig));
  }

  private static int usageError(ParameterException exception, String[] args) {
    CommandLine failed = exception.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println("rig: error: " + exception.getMessage());
    UnmatchedArgumentException.printSuggestions(exception, err);
    failed.usage(err, failed.getColorScheme());
    return ERROR;
  }

  private static int failure(Exception exception, CommandLine failed, PrintWriter err) {
    if (exception instanceof RigCommand.MissingCommandException) {
      err.println("rig: error: missing command: one of " + String.join(", ", commandNames(failed)));
      failed.usage(err, failed.getColorScheme());
    } else if (exception instanceof RigException rigException) {
      printProblems(rigException, err);
    } else {
      internalError(exception, err);
    }
    return ERROR;
  }

  private static void internalError(Exception exception, PrintWriter err) {
    err.println("rig: error: internal error, please report it: " + exception);
    exception.printStackTrace(err);
  }

  /** The names of the commands (not their aliases), in the order help lists them. */
  private static List<String> commandNames(CommandLine top) {
    return top.getSubcommands().values().stream()
        .map(CommandLine::getCommandName)
        .distinct()
        .toList();
  }

  /**
   * One {@code rig: error:} line per problem; the indented lines that say what to do follow as they
   * are.
   */
  private static void printProblems(RigException exception, PrintWriter err) {
    for (String line : exception.getMessage().split("\n", -1)) {
      err.println(line.startsWith(" ") ? line : "rig: error: " + line);
    }
    if (exception.nothingWritten()) {
      err.println("rig: nothing was written");
    }
  }

  /** Help is printed before the options are in effect, so its colour looks at the words given. */
  private static boolean helpInColour(Terminal terminal, String[] args) {
    for (String arg : args) {
      if (arg.equals("--no-color") || arg.equals("-B") || arg.equals("--batch")) {
        return false;
      }
    }
    return terminal.colourAllowed();
  }
}
