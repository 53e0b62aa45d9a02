package dev.rig.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a nested Maven build of a generated project, the way a user would type it: {@code
 * MavenRun.in(project).with("-Drig.check.skip=true").run("test")}.
 *
 * <p>The nested build uses the Maven that runs this build ({@code maven.home}, passed in by the
 * pom), else the first {@code mvn} on the {@code PATH}; the JDK that runs these tests; and the same
 * local repository, so it sees the rig artifacts this reactor installed. It always runs in batch
 * mode without transfer progress; {@code -Dmaven.repo.local} is passed only when the outer build
 * uses a repository other than the default one.
 *
 * <p>Offline by default: a test must not depend on the network, and everything a nested build of a
 * generated project needs is already in the local repository once the outer build resolved it
 * (rig-it's pom resolves the few extras). A build that needs more says {@link #online()}.
 */
public final class MavenRun {

  private final Path directory;
  private final List<String> options = new ArrayList<>();
  private boolean offline = true;

  private MavenRun(Path directory) {
    this.directory = directory;
  }

  /** A build of the project in {@code directory}. */
  public static MavenRun in(Path directory) {
    return new MavenRun(directory);
  }

  /** Adds command-line options, such as {@code -Drig.check.mode=check} or {@code -q}. */
  public MavenRun with(String... moreOptions) {
    options.addAll(List.of(moreOptions));
    return this;
  }

  /** Lets the build download what the local repository lacks. */
  public MavenRun online() {
    offline = false;
    return this;
  }

  /** Runs the goals or phases and waits for the build to end. */
  public ProcessResult run(String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.add("-B");
    command.add("-ntp");
    if (offline) {
      command.add("-o");
    }
    localRepositoryOption().ifPresent(command::add);
    command.addAll(options);
    command.addAll(List.of(goals));
    return ChildProcess.run(
        command,
        directory,
        // MAVEN_ARGS (Maven 3.9+) would add options this class does not show in its command line.
        Map.of("JAVA_HOME", System.getProperty("java.home"), "MAVEN_ARGS", ""));
  }

  /** The {@code mvn} script of the Maven running this build, else the first one on the PATH. */
  static Path executable() {
    String script = ChildProcess.isWindows() ? "mvn.cmd" : "mvn";
    String mavenHome = System.getProperty("maven.home");
    if (mavenHome != null && !mavenHome.isBlank()) {
      Path candidate = Path.of(mavenHome, "bin", script);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!folder.isBlank() && Files.isExecutable(Path.of(folder, script))) {
        return Path.of(folder, script);
      }
    }
    throw new IllegalStateException(
        "No Maven to run nested builds with: maven.home is not set and there is no "
            + script
            + " on the PATH.");
  }

  private static Optional<String> localRepositoryOption() {
    String used = System.getProperty("rig.it.localRepository");
    if (used == null || used.isBlank()) {
      return Optional.empty();
    }
    Path defaultRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
    return Path.of(used)
            .toAbsolutePath()
            .normalize()
            .equals(defaultRepository.toAbsolutePath().normalize())
        ? Optional.empty()
        : Optional.of("-Dmaven.repo.local=" + used);
  }
}
