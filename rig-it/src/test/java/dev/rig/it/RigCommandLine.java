package dev.rig.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a project's {@code RigMain} the way a user does from a shell: {@code java -cp ...} with the
 * classpath Maven's dependency plugin writes for the project.
 */
final class RigCommandLine {

  private final Path project;
  private final List<String> classes = new ArrayList<>();

  private RigCommandLine(Path project) {
    this.project = project;
  }

  /** The RigMain classes of the project in {@code project}, with its dependencies. */
  static RigCommandLine of(Path project) {
    return new RigCommandLine(project);
  }

  /**
   * Puts the project's own compiled classes first on the classpath: its generated RigMain, which a
   * service's test compilation generates and a library's main compilation does.
   */
  RigCommandLine withOwnClasses() {
    classes.add(project.resolve("target/test-classes").toString());
    classes.add(project.resolve("target/classes").toString());
    return this;
  }

  /** Runs {@code mainClass} with {@code args} in {@code directory}. */
  ProcessResult run(Path directory, String mainClass, String... args)
      throws IOException, InterruptedException {
    Path classpathFile = Files.createTempFile("rig-it-classpath-", ".txt");
    try {
      ProcessResult resolved =
          MavenRun.in(project)
              .with("-q", "-Dmdep.outputFile=" + classpathFile)
              .run("org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath");
      Expect.succeeded(resolved);
      List<String> classpath = new ArrayList<>(classes);
      classpath.add(Files.readString(classpathFile).strip());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(String.join(java.io.File.pathSeparator, classpath));
      command.add(mainClass);
      command.addAll(List.of(args));
      return ChildProcess.run(command, directory, Map.of());
    } finally {
      Files.deleteIfExists(classpathFile);
    }
  }
}
