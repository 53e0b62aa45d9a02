package dev.rig.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code mvn} in a project folder the way a user would, with the same local repository as the
 * build that runs the scenario. Output goes to a log file beside the projects, kept when a step
 * fails.
 */
final class ScenarioMaven {

  private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
  private static int runs;

  private ScenarioMaven() {}

  /**
   * @param offline adds {@code -o}: everything the run needs is already in the local repository
   */
  static MavenResult run(Path project, boolean offline, String... args) {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
    if (offline) {
      command.add("-o");
    }
    String localRepository = System.getProperty("maven.repo.local");
    if (localRepository != null && !localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(List.of(args));
    String shown = String.join(" ", command.subList(0, command.size()));
    try {
      Path log = project.resolveSibling("logs").resolve(String.format("%02d-%s.log", ++runs, project.getFileName()));
      Files.createDirectories(log.getParent());
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("`" + shown + "` in " + project + " took longer than " + TIME_LIMIT + "; log: " + log);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String output = Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n");
      return new MavenResult(shown, project, process.exitValue(), output, took);
    } catch (IOException e) {
      throw new AssertionError("could not run `" + shown + "` in " + project + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while `" + shown + "` ran in " + project, e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
