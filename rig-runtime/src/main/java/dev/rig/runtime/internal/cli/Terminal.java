package dev.rig.runtime.internal.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command line runs: its two output streams, its environment, and whether a person is
 * watching (a terminal). Tests pass their own to {@link RigCli#run(dev.rig.runtime.internal.ConfigRegistry,
 * String[], Terminal)}.
 *
 * @param out standard output: reports, diffs, tables, help
 * @param err standard error: errors and notices
 * @param env the environment variables ({@code NO_COLOR}, {@code CI})
 * @param interactive whether standard output is a terminal
 */
public record Terminal(
    PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive) {

  public Terminal {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
  }

  /** The process's own streams (UTF-8, so that output bytes do not depend on the platform). */
  public static Terminal system() {
    return new Terminal(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.getenv(),
        isTerminal());
  }

  /**
   * Whether colour may be used: a terminal, and neither {@code NO_COLOR} (any non-empty value, as
   * no-color.org asks) nor {@code CI=true}.
   */
  boolean colourAllowed() {
    String noColor = env.get("NO_COLOR");
    return interactive
        && (noColor == null || noColor.isEmpty())
        && !"true".equalsIgnoreCase(env.get("CI"));
  }

  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 on, System.console() is not null when output is redirected; Console.isTerminal()
    // (JDK 22+) tells. rig compiles for 17, so that one method is looked up by name.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
