package dev.rig.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.configs.RigRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RigMain init}, run with rig's own RigMain on a project that has rig-runtime. */
class InitCommandTest {

  private static final List<String> STANDARD_FILES =
      List.of(
          "pom.xml",
          ".gitignore",
          ".editorconfig",
          "README.md",
          "LICENSE",
          "CONTRIBUTING.md",
          "SECURITY.md",
          "CODE_OF_CONDUCT.md",
          "mkdocs.yml",
          "docs/index.md",
          ".github/workflows/health_check.yml",
          ".github/workflows/release.yml",
          ".github/workflows/deploy_docs.yml",
          ".github/workflows/heal.yml",
          ".github/dependabot.yml",
          ".github/ISSUE_TEMPLATE/bug_report.yml",
          ".github/ISSUE_TEMPLATE/feature_request.yml",
          ".github/ISSUE_TEMPLATE/config.yml",
          ".github/pull_request_template.md",
          ".github/CODEOWNERS");

  @TempDir Path folder;

  private CliRun init(Path root, String... options) {
    String[] args =
        Stream.concat(Stream.of("init", "--root", root.toString()), Stream.of(options))
            .toArray(String[]::new);
    return CliRun.rig(new RigRegistry(), args);
  }

  /** The project's own RigMain, as the build generates it after init: for check. */
  private static CliRun check(Path root, String coordinates, String packageName, int depth) {
    return CliRun.rig(
        new DefaultsRegistry(coordinates, packageName, depth), "check", "--root", root.toString());
  }

  @Test
  void anEmptyFolderBecomesACompleteProject() throws IOException {
    Path root = Files.createDirectories(folder.resolve("inventory"));
    CliRun run = init(root, "--group", "com.acme", "--name", "Inventory");

    assertEquals(0, run.exitCode(), run.err());
    for (String file : STANDARD_FILES) {
      assertTrue(Files.isRegularFile(root.resolve(file)), file + " was created");
      assertTrue(run.out().contains("created   " + file + "\n"), run.out());
    }
    assertTrue(
        run.out().contains("created   src/main/java/com/acme/inventory/App.java\n"), run.out());
    assertTrue(
        run.out().contains("created   src/test/java/com/acme/inventory/AppTest.java\n"), run.out());
    assertTrue(run.out().contains(", 2 source files created\n"), run.out());
    assertTrue(run.out().endsWith("rig: next: mvn -B -ntp install\n"), run.out());

    String pom = read(root, "pom.xml");
    assertTrue(pom.contains("<groupId>com.acme</groupId>"), pom);
    assertTrue(pom.contains("<artifactId>inventory</artifactId>"), pom);
    assertTrue(pom.contains("<name>Inventory</name>"), pom);
    assertTrue(pom.contains("<artifactId>rig-runtime</artifactId>"), pom);
    assertTrue(
        read(root, "src/main/java/com/acme/inventory/App.java")
            .startsWith("package com.acme.inventory;\n"));
    // A project on rig-runtime directly is depth 1: its nightly check runs at 00:30.
    assertTrue(read(root, ".github/workflows/health_check.yml").contains("cron: 30 0 * * *"));

    CliRun check = check(root, "com.acme:inventory:0.1.0-SNAPSHOT", "com.acme.inventory", 1);
    assertEquals(0, check.exitCode(), check.out() + check.err());
  }

