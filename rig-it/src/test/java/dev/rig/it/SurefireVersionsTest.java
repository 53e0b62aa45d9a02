package dev.rig.it;

import static dev.rig.it.SampleProject.MANAGED_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Never silent: whatever Surefire a project pins or inherits, a test run in which rig changed a
 * file fails the build. Surefire 3.5.3 (which spring-boot-starter-parent 3.5.0 pins) counted a
 * failing test without a source under a name whose report never closed, and printed "Tests run: 0"
 * and BUILD SUCCESS (maven-surefire#834); rig's test is shaped so that every version counts it.
 */
class SurefireVersionsTest {

  @TempDir Path folder;

  @BeforeAll
  static void rigIsInstalled() throws IOException {
    InstalledRig.verify();
  }

  @ParameterizedTest(name = "Surefire {0}")
  @ValueSource(strings = {"3.2.5", "3.5.2"}) // 3.5.4: SurefireTest, which pins it
  void aDriftedFileFailsTheBuild(String version) throws Exception {
    SampleProject project = SampleProject.in(folder).surefire(version).write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult run = MavenRun.in(folder).run("test");

    assertFailedHealing(run, project);
  }

  /** The Spring Boot 3.5.0 case: the parent pins 3.5.3; the module has no test class either. */
  @Test
  void surefire353PinnedByTheParentFailsTheBuildInAModuleWithoutTests() throws Exception {
    SampleProject project =
        SampleProject.in(folder)
            .surefire("3.5.3")
            .surefirePinnedByParent()
            .withoutTestClass()
            .surefireConfiguration(
                "<dependenciesToScan><dependency>dev.rig:rig-runtime</dependency>"
                    + "</dependenciesToScan>")
            .write();
    project.writeFile(MANAGED_FILE, "greeting=bye\n");

    ProcessResult first = MavenRun.in(folder).run("test");

    assertFailedHealing(first, project);
    Expect.printed(first, "Tests run: 1, Failures: 1");
    Expect.succeeded(MavenRun.in(folder).run("test"));
  }

  private static void assertFailedHealing(ProcessResult run, SampleProject project)
      throws IOException {
    Expect.failed(run, 1);
    Expect.notPrinted(run, "BUILD SUCCESS");
    Expect.printed(run, "rig updated these files", "    updated greeting.settings", "BUILD FAILURE");
    assertEquals("greeting=bye\ngreeting=hello\n", project.readFile(MANAGED_FILE));
  }
}
