package dev.rig.it;

import static dev.rig.it.SampleProject.MANAGED_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JUnit console launcher ({@code junit-platform-console-standalone}) scanning the project's
 * test classes, run from the project's folder as a user would: the rig test runs, heals, fails, and
 * passes the next time.
 */
class ConsoleLauncherTest {

  @TempDir Path folder;

  @BeforeAll
  static void rigIsInstalled() throws IOException {
    InstalledRig.verify();
  }

  @Test
  void scanningTheClasspathRunsTheCheck() throws Exception {
    SampleProject project = SampleProject.in(folder).write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");
    Expect.succeeded(
        MavenRun.in(folder)
            .with(
                "-q",
                // The standalone jar brings the whole JUnit Platform; a second copy of an engine
                // on the class path would stop the launcher.
                "-DexcludeGroupIds=org.junit.jupiter,org.junit.platform,org.opentest4j,org.apiguardian",
                "-Dmdep.outputFile=target/classpath.txt",
                "-Dmdep.includeScope=test")
            .run("test-compile", "dependency:build-classpath"));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            InstalledRig.consoleLauncher().toString(),
            "execute",
            "--disable-banner",
            "--disable-ansi-colors",
            "--class-path",
            String.join(
                File.pathSeparator,
                "target/test-classes",
                "target/classes",
                project.readFile("target/classpath.txt").strip()),
            "--scan-classpath",
            "target/test-classes");

    ProcessResult first = ChildProcess.run(command, folder, Map.of());

    Expect.failed(first, 1);
    Expect.printed(
        first,
        "project files are in sync",
        "rig updated these files: review the changes and commit them.",
        "+greeting=hello",
        "1 tests successful",
        "1 tests failed");
    assertEquals("greeting=bye\ngreeting=hello\n", project.readFile(MANAGED_FILE));

    ProcessResult second = ChildProcess.run(command, folder, Map.of());

    Expect.succeeded(second);
    Expect.printed(
        second,
        "1 file in sync. (configs: com.example.greeting.GreetingRegistry of"
            + " com.example:greeting:1.0)",
        "2 tests successful",
        "0 tests failed");
    assertEquals("greeting=bye\ngreeting=hello\n", project.readFile(MANAGED_FILE));
  }
}
