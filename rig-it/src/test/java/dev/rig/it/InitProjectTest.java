package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rig's defaults end to end: a folder with nothing but a pom that depends on rig-runtime becomes,
 * with {@code RigMain init}, a project whose first {@code mvn verify} passes (compile with
 * rig-processor, tests, rig's in-sync check, coverage, enforcer) and whose own {@code RigMain
 * check} passes right after.
 */
class InitProjectTest {

  @TempDir Path folder;

  @BeforeAll
  static void rigIsInstalled() throws IOException {
    InstalledRig.verify();
  }

  @Test
  void aProjectMadeByInitPassesVerifyAndCheck() throws Exception {
    Path project = Files.createDirectories(folder.resolve("inventory"));
    Files.writeString(project.resolve("pom.xml"), minimalPom("dev.rig.it.sample", "inventory"));

    ProcessResult init =
        RigCommandLine.of(project)
            .run(project, "dev.rig.runtime.configs.RigMain", "init", "--name", "Inventory");

    Expect.succeeded(init);
    Expect.printed(
        init,
        "updated   pom.xml",
        "created   .github/workflows/health_check.yml",
        "created   src/main/java/dev/rig/it/sample/inventory/App.java",
        "created   src/test/java/dev/rig/it/sample/inventory/AppTest.java",
        "rig: next: mvn -B -ntp install");
    String pom = Files.readString(project.resolve("pom.xml"));
    Expect.contains(pom, "<artifactId>jacoco-maven-plugin</artifactId>", "pom.xml");
    Expect.contains(pom, "<name>Inventory</name>", "pom.xml");

    ProcessResult verify = MavenRun.in(project).run("verify");

    Expect.succeeded(verify);
    Expect.printed(
        verify,
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest",
        "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0",
        "All coverage checks have been met.");
    String rigMain = "dev/rig/it/sample/inventory/RigMain.class";
    assertTrue(
        Files.exists(project.resolve("target/test-classes").resolve(rigMain)),
        "rig-processor generated the project's RigMain in its package, from its test compilation");
    assertFalse(
        Files.exists(project.resolve("target/classes").resolve(rigMain)),
        "a service's production classes hold nothing of rig");

    ProcessResult check =
        RigCommandLine.of(project)
            .withOwnClasses()
            .run(project, "dev.rig.it.sample.inventory.RigMain", "check");

    assertEquals(0, check.exitCode(), check::toString);
    Expect.printed(check, "rig: 20 files checked, all in sync");
  }

  /** What a user writes to start: coordinates and rig-runtime, nothing else. */
  static String minimalPom(String groupId, String artifactId) {
    return """
    <project>
      <modelVersion>4.0.0</modelVersion>
      <groupId>%s</groupId>
      <artifactId>%s</artifactId>
      <version>1.0.0-SNAPSHOT</version>
      <dependencies>
        <dependency>
          <groupId>dev.rig</groupId>
          <artifactId>rig-runtime</artifactId>
          <version>%s</version>
        </dependency>
      </dependencies>
    </project>
    """
        .formatted(groupId, artifactId, InstalledRig.version());
  }
}
