package dev.rig.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The commands of the seed scenario, as a user would type them in a project folder: Maven through
 * {@link MavenRun} (offline, the outer build's Maven and local repository), and a project's
 * rig-maven-plugin goals. Each run is timed, and its whole output is
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
