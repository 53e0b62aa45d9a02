package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.InitCommandTest.read;
import static dev.rig.runtime.internal.cli.InitCommandTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RigMain new}, run with service-base's RigMain: "a new service from service-base". */
class NewCommandTest {

  private static final DefaultsRegistry SERVICE_BASE =
      new DefaultsRegistry("com.acme:service-base:2.3.0", "com.acme.servicebase", 1);

  @TempDir Path folder;

  @Test
  void makesAServiceThatDependsOnTheBase() throws IOException {
    Path dir = folder.resolve("inventory-service");
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "inventory-service");

    assertEquals(0, run.exitCode(), run.err());
    String pom = read(dir, "pom.xml");
    assertTrue(
        pom.contains(
            """
                <dependency>
                  <groupId>com.acme</groupId>
                  <artifactId>service-base</artifactId>
                  <version>2.3.0</version>
                  <scope>test</scope>
                </dependency>
            """),
        pom);
    assertTrue(pom.contains("<artifactId>inventory-service</artifactId>"), pom);
    assertTrue(Files.exists(dir.resolve("src/main/java/com/acme/inventoryservice/App.java")));
    // service-base is depth 1, so the service is depth 2 and checked at 01:00 (half-hour slots).
    assertTrue(read(dir, ".github/workflows/health_check.yml").contains("cron: 0 1 * * *"));
    assertTrue(
        run.out()
            .contains(
                "rig: created com.acme:inventory-service in "
                    + dir
                    + ", on com.acme:service-base:2.3.0\n"),
        run.out());
    assertTrue(run.out().endsWith("rig: next: cd " + dir + " && mvn -B -ntp install\n"), run.out());

    CliRun check =
        CliRun.rig(
            new DefaultsRegistry(
                "com.acme:inventory-service:0.1.0-SNAPSHOT", "com.acme.inventoryservice", 2),
            List.of(new dev.rig.runtime.configs.RigRegistry(), SERVICE_BASE),
            "check",
            "--root",
            dir.toString());
    assertEquals(0, check.exitCode(), "the service's own check passes right after: " + check.out());
  }

  @Test
  void withLibraryMakesALibraryOfStandardsOnTheBase() throws IOException {
    Path dir = folder.resolve("backend-base");
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "backend-base",
            "--library");

    assertEquals(0, run.exitCode(), run.err());
    String pom = read(dir, "pom.xml");
    assertTrue(
        pom.contains(
            """
                <dependency>
                  <groupId>com.acme</groupId>
                  <artifactId>service-base</artifactId>
                  <version>2.3.0</version>
                </dependency>
            """),
        "its configs extend the base's: a compile dependency, passed on\n" + pom);
    assertTrue(
        pom.matches(
            "(?s).*<artifactId>rig-runtime</artifactId>\\s*<version>[^<]+</version>"
                + "\\s*<scope>provided</scope>.*"),
        "rig-runtime is provided, so that it reaches no service's production\n" + pom);
    String config = read(dir, "src/main/java/com/acme/backendbase/PomConfigFile.java");
    assertTrue(
        config.contains(
            "@RigConfig\npublic class PomConfigFile extends "
                + "dev.rig.runtime.configs.PomConfigFile {"),
        "the first config class extends the pom's config that ran: " + config);
    assertFalse(Files.exists(dir.resolve("src/main/java/com/acme/backendbase/App.java")));
    assertFalse(Files.exists(dir.resolve("src/test/java")), "no main class, so no test of one");
    assertTrue(
        run.out()
            .contains("created   src/main/java/com/acme/backendbase/PomConfigFile.java\n"),
        run.out());
    assertTrue(run.out().contains(", 1 source file created\n"), run.out());

    CliRun check =
        CliRun.rig(
            new DefaultsRegistry("com.acme:backend-base:0.1.0-SNAPSHOT", "com.acme.backendbase", 2),
            List.of(new dev.rig.runtime.configs.RigRegistry(), SERVICE_BASE),
            "check",
            "--root",
            dir.toString());
    assertEquals(0, check.exitCode(), "the library's own check passes right after: " + check.out());
  }

  @Test
  void takesThePackageAndNameGiven() throws IOException {
    Path dir = folder.resolve("inv");
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "inventory-service",
            "--package",
            "com.acme.inventory",
            "--name",
            "Inventory");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(dir.resolve("src/test/java/com/acme/inventory/AppTest.java")));
    assertTrue(read(dir, "README.md").startsWith("# Inventory\n"));
  }

  @Test
  void anEmptyFolderWillDo() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("inventory-service"));
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "inventory-service");
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aFolderWithFilesIsRefusedAndLeftAlone() throws IOException {
    Path dir = folder.resolve("inventory-service");
    write(dir, "notes.txt", "mine\n");
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "inventory-service");
    assertEquals(2, run.exitCode());
    assertEquals(
        "rig: error: "
            + dir
            + " exists and is not empty\n"
            + "  choose a new folder, or run `init` inside "
            + dir
            + " to give the project there its standards\n",
        run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
    }
  }

  @Test
  void groupAndArtifactAreRequired() {
    CliRun run =
        CliRun.rig(SERVICE_BASE, "new", folder.resolve("x").toString(), "--group", "com.acme");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--artifact=A'"), run.err());
    assertFalse(Files.exists(folder.resolve("x")));
  }

  @Test
  void anInvalidArtifactIdIsRefusedBeforeTheFolderIsMade() {
    Path dir = folder.resolve("x");
    CliRun run =
        CliRun.rig(
            SERVICE_BASE,
            "new",
            dir.toString(),
            "--group",
            "com.acme",
            "--artifact",
            "inventory service");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("rig: error: --artifact inventory service is not a valid Maven id\n"),
        run.err());
    assertFalse(Files.exists(dir));
  }
}
