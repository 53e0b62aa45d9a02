package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A base changes under a service that is not recompiled, and the service's next {@code mvn test}
 * heals it: one failing run that lists what it changed, then a passing one, never {@code mvn
 * clean}. maven-compiler-plugin does not recompile a project when only an installed dependency
 * changed, so every step runs against the service's registry compiled at the start. The steps share
 * one copy of notification-service (on service-base) and run in order: a config added together
 * with a dependency version raised (one release of the base, so one install and one pair of runs),
 * the config renamed, removed, the service moved to backend-base; then the seed's package layout
 * without {@code -Arig.coordinates}, whose test compilation once made a second registry; last, a
 * library contributes to a file service-base owns and later drops that contribution. A change
 * of {@code javaRelease()} is not among them: the nested builds run on the JDK 17 floor, so it is
 * proven in-process (DefaultsConvergenceTest).
 */
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("a base changes; the service heals on its next mvn test, without clean")
class BaseChangesTest {

  private static final String GROUP = "com.myorg.basechanges";
  private static final String CONFIGS = "src/main/java/com/myorg/servicebase/configs/";

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path work;

  private static ScenarioLog log;
  private static ScenarioRuns runs;
  private static Path serviceBase;
  private static Path backendBase;
  private static Path service;

  @BeforeAll
  static void installTheBasesAndBuildTheService() throws Exception {
    InstalledRig.verify();
    log = new ScenarioLog(System.out, work);
    runs = new ScenarioRuns(work);
    Path examples = ScenarioFiles.examplesFolder();
    serviceBase = ScenarioFiles.copyProject(examples.resolve("service-base"), work, GROUP);
    backendBase = ScenarioFiles.copyProject(examples.resolve("backend-base"), work, GROUP);
    service = ScenarioFiles.copyProject(examples.resolve("notification-service"), work, GROUP);
    // A dependency the service added itself, at a version below what service-base will require.
    ScenarioFiles.addDependency(service.resolve("pom.xml"), "org.bouncycastle", "bcprov-jdk18on",
        "1.86");
    log.start("install the bases, build the service once");
    log.expectPass(runs.mvn(serviceBase, "install", "-DskipTests"));
    log.expectPass(runs.mvn(backendBase, "install", "-DskipTests"));
    log.expectPass(runs.mvn(service, "test"));
    log.end(true);
  }

  @AfterAll
  static void summary() {
    log.summary();
  }

