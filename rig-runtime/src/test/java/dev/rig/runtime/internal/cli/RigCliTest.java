package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.internal.cli.CliRun.rig;
import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Contribution;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.testing.FileTrees;
import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rig's command line as a user sees it: the files, the words printed, the exit code. */
class RigCliTest {

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create()
          .packageName("com.acme.auth")
          .coordinates("com.acme:auth-service:2.0.0")
          .depth(2)
          .add(
              "com.acme.auth.LoggingConfigFile",
              () -> new KeyValueFile("config/logging.properties", f -> pairs("level", "INFO"), 0),
              List.of(
                  "com.acme.base.LoggingConfigFile", "dev.rig.runtime.configs.LoggingConfigFile"),
              2,
              "com.acme:auth-service:2.0.0")
          .add(
              "com.acme.base.ServiceConfigFile",
              () ->
                  new KeyValueFile(
                      "service.properties", f -> pairs("port", "8080", "tls", "on"), 0),
              List.of(),
              1,
              "com.acme:service-base:1.4.0")
          .add(
              "dev.rig.runtime.configs.EditorConfigFile",
              () -> new KeyValueFile(".editor.properties", f -> pairs("indent", "2"), 0),
              List.of(),
              0,
              "dev.rig:rig-runtime:0.1.0");

  @BeforeEach
  void aProjectWithOneFileOutOfDateAndOneCorrect() throws Exception {
    write(root.resolve("service.properties"), "port=9090\nname=auth\n");
    write(root.resolve(".editor.properties"), "indent=2\n");
  }

  @Test
  void syncSaysWhatItDidToEachFileAndSumsUp() throws Exception {
    CliRun run = rig(registry, "--root", root.toString(), "sync");

    assertEquals(
        """
        unchanged .editor.properties
        created   config/logging.properties
        updated   service.properties
        rig: 3 files checked, 1 created, 1 updated, 1 unchanged
        rig: wrote .rig/required.json, the record of what rig requires of each file, so that a\
         later sync can take out what it stops requiring: commit it with the files
        """,
        run.out());
    assertEquals("", run.err());
    assertEquals(0, run.exitCode());
    assertEquals("port=8080\nname=auth\ntls=on\n", read(root.resolve("service.properties")));
  }

  /** service-base after it gained a config and was reinstalled; auth-service was not recompiled. */
  public static final class GrownServiceBase implements ConfigRegistry {
    private static final String BASE = "com.acme:service-base:1.5.0";

    @Override
    public String coordinates() {
      return BASE;
    }

    @Override
    public String packageName() {
      return "com.acme.base";
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of(
          leaf("com.acme.base.LoggingConfigFile", "unused.properties"),
          leaf("com.acme.base.MetricsConfigFile", "config/metrics.properties"),
          leaf("com.acme.base.ServiceConfigFile", "service.properties"));
    }

    private static RegisteredConfig leaf(String className, String path) {
      return new RegisteredConfig(
          className, () -> new KeyValueFile(path, Map.of("on", "yes")), List.of(), 1, BASE);
    }
  }

  /**
   * service-base gained a config and was reinstalled; auth-service's registry was compiled before.
   * rig resolves the leaves from the libraries as they are now: the new file is created, and a
   * warning says the compiled registry is stale and how to refresh it.
   */
  @Test
  void aLibraryThatGainedAConfigReachesTheProjectWithoutARecompile(@TempDir Path classpath)
      throws Exception {
    ClassLoader libraries = LibraryClasspath.listing(classpath, GrownServiceBase.class);

    CliRun check = rig(registry, libraries, Map.of(), false, "--root", root.toString(), "check");
    CliRun sync = rig(registry, libraries, Map.of(), false, "--root", root.toString(), "sync");

    assertEquals(1, check.exitCode(), check.err());
    assertEquals(0, sync.exitCode(), sync.err());
    String warning =
        "rig: warning: [RigStaleRegistry] dev.rig.runtime.testing.TestRegistry was compiled"
            + " against other rig libraries than those on the classpath now; rig used the"
            + " libraries' own registries:\n"
            + "    now also managed: com.acme.base.MetricsConfigFile\n"
            + "    no longer managed: dev.rig.runtime.configs.EditorConfigFile\n"
            + "  the files are synced as the libraries say now. Recompile with `mvn clean install`"
            + " so that the project's jar, and every project built on it, carries the new registry"
            + " (maven-compiler-plugin does not recompile when only a dependency changed)\n";
    assertEquals(warning, check.err());
    assertEquals(warning, sync.err());
    assertTrue(sync.out().contains("created   config/metrics.properties"), sync.out());
    assertEquals("on=yes\n", read(root.resolve("config/metrics.properties")));
  }

