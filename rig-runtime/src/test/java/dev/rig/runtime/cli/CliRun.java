package dev.rig.runtime.cli;

import dev.rig.runtime.ConfigRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command line, as a user sees it: what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {

  /** Runs rig in a plain (non-terminal) environment. */
  static CliRun rig(ConfigRegistry registry, String... args) {
    return rig(registry, Map.of(), false, args);
  }

  static CliRun rig(
      ConfigRegistry registry, Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        RigCli.run(
            registry,
            args,
            new Terminal(new PrintWriter(out), new PrintWriter(err), env, terminal));
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
