package dev.rig.it;

import static dev.rig.it.SampleProject.MANAGED_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module with no test class of its own (SUREFIRE-1724): Surefire finds nothing to run and starts
 * no JUnit Platform at all, so no engine, rig's included, gets a chance. Scanning rig-runtime's jar
 * for test classes ({@code dependenciesToScan}) gives Surefire a class to run, and the check runs.
 */
class NoTestClassTest {

  static final String SCAN_RIG_RUNTIME =
      "<dependenciesToScan><dependency>dev.rig:rig-runtime</dependency></dependenciesToScan>";

  @TempDir Path folder;

  @BeforeAll
  static void rigIsInstalled() throws IOException {
    InstalledRig.verify();
  }

  /**
   * Documents the gap; when Surefire closes it this test fails, and docs/self-healing.md changes.
   */
  @Test
  void withoutATestClassSurefireRunsNothingAndTheCheckDoesNotRun() throws Exception {
    SampleProject project = SampleProject.in(folder).withoutTestClass().write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult result = MavenRun.in(folder).run("test");

    Expect.succeeded(result);
    Expect.printed(result, "maven-surefire-plugin:3.5.4:test");
    Expect.notPrinted(result, "T E S T S");
    Expect.notPrinted(result, "ProjectFilesInSyncTest");
    assertEquals("greeting=bye\n", project.readFile(MANAGED_FILE));
  }

  @Test
  void scanningRigRuntimeForTestsRunsTheCheckInAModuleWithoutTestClasses() throws Exception {
    SampleProject project =
        SampleProject.in(folder).withoutTestClass().surefireConfiguration(SCAN_RIG_RUNTIME).write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult result = MavenRun.in(folder).run("test");

    Expect.failed(result, 1);
    Expect.printed(
        result,
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest",
        "rig updated these files: review the changes and commit them.",
        "Tests run: 1, Failures: 1, Errors: 0, Skipped: 0");
    assertEquals("greeting=bye\ngreeting=hello\n", project.readFile(MANAGED_FILE));
  }
}