  @Test
  void syncAndCheckWarnWhenMvnTestWouldSkipRigsCheck() throws Exception {
    write(root.resolve("pom.xml"), "<project><artifactId>auth-service</artifactId></project>\n");

    for (String command : List.of("sync", "check")) {
      CliRun run = rig(registry, "--root", root.toString(), command);

      assertTrue(
          run.err()
              .startsWith(
                  "rig: warning: rig's check will not run in `mvn test` here: this project has no"
                      + " test class of its own"),
          run.err());
      assertTrue(run.err().contains("<dependency>dev.rig:rig-runtime</dependency>"), run.err());
    }
    write(root.resolve("src/test/java/com/acme/auth/ProjectTest.java"), "class ProjectTest {}\n");
    assertEquals("", rig(registry, "--root", root.toString(), "sync").err());
  }

  @Test
  void mkrootIsSync() {
    CliRun run = rig(registry, "mkroot", "--root", root.toString());

    assertEquals(0, run.exitCode());
    assertTrue(
        run.out().contains("rig: 3 files checked, 1 created, 1 updated, 1 unchanged\n"), run.out());
  }

  @Test
  void aSecondSyncChangesNothingAndCheckThenPasses() {
    rig(registry, "--root", root.toString(), "sync");
    Map<String, String> afterFirst = FileTrees.snapshot(root);

    CliRun second = rig(registry, "--root", root.toString(), "sync");
    CliRun check = rig(registry, "--root", root.toString(), "check");

    assertEquals(
        """
        unchanged .editor.properties
        unchanged config/logging.properties
        unchanged service.properties
        rig: 3 files checked, 0 created, 0 updated, 3 unchanged
        """,
        second.out());
    assertEquals(afterFirst, FileTrees.snapshot(root));
    assertEquals("rig: 3 files checked, all in sync\n", check.out());
    assertEquals(0, check.exitCode());
  }

  @Test
  void checkPrintsTheDiffOfEveryFileSyncWouldChangeAndHowToFixIt() {
    Map<String, String> before = FileTrees.snapshot(root);

    CliRun run = rig(registry, "check", "--root", root.toString());

    assertEquals(
        """
        rig: 2 files are out of sync with this project's configs:
            config/logging.properties (would be created)
            service.properties (would be updated)
        --- /dev/null
        +++ b/config/logging.properties
        @@ -0,0 +1,1 @@
        +level=INFO
        --- a/service.properties
        +++ b/service.properties
        @@ -1,2 +1,3 @@
        -port=9090
        +port=8080
         name=auth
        +tls=on
        rig: 3 files checked, 1 to create, 1 to update, 1 unchanged
        rig: no .rig/required.json yet: the next sync writes it (commit it), and later syncs take\
         out what rig stops requiring
        rig: run 'mvn rig:sync' to fix them, then review the changes and commit them
        """,
        run.out());
    assertEquals(1, run.exitCode());
    assertEquals(before, FileTrees.snapshot(root), "check writes nothing");
  }

