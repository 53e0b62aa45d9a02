package dev.rig.it;

import static dev.rig.it.SampleProject.MANAGED_FILE;
import static dev.rig.it.SampleProject.RIG_REPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn test} on a project with a test class of its own, the everyday case. */
class SurefireTest {

  @TempDir Path folder;

  @BeforeAll
  static void rigIsInstalled() throws IOException {
    InstalledRig.verify();
  }

  @Test
  void driftFailsTheBuildWithTheDiffHealsTheFileAndTheRerunPasses() throws Exception {
    SampleProject project = SampleProject.in(folder).write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult first = MavenRun.in(folder).run("test");

    Expect.failed(first, 1);
    Expect.printed(
        first,
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest",
        "project files are in sync",
        "rig updated these files: review the changes and commit them.",
        "    updated greeting.settings",
        "+greeting=hello",
        "Tests run: 2, Failures: 1, Errors: 0, Skipped: 0");
    Expect.contains(
        project.readFile(RIG_REPORT), "<testcase name=\"project files are in sync\"", "the report");
    Expect.contains(
        project.readFile(RIG_REPORT), "<failure message=\"rig updated these files", "the report");
    assertEquals("greeting=bye\ngreeting=hello\n", project.readFile(MANAGED_FILE));

    ProcessResult second = MavenRun.in(folder).run("test");

    Expect.succeeded(second);
    Expect.printed(second, "Tests run: 2, Failures: 0, Errors: 0, Skipped: 0");
    Expect.contains(
        project.readFile(RIG_REPORT),
        "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"",
        "the report");
  }

  @Test
  void theSkipPropertyTurnsTheCheckOff() throws Exception {
    SampleProject project = SampleProject.in(folder).write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult result = MavenRun.in(folder).with("-Drig.check.skip=true").run("test");

    Expect.succeeded(result);
    Expect.printed(result, "Tests run: 2, Failures: 0, Errors: 0, Skipped: 1");
    Expect.contains(
        project.readFile(RIG_REPORT), "<skipped message=\"rig.check.skip=true\"", "the report");
    assertEquals("greeting=bye\n", project.readFile(MANAGED_FILE));
  }
}
