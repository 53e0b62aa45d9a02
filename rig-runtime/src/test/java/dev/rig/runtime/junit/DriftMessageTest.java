package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rig.runtime.internal.engine.FileReport.Status;
import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import dev.rig.runtime.junit.FixtureRegistries.ProjectRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact words of the rig test, independent of how the engine computes a report. */
class DriftMessageTest {

  private static final RunReport DRIFT =
      new RunReport(
          List.of(
              new FileReport("README.md", Status.UNCHANGED, ""),
              new FileReport(
                  "app.settings",
                  Status.UPDATED,
                  "--- a/app.settings\n"
                      + "+++ b/app.settings\n"
                      + "@@ -1 +1 @@\n"
                      + "-greeting=bye\n"
                      + "+greeting=hello\n"),
              new FileReport(
                  "config/db.settings",
                  Status.CREATED,
                  "--- /dev/null\n+++ b/config/db.settings\n@@ -0,0 +1 @@\n+url=x")));

  @Test
  void syncListsEveryChangedFileThenEveryDiffThenWhatToDo() {
    assertThat(DriftMessage.outOfSync(DRIFT, CheckMode.SYNC, FixtureRegistries.resolved(new ProjectRegistry())))
        .isEqualTo(
            """
            rig updated these files: review the changes and commit them.
                updated app.settings
                created config/db.settings

            --- a/app.settings
            +++ b/app.settings
            @@ -1 +1 @@
            -greeting=bye
            +greeting=hello

            --- /dev/null
            +++ b/config/db.settings
            @@ -0,0 +1 @@
            +url=x

            The files on disk are already fixed and the next test run passes; commit the changes.
            (configs: dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry of com.example:project:1.0)\
            """);
  }

  @Test
  void removalsAndWhatRigKeptAreListedUnderTheDiffs() {
    RunReport removal =
        new RunReport(
            List.of(
                new FileReport(
                    ".github/workflows/old.yml",
                    Status.DELETED,
                    "--- a/.github/workflows/old.yml\n+++ /dev/null\n@@ -1 +0,0 @@\n-name: Old\n",
                    List.of("rig no longer manages it: no config in the chain requires it")),
                new FileReport(
                    "pom.xml",
                    Status.UNCHANGED,
                    "",
                    List.of(
                        "kept, as you changed it since rig wrote it:"
                            + " project.dependencies.dependency[1]: {artifactId=guava}"))));

    assertThat(DriftMessage.outOfSync(
        removal, CheckMode.SYNC, FixtureRegistries.resolved(new ProjectRegistry())))
        .startsWith(
            """
            rig updated these files: review the changes and commit them.
                deleted .github/workflows/old.yml

            --- a/.github/workflows/old.yml
            +++ /dev/null
            @@ -1 +0,0 @@
            -name: Old

            .github/workflows/old.yml:
                rig no longer manages it: no config in the chain requires it

            pom.xml:
                kept, as you changed it since rig wrote it: project.dependencies.dependency[1]: {artifactId=guava}

            The files on disk are already fixed""");
  }

  @Test
  void checkModeSaysNothingWasWrittenAndHowToWriteIt() {
    assertThat(DriftMessage.outOfSync(DRIFT, CheckMode.CHECK, FixtureRegistries.resolved(new ProjectRegistry())))
        .startsWith(
            """
            These files are not in sync with the project's configs (rig.check.mode=check: nothing was written):
                would be updated app.settings
                would be created config/db.settings
            """)
        .endsWith(
            """
            Run the tests without rig.check.mode=check (or mvn rig:sync) to write these changes, then commit them.
            (configs: dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry of com.example:project:1.0)\
            """);
  }

  @Test
  void aPassingRunCountsItsFiles() {
    RunReport one = new RunReport(List.of(new FileReport("a", Status.UNCHANGED, "")));

    assertThat(DriftMessage.inSync(one, FixtureRegistries.resolved(new ProjectRegistry())))
        .isEqualTo(
            "1 file in sync. (configs: dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry"
                + " of com.example:project:1.0)");
    assertThat(DriftMessage.inSync(new RunReport(List.of()), FixtureRegistries.resolved(new ProjectRegistry())))
        .startsWith("0 files in sync.");
  }

  @Test
  void aPassingRunThatWroteTheFirstRecordSaysSo() {
    RunReport first = new RunReport(List.of(new FileReport("a", Status.UNCHANGED, "")),
        new FileReport(".rig/required.json", Status.CREATED, ""));

    assertThat(DriftMessage.inSync(first, FixtureRegistries.resolved(new ProjectRegistry())))
        .startsWith(
            "1 file in sync. rig wrote .rig/required.json, its record of what it requires: commit"
                + " it. (configs: ");
  }

  @Test
  void anEngineErrorAfterAWriteSaysWhereToLook() {
    assertThat(DriftMessage.stopped(new RigException("app.settings: could not be written")))
        .isEqualTo(
            "app.settings: could not be written\n"
                + "rig stopped part-way: `git status` shows any file it wrote before stopping.\n"
                + "Run the tests again once this is fixed.");
  }
}
