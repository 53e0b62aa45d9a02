package dev.rig.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a nested Maven build of a generated project, the way a user would type it: {@code
 * MavenRun.in(project).with("-Drig.check.skip=true").run("test")}.
 *
 * <p>The nested build uses the Maven that runs this build ({@code maven.home}, passed in by the
 * pom), else the first {@code mvn} on the {@code PATH}; the JDK that runs these tests; and a local
 * repository of its own under {@code target/it-repo}, where rig-it's pom installed this reactor's
 * rig artifacts: what the scenarios install never reaches the user's {@code ~/.m2}. Third-party
 * artifacts are read from the outer build's local repository, as a {@code file://} repository
 * (settings written from {@code nested-settings.xml}), so the nested builds need no network once
 * the outer build resolved them (rig-it's pom resolves the few extras). It always runs in batch mode
 * without transfer progress.
 */
public final class MavenRun {

  private final Path directory;
  private final List<String> options = new ArrayList<>();

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

  /** Runs the goals or phases and waits for the build to end. */
  public ProcessResult run(String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(nestedMaven());
    command.add("-B");
    command.add("-ntp");
    command.addAll(options);
    command.addAll(List.of(goals));
    return ChildProcess.run(command, directory, environment());
  }

  /**
   * The start of every nested build's command line: the {@code mvn} script, the nested local
   * repository and the settings that read the outer one. Batch-mode flags and goals come after.
   */
  static List<String> nestedMaven() throws IOException {
    return List.of(
        executable().toString(),
        "-Dmaven.repo.local=" + required("rig.it.localRepository"),
        "-s",
        settings().toString());
  }

  /** The environment of every nested build, added to this JVM's. */
  static Map<String, String> environment() {
    // MAVEN_ARGS (Maven 3.9+) would add options this class does not show in its command line.
    // Maven's own JVM starts with the quick compiler only: a nested build is short, and on two
    // busy cores the optimizing compiler's threads cost more than they win back.
    return Map.of("JAVA_HOME", System.getProperty("java.home"), "MAVEN_ARGS", "",
        "MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
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

  /** The nested builds' settings: the outer local repository as their file:// repository. */
  private static synchronized Path settings() throws IOException {
    Path settings = Path.of(required("rig.it.localRepository")).resolveSibling("nested-settings.xml");
    if (!Files.isRegularFile(settings)) {
      String outer = Path.of(required("rig.it.outerRepository")).toUri().toString();
      try (var in = MavenRun.class.getResourceAsStream("/nested-settings.xml")) {
        String template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(settings, template.replace("OUTER_REPOSITORY_URL", outer));
      }
    }
    return settings;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set: run rig-it's tests under its pom.");
    }
    return value;
  }
}
