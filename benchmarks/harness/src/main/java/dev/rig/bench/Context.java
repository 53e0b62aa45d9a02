package dev.rig.bench;

import dev.rig.bench.build.JavacOptions;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.generate.EcosystemGenerator;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.ProcessRunner;
import dev.rig.bench.measure.SideBySide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a figure needs: settings, tools, a place to work, and the shared fixtures. */
public final class Context {

  private final Settings settings;
  private final Toolchain toolchain;
  private final Path workDir;
  private final ProcessRunner runner;
  private final ProjectBuilder builder;
  private final EcosystemGenerator generator = new EcosystemGenerator(EcosystemGenerator.REALISTIC_MIX);
  private final Fixtures fixtures;
  private final StringBuilder details = new StringBuilder();

  public Context(Settings settings, Toolchain toolchain, Path workDir) {
    this.settings = settings;
    this.toolchain = toolchain;
    this.workDir = workDir;
    this.runner = new ProcessRunner(workDir.resolve("logs"));
    this.builder = new ProjectBuilder(toolchain, workDir);
    this.fixtures = new Fixtures(this);
  }

  public Settings settings() {
    return settings;
  }

  public Toolchain toolchain() {
    return toolchain;
  }

  public Path workDir() {
    return workDir;
  }

  public ProcessRunner runner() {
    return runner;
  }

  public ProjectBuilder builder() {
    return builder;
  }

  public EcosystemGenerator generator() {
    return generator;
  }

  public Fixtures fixtures() {
    return fixtures;
  }

  /** Side-by-side timing with the start-up figures' number of runs. */
  public SideBySide sideBySide() {
    return new SideBySide(runner, settings.warmups(), settings.runs());
  }

  /** Side-by-side timing with the compilation figures' (fewer, longer) runs. */
  public SideBySide compileSideBySide() {
    return new SideBySide(runner, settings.warmups(), settings.compileRuns());
  }

  /** A section of the detailed report printed under the table. */
  public void detail(String markdown) {
    details.append(markdown).append('\n');
  }

  public String details() {
    return details.toString();
  }

  /** {@code java [jvmOptions] -cp CLASSPATH MAIN ARGS} with the timed JVM, run in {@code dir}. */
  public Command java(Path java, List<String> jvmOptions, List<Path> classPath, String main, List<String> args, Path dir) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(JavacOptions.join(classPath));
    command.add(main);
    command.addAll(args);
    return Command.of(dir, command);
  }

  /** The hello-world every start-up figure is compared with. */
  public Command hello(Path java, List<String> jvmOptions) {
    return java(java, jvmOptions, List.of(toolchain.harnessJar()), "dev.rig.bench.probe.Hello", List.of(), workDir);
  }
}