  @Test
  void listOwnedShowsWhatRigOwnsInEachFile() {
    CliRun run = rig(registry, "list", "--owned", "--root", root.toString());

    assertTrue(
        run.out()
            .endsWith(
                """

                .editor.properties
                    indent: 2

                config/logging.properties
                    level: INFO

                service.properties
                    port: 8080
                    tls: on

                rig: 3 files managed
                """),
        run.out());
    assertEquals(0, run.exitCode());
  }

  @Test
  void checkCapsTheDiffWhenAskedAndSaysHowMuchIsLeftOut() {
    CliRun run = rig(registry, "check", "--max-diff-lines", "5", "--root", root.toString());

    assertEquals(
        """
        rig: 2 files are out of sync with this project's configs:
            config/logging.properties (would be created)
            service.properties (would be updated)
        --- /dev/null
        +++ b/config/logging.properties
        @@ -0,0 +1,1 @@
        +level=INFO
        --- a/service.properties
            ... 6 more lines of diff (the whole diff: mvn rig:check -Drig.maxDiffLines=0)
        rig: 3 files checked, 1 to create, 1 to update, 1 unchanged
        rig: no .rig/required.json yet: the next sync writes it (commit it), and later syncs take\
         out what rig stops requiring
        rig: run 'mvn rig:sync' to fix them, then review the changes and commit them
        """,
        run.out());
    assertEquals(1, run.exitCode());
  }

  /** check's own reading of its command line takes the forms picocli takes, and refuses alike. */
  @Test
  void checkTakesOptionsBeforeAndAfterTheCommandAndWithEqualsSigns() {
    rig(registry, "--root", root.toString(), "sync");
    CliRun run = rig(registry, "--root=" + root, "-B", "check", "--max-diff-lines=3", "--no-color");
    assertEquals("rig: 3 files checked, all in sync\n", run.out());
    assertEquals(0, run.exitCode(), run.err());
    CliRun twice = rig(registry, "check", "--root", root.toString(), "--root", root.toString());
    assertEquals(2, twice.exitCode());
    assertTrue(twice.err().startsWith("rig: error: option '--root'"), twice.err());
    assertTrue(twice.err().contains("should be specified only once"), twice.err());
    CliRun notANumber = rig(registry, "check", "--max-diff-lines", "lots", "--root", root.toString());
    assertEquals(2, notANumber.exitCode());
    assertTrue(notANumber.err().startsWith("rig: error: Invalid value for option '--max-diff-lines'"), notANumber.err());
  }

  @Test
  void listShowsEveryFileItsLeafWhatItOverridesItsDepthAndOrigin() {
    CliRun run = rig(registry, "list", "--root", root.toString());

    assertEquals(
        """
        FILE                       LEAF                                      OVERRIDES                                                                   DEPTH  ORIGIN
        .editor.properties         dev.rig.runtime.configs.EditorConfigFile  -                                                                           0      dev.rig:rig-runtime:0.1.0
        config/logging.properties  com.acme.auth.LoggingConfigFile           com.acme.base.LoggingConfigFile, dev.rig.runtime.configs.LoggingConfigFile  2      com.acme:auth-service:2.0.0
        service.properties         com.acme.base.ServiceConfigFile           -                                                                           1      com.acme:service-base:1.4.0
        rig: 3 files managed
        """,
        run.out());
    assertEquals(0, run.exitCode());
  }

  /** A contribution to a key=value file that requires {@code pairs}. */
  private static Contribution<KeyValueFile> adding(String... pairs) {
    return new Contribution<>() {
      @Override
      protected Map<String, String> configs() {
        return pairs(pairs);
      }
    };
  }