  @Test
  void anExistingProjectKeepsItsCoordinatesSourcesAndAdditions() throws IOException {
    Path root = folder.resolve("billing");
    write(
        root,
        "pom.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme.billing</groupId>
          <artifactId>billing-api</artifactId>
          <version>3.1.0-SNAPSHOT</version>
          <dependencies>
            <dependency>
              <groupId>org.slf4j</groupId>
              <artifactId>slf4j-api</artifactId>
              <version>2.0.17</version>
            </dependency>
          </dependencies>
        </project>
        """);
    write(
        root,
        "src/main/java/com/acme/billing/Invoice.java",
        "package com.acme.billing;\nrecord Invoice() {}\n");
    write(root, "README.md", "# Billing API\n\nCharges customers.\n");

    CliRun run = init(root, "--apply");

    assertEquals(0, run.exitCode(), run.err());
    String pom = read(root, "pom.xml");
    assertTrue(pom.contains("<groupId>com.acme.billing</groupId>"), pom);
    assertTrue(pom.contains("<artifactId>billing-api</artifactId>"), pom);
    assertTrue(pom.contains("<version>3.1.0-SNAPSHOT</version>"), pom);
    assertTrue(pom.contains("<artifactId>slf4j-api</artifactId>"), pom);
    assertTrue(run.out().contains("updated   pom.xml\n"), run.out());
    assertFalse(Files.exists(root.resolve("src/main/java/com/acme/billing/App.java")));
    assertFalse(
        Files.exists(root.resolve("src/test/java/com/acme/billing/AppTest.java")),
        "no AppTest: it would call an App the project does not have, and not compile");
    assertFalse(run.out().contains("source file"), run.out());
    String readme = read(root, "README.md");
    assertTrue(readme.startsWith("# Billing API\n"), readme);
    assertTrue(readme.contains("Charges customers."), "the user's README lines stay: " + readme);

    CliRun check =
        check(root, "com.acme.billing:billing-api:3.1.0-SNAPSHOT", "com.acme.billing", 1);
    assertEquals(0, check.exitCode(), check.out() + check.err());
  }

  /**
   * On an existing project init shows its plan (every file with its diff) and writes nothing;
   * --apply writes that plan.
   */
  @Test
  void anExistingProjectGetsThePlanFirstAndTheFilesOnlyWithApply() throws IOException {
    Path root = folder.resolve("orders");
    String pom =
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>orders</artifactId>
          <version>1.0.0</version>
        </project>
        """;
    write(root, "pom.xml", pom);
    write(root, "src/main/java/com/acme/orders/Order.java", "package com.acme.orders;\n");
    write(root, "README.md", "# Orders\n\nTakes orders.\n");

    CliRun plan = init(root);

    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(
        plan.out().startsWith("rig: this is an existing project: init wrote nothing; its plan is\n"),
        plan.out());
    assertTrue(plan.out().contains("    pom.xml (would be updated)\n"), plan.out());
    assertTrue(plan.out().contains("    LICENSE (would be created)\n"), plan.out());
    assertFalse(plan.out().contains("AppTest.java"),
        "main sources of its own: no App, so no AppTest that calls it\n" + plan.out());
    assertTrue(plan.out().contains("--- a/pom.xml\n+++ b/pom.xml\n"), plan.out());
    assertTrue(
        plan.out().lines()
            .anyMatch(line -> line.startsWith("+") && line.contains("<artifactId>rig-runtime<")),
        plan.out());
    assertTrue(
        plan.out().endsWith(
            "rig: review the plan, then apply it with 'mvn rig:init -Drig.apply=true'"
                + " (rig init --apply) and run mvn -B -ntp clean install\n"),
        plan.out());
    assertEquals(pom, read(root, "pom.xml"));
    assertFalse(Files.exists(root.resolve("LICENSE")));
    assertFalse(Files.exists(root.resolve("src/test")));
    assertFalse(Files.exists(root.resolve(".rig")));

    CliRun apply = init(root, "--apply");

    assertEquals(0, apply.exitCode(), apply.err());
    assertTrue(apply.out().contains("updated   pom.xml\n"), apply.out());
    assertTrue(apply.out().endsWith("rig: next: mvn -B -ntp clean install\n"), apply.out());
    assertTrue(Files.exists(root.resolve("LICENSE")));
    assertFalse(Files.exists(root.resolve("src/test/java/com/acme/orders/AppTest.java")));
    CliRun again = init(root);
    assertTrue(
        again.out().endsWith("rig: init has nothing to change in this project\n"), again.out());
  }

  @Test
  void placeholdersOfRigOwnedFilesAreReplacedButOthersAreMerged() throws IOException {
    Path root = folder.resolve("inventory");
    write(root, "README.md", "# Inventory service\n");
    write(root, "mkdocs.yml", "site_name: My Docs\n");
    write(root, "CONTRIBUTING.md", "# How to help\n\nAsk Ada first.\n");
    write(root, "LICENSE", "SPDX-License-Identifier: MIT\n");

    CliRun run = init(root, "--group", "com.acme");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("replaced  README.md (a placeholder)\n"), run.out());
    assertTrue(run.out().contains("replaced  mkdocs.yml (a placeholder)\n"), run.out());
    assertTrue(read(root, "README.md").startsWith("# inventory\n\n[![License: MIT]"));
    assertFalse(read(root, "README.md").contains("# Inventory service"));
    assertFalse(read(root, "mkdocs.yml").contains("My Docs"));
    assertTrue(read(root, "CONTRIBUTING.md").contains("Ask Ada first."));
    assertTrue(
        read(root, "LICENSE").startsWith("SPDX-License-Identifier: MIT\n"),
        "a LICENSE is never a placeholder");
  }