  /**
   * Two changes in one release of the base, so that one install and one pair of service runs
   * prove both: a config is added (its file created) and a dependency's version is raised above
   * the service's own (pom.xml updated in place).
   */
  @Test
  @Order(1)
  @DisplayName("1. service-base adds a config and raises a dependency's version")
  void aConfigIsAddedAndADependencyVersionIsRaised() {
    log.step("service-base adds MetricsConfigFile and requires bcprov-jdk18on 1.87; the service had"
        + " 1.86", () -> {
      writeConfig("MetricsConfigFile");
      ScenarioFiles.replaceOnce(serviceBase.resolve(CONFIGS + "PomConfigFile.java"),
          "    return dependencies;",
          "    dependencies.add(\"org.bouncycastle:bcprov-jdk18on:1.87\");\n"
              + "    return dependencies;");
      reinstallServiceBase();
      MavenResult first = expectHealed("created config/metrics.yaml", "updated pom.xml");
      log.assertMentions(first, "[RigStaleRegistry]", "now also managed: "
          + "com.myorg.servicebase.configs.MetricsConfigFile");
      String pom = ScenarioFiles.read(service.resolve("pom.xml"));
      assertTrue(pom.contains("<version>1.87</version>") && !pom.contains("<version>1.86</version>"),
          pom);
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  @Test
  @Order(2)
  @DisplayName("2. service-base renames it")
  void aConfigIsRenamed() {
    log.step("service-base renames MetricsConfigFile to TelemetryConfigFile", () -> {
      Files.delete(serviceBase.resolve(CONFIGS + "MetricsConfigFile.java"));
      writeConfig("TelemetryConfigFile");
      reinstallServiceBase();
      expectHealed("created config/telemetry.yaml");
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  @Test
  @Order(3)
  @DisplayName("3. service-base removes it")
  void aConfigIsRemoved() {
    log.step("service-base removes TelemetryConfigFile", () -> {
      // The service's own code changes, so Maven recompiles it: its registry now lists
      // TelemetryConfigFile, which the base is about to remove.
      Path own = service.resolve(
          "src/test/java/com/myorg/notification/configs/NotificationConfigFile.java");
      Files.writeString(own, ScenarioFiles.read(own) + "\n");
      log.expectPass(runs.mvn(service, "test"));
      Files.delete(serviceBase.resolve(CONFIGS + "TelemetryConfigFile.java"));
      reinstallServiceBase();
      // The compiled registry names a class that is gone: rig does not create it, and takes out
      // the file it wrote for it (as it wrote it, so the whole file), as its record says.
      java.util.Map<String, byte[]> before = ScenarioFiles.snapshot(service);
      MavenResult first = log.expectFail(runs.mvn(service, "test"));
      log.assertMentions(first, "deleted config/telemetry.yaml", "updated .rig/required.json");
      assertEquals(List.of(".rig/required.json", "config/telemetry.yaml"),
          ScenarioFiles.changedFiles(before, ScenarioFiles.snapshot(service)));
      assertFalse(Files.exists(service.resolve("config/telemetry.yaml")));
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  @Test
  @Order(4)
  @DisplayName("4. the service moves from service-base to backend-base")
  void theServiceMovesToAnotherBase() {
    log.step("notification-service depends on backend-base instead of service-base", () -> {
      ScenarioFiles.replaceOnce(service.resolve("pom.xml"),
          "<artifactId>service-base</artifactId>", "<artifactId>backend-base</artifactId>");
      log.did("pom.xml: service-base -> backend-base");
      MavenResult first = log.expectFail(runs.mvn(service, "test"));
      List<String> healed = log.healed(first);
      for (String file : List.of("updated pom.xml", "created config/api.yaml",
          "created config/database.yaml", "updated .github/workflows/health_check.yml")) {
        assertTrue(healed.contains(file), "expected rig to have " + file + ": " + healed);
      }
      // The nightly slot of the service's new depth (half-hour slots: depth 3 is 01:30), and only
      // that one: rig's record takes out the slot it required at depth 2.
      assertEquals(List.of("30 1 * * *"), cronLines(), "nightly at 01:30");
      log.assertMentions(first, "depth 2 is now 3");
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  /**
   * The seed's layout on today's service: its configs in src/test/java (rig is a test dependency),
   * its tests in another package, its production classes free of rig, a pom without {@code
   * -Arig.coordinates}. The test compilation is the service's registry compilation (its main
   * output holds no rig marker), not a test of a rig module: one registry, at the service's depth.
   */
  @Test
  @Order(5)
  @DisplayName("5. configs and tests in different packages, no -Arig.coordinates: one registry")
  void theTestCompilationIsTheServicesRegistry() {
    log.step("configs in com.myorg.notification.configs (test sources), tests in"
        + " com.myorg.notification", () -> {
      Files.delete(service.resolve(
          "src/test/java/com/myorg/notification/NotificationServiceTest.java"));
      Files.writeString(service.resolve("src/test/java/com/myorg/notification/ChannelsTest.java"),
          """
          package com.myorg.notification;

          import static org.junit.jupiter.api.Assertions.assertEquals;

          import org.junit.jupiter.api.Test;

          class ChannelsTest {
            @Test
            void configuresThreeChannels() {
              assertEquals(3, java.util.List.of("email", "sms", "push").size());
            }
          }
          """);
      ScenarioFiles.replaceOnce(service.resolve("pom.xml"),
          "<arg>-Arig.coordinates=${project.groupId}:${project.artifactId}:${project.version}</arg>",
          "");
      ScenarioFiles.deleteTree(service.resolve("target"));
      log.did("tests moved, -Arig.coordinates removed from pom.xml, rm -rf target");
      List<String> crons = cronLines();
      MavenResult first = log.expectFail(runs.mvn(service, "test"));
      List<String> healed = log.healed(first);
      assertTrue(healed.contains("updated pom.xml"), "rig adds -Arig.coordinates back");
      assertFalse(healed.contains("updated .github/workflows/health_check.yml"),
          "the depth must not shift: " + healed);
      assertEquals(crons, cronLines(), "no second schedule line");
      assertEquals(List.of(), registriesIn(service.resolve("target/classes")),
          "the service's production classes hold no registry");
      assertEquals(1, registriesIn(service.resolve("target/test-classes")).stream()
              .filter(file -> file.endsWith("RigRegistry.class")).count(),
          "the test compilation generates the service's one registry");
      assertEquals(List.of(), registriesIn(serviceBase.resolve("target/test-classes")),
          "a base's test compilation generates no registry");
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  /**
   * Issue 18 end to end: service-base owns config/logging.yaml; an observability library adds a
   * handler to it and a line to .gitignore (rig's file) with two contributions. The service, which
   * depends on both and has no class for them, gets both. Then observability 1.1.0 drops its
   * logging contribution: the service's next run takes out exactly that handler, byte for byte,
   * and keeps the other contribution and every other byte of the project.
   */
  @Test
  @Order(6)
  @DisplayName("6. a library contributes to service-base's file, then drops the contribution")
  void aContributionArrivesAndLeaves() {
    log.step("observability 1.0.0 contributes a handler to service-base's config/logging.yaml and"
        + " *.hprof to .gitignore; the service depends on it", () -> {
      Path observability = writeObservabilityLibrary();
      log.expectPass(runs.mvn(observability, "install", "-DskipTests", "-Drig.check.skip=true"));
      Path pom = service.resolve("pom.xml");
      ScenarioFiles.addDependency(pom, GROUP, "observability", "1.0.0");
      log.did("pom.xml: depends on observability 1.0.0");
      Map<String, byte[]> before = ScenarioFiles.snapshot(service);
      // A library of rig's on the classpath joins the rig-bases group of dependabot.yml too.
      expectHealed("updated config/logging.yaml", "updated .gitignore",
          "updated .github/dependabot.yml");
      String logging = ScenarioFiles.read(service.resolve("config/logging.yaml"));
      assertTrue(logging.contains("    otel:\n      class: " + OTEL_APPENDER + "\n"), logging);
      assertTrue(logging.contains("com.myorg.notification.delivery"), "the team's own logger stays");
      assertTrue(ScenarioFiles.read(service.resolve(".gitignore")).lines()
          .anyMatch("*.hprof"::equals));
      assertEquals(List.of(".github/dependabot.yml", ".gitignore", ".rig/required.json",
              "config/logging.yaml"),
          ScenarioFiles.changedFiles(before, ScenarioFiles.snapshot(service)));
      log.expectPass(runs.mvn(service, "test"));

      Files.delete(observability.resolve(OBSERVABILITY_SOURCES + "ObservabilityLogging.java"));
      ScenarioFiles.replaceOnce(observability.resolve("pom.xml"),
          "<artifactId>observability</artifactId>\n  <version>1.0.0</version>",
          "<artifactId>observability</artifactId>\n  <version>1.1.0</version>");
      log.did("observability 1.1.0: ObservabilityLogging removed");
      log.expectPass(runs.mvn(observability, "install", "-DskipTests", "-Drig.check.skip=true"));
      ScenarioFiles.replaceOnce(pom, "<artifactId>observability</artifactId>\n"
          + "      <version>1.0.0</version>", "<artifactId>observability</artifactId>\n"
          + "      <version>1.1.0</version>");
      log.did("pom.xml: observability 1.0.0 -> 1.1.0");
      Map<String, byte[]> withBoth = ScenarioFiles.snapshot(service);
      expectHealed("updated config/logging.yaml");
      Map<String, byte[]> after = ScenarioFiles.snapshot(service);
      assertEquals(List.of(".rig/required.json", "config/logging.yaml"),
          ScenarioFiles.changedFiles(withBoth, after));
      // Exactly the contributed handler is gone: the file is what it was before observability.
      assertEquals(new String(before.get("config/logging.yaml"), StandardCharsets.UTF_8),
          new String(after.get("config/logging.yaml"), StandardCharsets.UTF_8));
      assertTrue(ScenarioFiles.read(service.resolve(".gitignore")).lines()
          .anyMatch("*.hprof"::equals), "the contribution observability kept stays");
      log.expectPass(runs.mvn(service, "test"));
    });
  }

  // ---------------------------------------------------------------------------------------------


  private static final String OBSERVABILITY_SOURCES = "src/main/java/com/myorg/observability/";
  private static final String OTEL_APPENDER =
      "io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender";

  /**
   * The observability library: service-base's build (rig's pom, pinned plugins) with its own
   * sources, two contributions, and service-base as a provided dependency, since one of them adds
   * to service-base's config.
   */
  private static Path writeObservabilityLibrary() throws IOException {
    Path library = ScenarioFiles.copyProject(ScenarioFiles.examplesFolder().resolve("service-base"),
        work.resolve("observability"), GROUP);
    ScenarioFiles.deleteTree(library.resolve("src"));
    ScenarioFiles.deleteTree(library.resolve(".rig"));
    Path pom = library.resolve("pom.xml");
    ScenarioFiles.replaceOnce(pom, "<artifactId>service-base</artifactId>",
        "<artifactId>observability</artifactId>");
    String text = ScenarioFiles.read(pom);
    String dependencies = "<dependencies>";
    int at = text.indexOf(dependencies) + dependencies.length();
    Files.writeString(pom, text.substring(0, at) + """

            <dependency>
              <groupId>%s</groupId>
              <artifactId>service-base</artifactId>
              <version>1.0.0</version>
              <scope>provided</scope>
            </dependency>""".formatted(GROUP) + text.substring(at));
    Files.createDirectories(library.resolve(OBSERVABILITY_SOURCES));
    Files.writeString(library.resolve(OBSERVABILITY_SOURCES + "ObservabilityLogging.java"), """
        package com.myorg.observability;

        import com.myorg.servicebase.configs.LoggingConfigFile;
        import dev.rig.annotations.RigConfig;
        import dev.rig.runtime.Contribution;
        import dev.rig.runtime.Tree;
        import java.util.Map;

        /** Every service also sends its logs to the OpenTelemetry collector. */
        @RigConfig
        public class ObservabilityLogging extends Contribution<LoggingConfigFile> {
          @Override
          protected Map<String, Object> configs() {
            return Tree.map("logging", Tree.map("handlers", Tree.map("otel",
                Tree.map("class", "%s", "level", "WARN"))));
          }
        }
        """.formatted(OTEL_APPENDER));
    Files.writeString(library.resolve(OBSERVABILITY_SOURCES + "ObservabilityGitignore.java"), """
        package com.myorg.observability;

        import dev.rig.annotations.RigConfig;
        import dev.rig.runtime.Contribution;
        import dev.rig.runtime.configs.GitignoreConfigFile;
        import java.util.ArrayList;
        import java.util.List;

        /** Heap dumps never reach git. */
        @RigConfig
        public class ObservabilityGitignore extends Contribution<GitignoreConfigFile> {
          @Override
          protected List<String> configs() {
            return new ArrayList<>(List.of("*.hprof"));
          }
        }
        """);
    log.did("wrote observability 1.0.0 (ObservabilityLogging, ObservabilityGitignore)");
    return library;
  }

  private static void writeConfig(String simpleName) throws IOException {
    String file = simpleName.replace("ConfigFile", "").toLowerCase(java.util.Locale.ROOT);
    Files.writeString(serviceBase.resolve(CONFIGS + simpleName + ".java"), """
        package com.myorg.servicebase.configs;

        import dev.rig.annotations.RigConfig;
        import dev.rig.runtime.Tree;
        import dev.rig.runtime.format.YamlConfigFile;
        import java.nio.file.Path;
        import java.util.Map;

        /** config/%s.yaml: every service exports its metrics the same way. */
        @RigConfig
        public class %s extends YamlConfigFile {
          @Override
          protected Path parentPath() {
            return Path.of("config");
          }

          @Override
          protected Map<String, Object> configs() {
            return Tree.map("%s", Tree.map("export", "prometheus"));
          }
        }
        """.formatted(file, simpleName, file));
    log.did("wrote com.myorg.servicebase.configs." + simpleName);
  }

  /**
   * The base's author installs it; its own files are not the point here. The base's configs apply
   * to the base too, so its rig:check in verify would stop the install on the base's own drift
   * (SeedScenarioTest covers that run): skipped, as the tests are.
   */
  private static void reinstallServiceBase() throws Exception {
    log.expectPass(runs.mvn(serviceBase, "install", "-DskipTests", "-Drig.check.skip=true"));
  }

  /**
   * The service's next run fails and heals exactly {@code files}, in any order, and updates rig's
   * record of what it requires (every step here changes what is required, and rig lists the record
   * among the files to commit).
   */
  private static MavenResult expectHealed(String... files) throws Exception {
    MavenResult first = log.expectFail(runs.mvn(service, "test"));
    java.util.Set<String> expected = new java.util.TreeSet<>(List.of(files));
    expected.add("updated .rig/required.json");
    assertEquals(expected, new java.util.TreeSet<>(log.healed(first)), "the files rig healed");
    return first;
  }



  private static List<String> cronLines() {
    return ScenarioFiles.read(service.resolve(".github/workflows/health_check.yml")).lines()
        .filter(line -> line.strip().startsWith("- cron:"))
        .map(line -> line.substring(line.indexOf(':') + 1).strip().replace("'", ""))
        .toList();
  }

  private static List<String> registriesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().equals("RigRegistry.class")
              || file.toString()
                  .endsWith("META-INF/services/dev.rig.runtime.internal.ConfigRegistry"))
          .map(file -> folder.relativize(file).toString())
          .toList();
    }
  }

}