  @Test
  void listShowsUnderEachFileWhichLibraryContributesWhatInTheOrderTheyApply() {
    String service = "com.acme.base.ServiceConfigFile";
    registry
        .contribute("com.sec.SecurityService", () -> adding("tls.min", "1.3"), service,
            List.of(), 1, "com.sec:security:2.0.0")
        .contribute("com.obs.ObservabilityService", () -> adding("metrics", "on"), service,
            List.of(), 1, "com.obs:observability:1.0.0")
        .contribute("dev.rig.runtime.configs.EditorDefaults", () -> adding("tabs", "no"),
            service, List.of(), 0, "dev.rig:rig-runtime:0.1.0")
        // To a config that the leaf overrides: listed under the leaf's file.
        .contribute("com.obs.ObservabilityLogging", () -> adding("format", "json"),
            "com.acme.base.LoggingConfigFile", List.of(), 1, "com.obs:observability:1.0.0");

    CliRun run = rig(registry, "list", "--root", root.toString());

    assertEquals(
        """
        FILE                       LEAF                                      OVERRIDES                                                                   DEPTH  ORIGIN
        .editor.properties         dev.rig.runtime.configs.EditorConfigFile  -                                                                           0      dev.rig:rig-runtime:0.1.0
        config/logging.properties  com.acme.auth.LoggingConfigFile           com.acme.base.LoggingConfigFile, dev.rig.runtime.configs.LoggingConfigFile  2      com.acme:auth-service:2.0.0
                                   + com.obs.ObservabilityLogging            contributes to com.acme.base.LoggingConfigFile                              1      com.obs:observability:1.0.0
        service.properties         com.acme.base.ServiceConfigFile           -                                                                           1      com.acme:service-base:1.4.0
                                   + dev.rig.runtime.configs.EditorDefaults  contributes to com.acme.base.ServiceConfigFile                              0      dev.rig:rig-runtime:0.1.0
                                   + com.obs.ObservabilityService            contributes to com.acme.base.ServiceConfigFile                              1      com.obs:observability:1.0.0
                                   + com.sec.SecurityService                 contributes to com.acme.base.ServiceConfigFile                              1      com.sec:security:2.0.0
        rig: 3 files managed
        """,
        run.out());
    assertEquals(0, run.exitCode());
  }

  @Test
  void aMalformedFileIsAnErrorWithItsPositionAndNothingIsWritten() throws Exception {
    write(root.resolve("config/logging.properties"), "level=DEBUG\n{ not a pair\n");
    Map<String, String> before = FileTrees.snapshot(root);

    CliRun run = rig(registry, "sync", "--root", root.toString());

    assertEquals(
        """
        rig: error: config/logging.properties:2:1: expected key=value, found "{ not a pair"
          fix the syntax; rig never rewrites a file it cannot parse
        rig: nothing was written
        """,
        run.err());
    assertEquals("", run.out());
    assertEquals(2, run.exitCode());
    assertEquals(before, FileTrees.snapshot(root));
  }

  @Test
  void checkOfAMalformedFileIsAnErrorToo() throws Exception {
    write(root.resolve("config/logging.properties"), "oops\n");

    CliRun run = rig(registry, "check", "--root", root.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("rig: error: config/logging.properties:1:1: "), run.err());
  }

  @Test
  void anUnsafePathIsAnError() {
    TestRegistry evil =
        TestRegistry.create()
            .keyValue("com.evil.EvilConfigFile", "../evil.properties", pairs("a", "b"));

    CliRun run = rig(evil, "sync", "--root", root.toString());

    assertEquals(
        """
        rig: error: com.evil.EvilConfigFile asks for ../evil.properties, which climbs out of the\
         project root with ..
          rig writes only inside the project root; a config's parentPath() and fileName() must\
         name a file below it
        rig: nothing was written
        """,
        run.err());
    assertEquals(2, run.exitCode());
    assertFalse(Files.exists(root.resolveSibling("evil.properties")));
  }

