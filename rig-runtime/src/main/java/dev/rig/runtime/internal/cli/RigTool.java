package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.engine.ClasspathRegistries;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The one entry point of rig for a build tool that loads the project's own rig-runtime in a class
 * loader of its own (rig-maven-plugin does): it finds the project's registry on that class path as
 * the test run does ({@link ClasspathRegistries#own}, then {@link ClasspathRegistries#resolve})
 * and runs one command line, as the project's {@code RigMain} would. Only JDK types cross the call,
 * so the tool needs no rig class of its own.
 */
public final class RigTool {

  private RigTool() {}

  /**
   * Runs one rig command line for a build tool.
   *
   * @param args the command line, as {@code RigMain} takes it, such as {@code --root DIR --batch
   *     check}
   * @param classpath the project's test class path (for {@code new}, a base library's class path):
   *     where the registries are listed
   * @param module {@code groupId:artifactId} of the project the tool runs rig for, whose own
   *     registry {@code sync}, {@code check} and {@code list} need; empty for {@code new}, which
   *     runs on a library's registry
   * @param out standard output: reports, diffs, tables
   * @param err errors, warnings and notices, each line starting {@code rig: }
   * @param env the environment ({@code NO_COLOR}, {@code CI})
   * @return 0 done (or in sync), 1 check found drift, 2 error, as {@link RigCli}
   */
  public static int run(
      String[] args,
      ClassLoader classpath,
      String module,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env) {
    Terminal terminal = new Terminal(out, err, env, false);
    RigCommand rig =
        new RigCommand(
            terminal, () -> ClasspathRegistries.load(classpath), ClasspathRegistries::own, module);
    return RigCli.run(rig, args, terminal);
  }
}
