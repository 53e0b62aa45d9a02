package dev.rig.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commands of the seed scenario, as a user would type them in a project folder: Maven through
 * {@link MavenRun} (offline, the outer build's Maven and local repository), and a project's
 * generated {@code RigMain} on its runtime classpath. Each run is timed, and its whole output is
 * kept in {@code logs/} beside the projects for when a step fails.
 */
final class ScenarioRuns {

  private final Path logs;
  private int count;

  ScenarioRuns(Path work) {
    this.logs = work.resolve("logs");
  }

  /** {@code mvn -B -ntp -o <args>} in {@code project}. */
  MavenResult mvn(Path project, String... args) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ProcessResult result = MavenRun.in(project).run(args);
    return keep(project, "mvn " + String.join(" ", args), result, start);
  }

  /**
   * {@code java -cp target/classes:<dependencies> <mainClass> <args>} in {@code project}, the
   * dependencies listed by Maven's dependency plugin, whose version rig-it's own build resolved.
   */
  MavenResult rigMain(Path project, String mainClass, String... args)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Path classpathFile = project.resolve("target/runtime-classpath.txt");
    ProcessResult classpath = MavenRun.in(project).with("-q").run(
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
        "-Dmdep.includeScope=runtime",
        "-Dmdep.outputFile=" + classpathFile);
    if (!classpath.succeeded()) {
      return keep(project, "mvn dependency:build-classpath", classpath, start);
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        project.resolve("target/classes") + java.io.File.pathSeparator
            + Files.readString(classpathFile, StandardCharsets.UTF_8).strip(),
        mainClass));
    command.addAll(List.of(args));
    ProcessResult run = ChildProcess.run(command, project, Map.of());
    return keep(project, "java -cp target/classes:... " + mainClass + " " + String.join(" ", args), run, start);
  }

  private MavenResult keep(Path project, String shown, ProcessResult result, long start)
      throws IOException {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Files.createDirectories(logs);
    Path log = logs.resolve(String.format("%02d-%s.log", ++count, project.getFileName()));
    Files.writeString(log, String.join(" ", result.command()) + "\n\n" + result.output(),
        StandardCharsets.UTF_8);
    return new MavenResult(shown, project, result.exitCode(), result.output().replace("\r\n", "\n"), took);
  }
}