  @Test
  void aConfigThatFailsBeforeNamingItsFileStopsListToo() {
    TestRegistry buggy =
        TestRegistry.create()
            .add(
                "com.acme.Buggy",
                () -> {
                  throw new IllegalStateException("needs DATABASE_URL");
                });

    CliRun run = rig(buggy, "list", "--root", root.toString());

    assertTrue(
        run.err()
            .startsWith(
                "rig: error: com.acme.Buggy failed before rig could tell which file it manages:"
                    + " java.lang.IllegalStateException: needs DATABASE_URL (at "),
        run.err());
    assertTrue(
        run.err()
            .endsWith(
                "\n  fix the config class, or remove the dependency that brings it\n"
                    + "rig: nothing was written\n"),
        run.err());
    assertEquals(2, run.exitCode());
  }

  @Test
  void aBugInRigItselfIsReportedAsAnInternalErrorWithExit2() {
    ConfigRegistry broken =
        new ConfigRegistry() {
          @Override
          public String coordinates() {
            return "";
          }

          @Override
          public String packageName() {
            return "";
          }

          @Override
          public int depth() {
            return 0;
          }

          @Override
          public List<RegisteredConfig> configs() {
            throw new UnsupportedOperationException("registry bug");
          }
        };

    CliRun run = rig(broken, "check", "--root", root.toString());

    assertTrue(
        run.err()
            .startsWith(
                "rig: error: internal error, please report it:"
                    + " java.lang.UnsupportedOperationException: registry bug\n"),
        run.err());
    assertEquals(2, run.exitCode());
  }

  @Test
  void theRootDefaultsToTheCurrentFolder() {
    CliRun run = rig(registry, "list");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().endsWith("rig: 3 files managed\n"));
  }

  @Test
  void aRootThatDoesNotExistIsAnError() {
    CliRun run = rig(registry, "--root", root.resolve("nope").toString(), "sync");

    assertEquals(
        "rig: error: the project root "
            + root.resolve("nope")
            + " is not a folder\n"
            + "  run rig in the project's root folder, or name it with --root DIR\n"
            + "rig: nothing was written\n",
        run.err());
    assertEquals(2, run.exitCode());
  }

  @Test
  void anUnknownCommandShowsUsageAndExits2() {
    CliRun run = rig(registry, "synk");

    assertTrue(
        run.err().startsWith("rig: error: Unmatched argument at index 0: 'synk'\n"), run.err());
    assertTrue(run.err().contains("Did you mean: rig sync?"), run.err());
    assertTrue(run.err().contains("Usage: rig "), run.err());
    assertEquals("", run.out());
    assertEquals(2, run.exitCode());
  }

  @Test
  void anUnknownOptionShowsUsageAndExits2() {
    CliRun run = rig(registry, "sync", "--dry-run");

    assertTrue(run.err().startsWith("rig: error: Unknown option: '--dry-run'\n"), run.err());
    assertTrue(run.err().contains("Usage: rig sync "), run.err());
    assertEquals(2, run.exitCode());
  }

  @Test
  void noCommandShowsUsageAndExits2() {
    CliRun run = rig(registry);

    assertTrue(
        run.err().startsWith("rig: error: missing command: one of sync, check, list, init, new\n"), run.err());
    assertTrue(run.err().contains("Usage: rig "), run.err());
    assertEquals(2, run.exitCode());
  }

  @Test
  void helpListsTheCommandsAndOptions() {
    CliRun run = rig(registry, "--help");

    assertEquals(0, run.exitCode());
    for (String words :
        List.of(
            "Usage: rig [-BhV] [--no-color] [--root=DIR] COMMAND",
            "sync, mkroot",
            "check",
            "list",
            "--root=DIR",
            "--no-color",
            "-B, --batch",
            "Exit codes: 0")) {
      assertTrue(run.out().contains(words), () -> words + " missing from\n" + run.out());
    }
  }

  @Test
  void versionNamesRigAndTheProject() {
    CliRun run = rig(registry, "--version");

    assertEquals(
        "rig "
            + RigVersion.rigVersion()
            + "\n"
            + "project com.acme:auth-service:2.0.0, package com.acme.auth, depth 2\n",
        run.out());
    assertEquals(0, run.exitCode());
  }
}