  /**
   * An Apache-2.0 LICENSE.txt next to rig's MIT standard: rig keeps the project's file, writes no
   * second licence, and says so under the file in init's, sync's and check's output.
   */
  @Test
  void aLicenceThatDisagreesWithTheStandardIsKeptWithANotice() throws IOException {
    Path root = folder.resolve("orders");
    String apache =
        "\n                                 Apache License\n"
            + "                           Version 2.0, January 2004\n"
            + "                        http://www.apache.org/licenses/\n";
    write(root, "LICENSE.txt", apache);

    CliRun run = init(root, "--group", "com.acme");

    assertEquals(0, run.exitCode(), run.err());
    String notice =
        "          kept the project's licence: LICENSE.txt states Apache-2.0, the standard requires"
            + " MIT; rig does not overwrite a licence. If the project's licence is right, a base"
            + " of that licence overrides LicenseConfigFile.configs() with its text\n";
    assertTrue(run.out().contains("unchanged LICENSE.txt\n" + notice), run.out());
    assertEquals(apache, read(root, "LICENSE.txt"));
    assertFalse(Files.exists(root.resolve("LICENSE")));

    CliRun check = check(root, "com.acme:orders:0.1.0-SNAPSHOT", "com.acme.orders", 1);
    assertEquals(0, check.exitCode(), check.out() + check.err());
    assertTrue(check.out().contains("LICENSE.txt:\n" + notice), check.out());
  }

  @Test
  void optionsThatContradictThePomStopBeforeAnyWrite() throws IOException {
    Path root = folder.resolve("billing");
    write(
        root,
        "pom.xml",
        "<project><groupId>com.acme</groupId><artifactId>billing</artifactId></project>\n");

    CliRun run = init(root, "--group", "org.other");

    assertEquals(2, run.exitCode());
    assertEquals(
        "rig: error: pom.xml says groupId com.acme but --group says org.other\n"
            + "  rig never changes a project's own coordinates: leave --group out, or change"
            + " pom.xml yourself first\n",
        run.err());
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(List.of(root.resolve("pom.xml")), files.toList());
    }
  }

  @Test
  void aMalformedFileStopsInitBeforeAnythingIsWritten() throws IOException {
    Path root = folder.resolve("inventory");
    write(root, "README.md", "# inventory\n");
    write(root, "mkdocs.yml", "site_name: [unclosed\nnav:\n");

    CliRun run = init(root, "--group", "com.acme");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("mkdocs.yml:"), run.err());
    assertEquals("# inventory\n", read(root, "README.md"), "the placeholder is still there");
    assertFalse(Files.exists(root.resolve("src")));
    assertFalse(Files.exists(root.resolve("pom.xml")));
  }

  @Test
  void initTwiceChangesNothingTheSecondTime() throws IOException {
    Path root = Files.createDirectories(folder.resolve("inventory"));
    assertEquals(0, init(root, "--group", "com.acme").exitCode());
    CliRun again = init(root, "--apply");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(
        again.out().contains("rig: 20 files checked, 0 created, 0 updated, 20 unchanged\n"),
        again.out());
    assertFalse(again.out().contains("source file"), again.out());
  }

  @Test
  void aBadPackageIsRefused() throws IOException {
    Path root = Files.createDirectories(folder.resolve("inventory"));
    CliRun run = init(root, "--package", "com.acme.new");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("rig: error: --package com.acme.new is not a Java package name\n"),
        run.err());
  }

  static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String read(Path root, String relative) throws IOException {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }
}
