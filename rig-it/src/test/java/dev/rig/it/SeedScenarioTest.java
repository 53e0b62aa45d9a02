package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * The seed's walkthrough, replayed with real Maven runs on copies of {@code examples/}: a change to
 * service-base reaches auth-service on its next test run, a deleted file comes back, a conflict
 * between two libraries stops the compiler until the service settles it, and a new service made
 * from service-base builds at once.
 *
 * <p>The steps run in order and share one folder; a step that breaks skips the rest. Everything
 * the scenario installs into the local repository uses the group {@value #GROUP}, so the committed
 * examples ({@code com.myorg}) find {@code ~/.m2} as the root build left it.
 */
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("the seed's ecosystem heals itself")
class SeedScenarioTest {

  static final String GROUP = "com.myorg.scenario";
  /** rig's record of what it required at the last sync, in every project. */
  private static final String RECORD = ".rig/required.json";
  private static final String RECORD_UPDATED = "updated " + RECORD;
  /** rig-it's pom resolves this version for the offline nested builds: change both together. */
  private static final String SECURITY_DEPENDENCY = "org.bouncycastle:bcprov-jdk18on:1.87";

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path work;

  private static ScenarioLog log;
  private static ScenarioRuns runs;
  private static Path serviceBase;
  private static Path backendBase;
  private static Path authService;
  private static Path paymentService;
  private static Path notificationService;

  @BeforeAll
  static void copyTheExamples() throws IOException {
    InstalledRig.verify();
    log = new ScenarioLog(System.out, work);
    runs = new ScenarioRuns(work);
    Path examples = ScenarioFiles.examplesFolder();
    serviceBase = ScenarioFiles.copyProject(examples.resolve("service-base"), work, GROUP);
    backendBase = ScenarioFiles.copyProject(examples.resolve("backend-base"), work, GROUP);
    authService = ScenarioFiles.copyProject(examples.resolve("auth-service"), work, GROUP);
    paymentService = ScenarioFiles.copyProject(examples.resolve("payment-service"), work, GROUP);
    notificationService =
        ScenarioFiles.copyProject(examples.resolve("notification-service"), work, GROUP);
  }

  @AfterAll
  static void summary() {
    log.summary();
  }

  @Test
  @Order(1)
  @DisplayName("1. the organisation installs service-base and backend-base")
  void installTheBases() {
    log.step("install service-base and backend-base", () -> {
      log.expectPass(mvn(serviceBase, "install"));
      log.expectPass(mvn(backendBase, "install"));
    });
  }

  @Test
  @Order(2)
  @DisplayName("2. service-base adds a security requirement and heals its own pom.xml")
  void serviceBaseAddsASecurityRequirement() {
    log.step("service-base requires " + SECURITY_DEPENDENCY, () -> {
      Path pomConfig = serviceBase.resolve("src/main/java/com/myorg/servicebase/configs/PomConfigFile.java");
      ScenarioFiles.replaceOnce(
          pomConfig,
          "    return dependencies;",
          "    dependencies.add(\"" + SECURITY_DEPENDENCY + "\"); // security audit\n"
              + "    return dependencies;");
      log.did("added dependencies.add(\"" + SECURITY_DEPENDENCY + "\") to PomConfigFile.java");
      // service-base's own pom.xml is managed by the class just changed: its first build heals it.
      assertHealed(log.expectFail(mvn(serviceBase, "install")), "updated pom.xml", RECORD_UPDATED);
      assertTrue(ScenarioFiles.read(serviceBase.resolve("pom.xml")).contains("bcprov-jdk18on"),
          "service-base's pom.xml should now declare bcprov-jdk18on");
      log.expectPass(mvn(serviceBase, "install"));
    });
  }

  @Test
  @Order(3)
  @DisplayName("3. auth-service's next test run fails, naming pom.xml, and heals it")
  void authServiceHealsOnItsNextTestRun() {
    log.step("auth-service: mvn test after the base changed", () -> {
      Map<String, byte[]> before = ScenarioFiles.snapshot(authService);
      assertTrue(!new String(before.get("pom.xml"), StandardCharsets.UTF_8).contains("bcprov"),
          "auth-service's pom.xml should not know bcprov-jdk18on before the run");
      assertHealed(log.expectFail(mvn(authService, "test")), "updated pom.xml", RECORD_UPDATED);
      Map<String, byte[]> after = ScenarioFiles.snapshot(authService);
      assertEquals(List.of(RECORD, "pom.xml"), ScenarioFiles.changedFiles(before, after),
          "rig should have changed auth-service's pom.xml, its record, and nothing else");
      String pom = new String(after.get("pom.xml"), StandardCharsets.UTF_8);
      assertTrue(pom.contains("<artifactId>bcprov-jdk18on</artifactId>"), pom);
      log.did("pom.xml now declares org.bouncycastle:bcprov-jdk18on");
    });
  }

  @Test
  @Order(4)
  @DisplayName("4. the run after that passes")
  void theRunAfterPasses() {
    log.step("auth-service: mvn test again", () -> {
      Map<String, byte[]> before = ScenarioFiles.snapshot(authService);
      log.expectPass(mvn(authService, "test"));
      assertEquals(List.of(), ScenarioFiles.changedFiles(before, ScenarioFiles.snapshot(authService)),
          "a passing run must not change any file");
    });
  }

  @Test
  @Order(5)
  @DisplayName("5. payment-service, which declares no config, heals the same way")
  void aServiceWithoutConfigsHealsToo() {
    log.step("payment-service (no config of its own): mvn test", () -> {
      Map<String, byte[]> before = ScenarioFiles.snapshot(paymentService);
      assertHealed(log.expectFail(mvn(paymentService, "test")), "updated pom.xml", RECORD_UPDATED);
      Map<String, byte[]> after = ScenarioFiles.snapshot(paymentService);
      assertEquals(List.of(RECORD, "pom.xml"), ScenarioFiles.changedFiles(before, after),
          "rig should have changed payment-service's pom.xml, its record, and nothing else");
      assertTrue(new String(after.get("pom.xml"), StandardCharsets.UTF_8)
          .contains("<artifactId>bcprov-jdk18on</artifactId>"), "payment-service's pom.xml");
    });
  }

  @Test
  @Order(6)
  @DisplayName("6. a deleted mkdocs.yml comes back, branded")
  void aDeletedFileComesBack() {
    log.step("auth-service: rm mkdocs.yml, mvn test", () -> {
      Path mkdocs = authService.resolve("mkdocs.yml");
      byte[] committed = Files.readAllBytes(mkdocs);
      Files.delete(mkdocs);
      log.did("deleted mkdocs.yml");
      // rig wrote all of the new file: the record now keeps its fingerprint
      assertHealed(log.expectFail(mvn(authService, "test")), "created mkdocs.yml", RECORD_UPDATED);
      assertTrue(Files.exists(mkdocs), "the test run should have recreated mkdocs.yml");
      String text = ScenarioFiles.read(mkdocs);
      for (String brand : List.of("deep purple", "amber", "assets/logo.png", "assets/favicon.ico")) {
        assertTrue(text.contains(brand), "mkdocs.yml should carry service-base's brand (" + brand + "):\n" + text);
      }
      assertEquals(new String(committed, StandardCharsets.UTF_8), text,
          "the recreated mkdocs.yml should be byte for byte the committed one");
      log.did("mkdocs.yml is back with service-base's deep purple / amber theme");
    });
  }

  @Test
  @Order(7)
  @DisplayName("7. a second library overriding MkdocsConfigFile is a compile error")
  void aSecondOverrideIsACompileError() {
    log.step("auth-service depends on docs-theme, which also overrides MkdocsConfigFile", () -> {
      Path docsTheme = ScenarioFiles.writeDocsTheme(
          work, GROUP, InstalledRig.version(), serviceBase.resolve("pom.xml"));
      log.expectPass(mvn(docsTheme, "install", "-DskipTests"));
      ScenarioFiles.addDependency(authService.resolve("pom.xml"), GROUP, "docs-theme", "1.0.0");
      log.did("added " + GROUP + ":docs-theme:1.0.0 to auth-service's pom.xml");
      // maven-compiler-plugin does not recompile when only the classpath changed: start afresh
      // (what `mvn clean` does, without needing the clean plugin in an offline repository)
      ScenarioFiles.deleteTree(authService.resolve("target"));
      log.did("rm -rf target");
      // A service's registry comes from its test compilation, where the bases are.
      MavenResult compile = log.expectFail(mvn(authService, "test-compile"));
      List<String> error = compile.excerpt("[RigConflict]", "public class");
      String text = String.join("\n", error);
      for (String expected : List.of(
          "dev.rig.runtime.configs.MkdocsConfigFile",
          "com.myorg.servicebase.configs.MkdocsConfigFile",
          "com.myorg.docstheme.MkdocsConfigFile",
          "@RigConfig(replaces")) {
        assertTrue(text.contains(expected),
            "rig's conflict error should name " + expected + ":\n" + compile.tail());
      }
      log.show(error);
    });
  }

  @Test
  @Order(8)
  @DisplayName("8. @RigConfig(replaces = ...) in the service settles it")
  void replacesSettlesTheConflict() {
    log.step("auth-service adds @RigConfig(replaces = docs-theme's MkdocsConfigFile)", () -> {
      byte[] mkdocsBefore = Files.readAllBytes(authService.resolve("mkdocs.yml"));
      ScenarioFiles.copyResource("AuthMkdocsConfigFile.java",
          authService.resolve("src/test/java/com/myorg/auth/configs/MkdocsConfigFile.java"));
      log.did("wrote com.myorg.auth.configs.MkdocsConfigFile extends service-base's, replaces docs-theme's");
      // The build compiles again; docs-theme, a library of rig's, joins dependabot's rig-bases group.
      assertHealed(log.expectFail(mvn(authService, "test")), "updated .github/dependabot.yml",
          RECORD_UPDATED);
      log.expectPass(mvn(authService, "test"));
      assertEquals(new String(mkdocsBefore, StandardCharsets.UTF_8),
          ScenarioFiles.read(authService.resolve("mkdocs.yml")),
          "service-base's mkdocs.yml should still be the one in force");
    });
  }

  @Test
  @Order(9)
  @DisplayName("9. rig:new makes inventory-service from service-base's coordinates, and it builds")
  void aNewServiceInOneCommand() {
    log.step("mvn rig:new -Dbase=" + GROUP + ":service-base:1.0.0, then mvn verify", () -> {
      Path inventory = work.resolve("inventory-service");
      MavenResult created = log.expectPass(mvn(work,
          "dev.rig:rig-maven-plugin:" + InstalledRig.version() + ":new",
          "-Dbase=" + GROUP + ":service-base:1.0.0", "-DgroupId=" + GROUP,
          "-DartifactId=inventory-service"));
      log.show(created.excerpt("rig: created " + GROUP + ":inventory-service", "rig: next"));
      String pom = ScenarioFiles.read(inventory.resolve("pom.xml"));
      assertTrue(pom.contains("<artifactId>service-base</artifactId>"),
          "inventory-service should depend on service-base:\n" + pom);
      assertTrue(pom.contains("<artifactId>bcprov-jdk18on</artifactId>"),
          "inventory-service should have service-base's security requirement:\n" + pom);
      assertTrue(Files.exists(inventory.resolve("config/logging.yaml")), "config/logging.yaml");
      assertTrue(ScenarioFiles.read(inventory.resolve("mkdocs.yml")).contains("deep purple"), "mkdocs.yml");
      log.did("inventory-service has service-base's pom.xml, config/logging.yaml and mkdocs.yml");
      log.expectPass(mvn(inventory, "verify"));
    });
  }

  @Test
  @Order(10)
  @DisplayName("10. service-base drops a dependency: auth-service's next test run removes it")
  void aDependencyTheBaseDroppedIsRemoved() {
    log.step("service-base stops requiring io.sentry:sentry", () -> {
      ScenarioFiles.replaceOnce(
          serviceBase.resolve("src/main/java/com/myorg/servicebase/configs/PomConfigFile.java"),
          "    dependencies.add(\"io.sentry:sentry:8.63.0\"); // error tracking\n",
          "");
      log.did("removed io.sentry:sentry from service-base's PomConfigFile.java");
      // service-base's own pom heals on its own next build, as in step 2: rig:check at verify
      // would stop an install that skips the tests (and so the sync), so the tests run.
      assertHealed(log.expectFail(mvn(serviceBase, "install")), "updated pom.xml", RECORD_UPDATED);
      assertTrue(!ScenarioFiles.read(serviceBase.resolve("pom.xml")).contains("io.sentry"),
          "service-base's own pom.xml should no longer declare io.sentry:sentry");
      log.expectPass(mvn(serviceBase, "install"));
      Map<String, byte[]> before = ScenarioFiles.snapshot(authService);
      assertTrue(ScenarioFiles.read(authService.resolve("pom.xml")).contains("io.sentry"),
          "auth-service's pom.xml should declare io.sentry:sentry before the run");
      assertHealed(log.expectFail(mvn(authService, "test")), "updated pom.xml", RECORD_UPDATED);
      Map<String, byte[]> after = ScenarioFiles.snapshot(authService);
      assertEquals(List.of(RECORD, "pom.xml"), ScenarioFiles.changedFiles(before, after));
      String pom = new String(after.get("pom.xml"), StandardCharsets.UTF_8);
      assertTrue(!pom.contains("io.sentry"), "rig should have removed io.sentry:sentry:\n" + pom);
      assertTrue(pom.contains("<artifactId>bcprov-jdk18on</artifactId>"), pom);
      log.did("pom.xml no longer declares io.sentry:sentry; everything else is as it was");
      log.expectPass(mvn(authService, "test"));
    });
  }

  @Test
  @Order(11)
  @DisplayName("11. notification-service moves to backend-base: one nightly schedule, half an hour later")
  void aServiceMovedToADeeperBaseHasOneSchedule() {
    log.step("notification-service depends on backend-base instead of service-base", () -> {
      Path workflow = notificationService.resolve(".github/workflows/health_check.yml");
      assertTrue(ScenarioFiles.read(workflow).contains("- cron: 0 1 * * *"), "depth 2 before");
      ScenarioFiles.replaceOnce(notificationService.resolve("pom.xml"),
          "<artifactId>service-base</artifactId>", "<artifactId>backend-base</artifactId>");
      log.did("pom.xml: service-base -> backend-base");
      // a new base on the classpath needs a fresh compilation (see step 7)
      ScenarioFiles.deleteTree(notificationService.resolve("target"));
      MavenResult run = log.expectFail(mvn(notificationService, "test"));
      log.show(run.excerpt("rig updated these files", "commit the changes"));
      String text = ScenarioFiles.read(workflow);
      assertEquals(1, text.split("- cron:", -1).length - 1, "exactly one schedule:\n" + text);
      assertTrue(text.contains("- cron: 30 1 * * *"), "backend-base's services run at 01:30:\n" + text);
      log.did("health_check.yml has one schedule, 30 1 * * *");
    });
  }

  @Test
  @Order(12)
  @DisplayName("12. notification-service raises javaRelease() from 17 to 21: one Java badge")
  void aRaisedJavaReleaseLeavesOneBadge() {
    log.step("notification-service overrides javaRelease() with 21", () -> {
      ScenarioFiles.copyResource("NotificationPomConfigFile.java",
          notificationService.resolve("src/test/java/com/myorg/notification/configs/PomConfigFile.java"));
      log.did("wrote com.myorg.notification.configs.PomConfigFile: javaRelease() returns \"21\"");
      log.expectFail(mvn(notificationService, "test"));
      // The pom now says 21; this scenario's JDK may be 17, so the later builds compile for 17
      // (a command-line property wins over the pom's) while rig reads 21 from pom.xml.
      String jdk17 = "-Dmaven.compiler.release=17";
      MavenResult next = mvn(notificationService, "test", jdk17);
      if (next.exitCode() != 0) {
        // Until configs see the state being planned, README learns the release one run later.
        assertHealed(log.expectFail(next), "updated README.md", RECORD_UPDATED);
        log.expectPass(mvn(notificationService, "test", jdk17));
      } else {
        log.expectPass(next);
      }
      String readme = ScenarioFiles.read(notificationService.resolve("README.md"));
      assertEquals(1, readme.split("\\[!\\[Java ", -1).length - 1, "exactly one Java badge:\n" + readme);
      assertTrue(readme.contains("[![Java 21+]"), readme);
      assertTrue(ScenarioFiles.read(notificationService.resolve("pom.xml"))
          .contains("<maven.compiler.release>21</maven.compiler.release>"));
      log.did("README.md has one Java badge, 21+, where the 17+ one was");
    });
  }

  // -----------------------------------------------------------------------------------------------


  private static MavenResult mvn(Path project, String... args) throws Exception {
    return runs.mvn(project, args);
  }

  /**
   * Asserts that rig's test stopped the run after healing exactly the files given as
   * {@code "<verb> <path>"}, and shows the reader rig's report.
   */
  private static void assertHealed(MavenResult run, String... files) {
    assertEquals(List.of(files), log.healed(run), "the files rig healed");
  }


}
