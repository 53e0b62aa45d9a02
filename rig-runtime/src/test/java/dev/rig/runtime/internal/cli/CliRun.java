package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.engine.ClasspathRegistries;
import dev.rig.runtime.testing.TestRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;

/** One run of the command line, as a user sees it: what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {

  /**
   * A classpath that lists no library registry, so that a test's hand-written registry is the only
   * one (rig-runtime's own defaults registry is on the real test classpath).
   */
  static final ClassLoader NO_LIBRARIES = new URLClassLoader(new URL[0], null);

  /** Runs rig in a plain (non-terminal) environment. */
  static CliRun rig(ConfigRegistry registry, String... args) {
    return rig(registry, Map.of(), false, args);
  }

  static CliRun rig(
      ConfigRegistry registry, Map<String, String> env, boolean terminal, String... args) {
    // The libraries whose leaves the registry lists, as their jars would list their registries.
    List<ConfigRegistry> libraries =
        registry instanceof TestRegistry test
            ? test.libraries()
            : registry instanceof DefaultsRegistry defaults
                ? defaultsLibraries(defaults)
                : List.of();
    return run(registry, () -> ClasspathRegistries.of(libraries), env, terminal, args);
  }

  /** Runs rig with {@code libraries} as the registries the classpath lists. */
  static CliRun rig(ConfigRegistry registry, List<ConfigRegistry> libraries, String... args) {
    return run(registry, () -> ClasspathRegistries.of(libraries), Map.of(), false, args);
  }

  /**
   * rig's defaults, and for a project deeper than 1 a base between them and the project: a project
   * at depth 1 is on rig-runtime alone, and its bases say so.
   */
  private static List<ConfigRegistry> defaultsLibraries(DefaultsRegistry defaults) {
    ConfigRegistry rig = new dev.rig.runtime.configs.RigRegistry();
    return defaults.depth() > 1 ? List.of(rig, new Base(defaults.depth() - 1)) : List.of(rig);
  }

  /** Runs rig with the library registries listed in {@code classpath}. */
  static CliRun rig(
      ConfigRegistry registry,
      ClassLoader classpath,
      Map<String, String> env,
      boolean terminal,
      String... args) {
    return run(registry, () -> ClasspathRegistries.load(classpath), env, terminal, args);
  }

  private static CliRun run(
      ConfigRegistry registry,
      RigCommand.Libraries libraries,
      Map<String, String> env,
      boolean terminal,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        RigCli.run(
            registry,
            args,
            new Terminal(new PrintWriter(out), new PrintWriter(err), env, terminal),
            libraries);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The base a {@link DefaultsRegistry} project is built on: declares nothing, sets the depth. */
  private record Base(int depth) implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.acme:base:1.0";
    }

    @Override
    public String packageName() {
      return "com.acme.base";
    }

    @Override
    public List<dev.rig.runtime.internal.RegisteredConfig> configs() {
      return List.of();
    }
  }
}
