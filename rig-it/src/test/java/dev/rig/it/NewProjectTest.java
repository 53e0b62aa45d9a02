package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A new service from service-base" in one command: a base made with {@code init}, switched to a
 * library of standards (rig-runtime provided), given its own config and a pom override, installed; then the base's {@code RigMain new} makes a service that
 * depends on it, carries the base's standards and passes {@code mvn verify} at once.
 *
 * <p>The base is installed into the local repository as {@code dev.rig.it.sample:service-base}, a
 * name no real project uses.
 */
class NewProjectTest {

  private static final String BASE_PACKAGE = "dev.rig.it.sample.servicebase";

  @TempDir static Path folder;

  private static Path base;

  @BeforeAll
  static void serviceBaseIsInstalled() throws Exception {
    InstalledRig.verify();
    base = installedServiceBase();
  }

  @Test
  void aServiceMadeFromABasePassesVerifyWithTheBasesStandards() throws Exception {
    Path service = folder.resolve("inventory-service");

    ProcessResult created =
        RigCommandLine.of(base)
            .withOwnClasses()
            .run(
                folder,
                BASE_PACKAGE + ".RigMain",
                "new",
                "inventory-service",
                "--group",
                "dev.rig.it.sample",
                "--artifact",
                "inventory-service");

    Expect.succeeded(created);
    Expect.printed(
        created,
        "created   config/logging.yaml",
        "rig: created dev.rig.it.sample:inventory-service in inventory-service, on"
            + " dev.rig.it.sample:service-base:1.0.0-SNAPSHOT",
        "rig: next: cd inventory-service && mvn -B -ntp install");
    String pom = Files.readString(service.resolve("pom.xml"));
    Expect.contains(pom, "<artifactId>service-base</artifactId>", "the service's pom");
    Expect.contains(pom, "<rig.coverage.minimum>0.85</rig.coverage.minimum>", "the service's pom");
    Expect.contains(
        Files.readString(service.resolve(".github/workflows/health_check.yml")),
        "cron: 0 1 * * *",
        "the service's health check (depth 2)");

    ProcessResult verify = MavenRun.in(service).run("verify");

    Expect.succeeded(verify);
    Expect.printed(verify, "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");

    ProcessResult check =
        RigCommandLine.of(service)
            .withOwnClasses()
            .run(service, "dev.rig.it.sample.inventoryservice.RigMain", "check");

    assertEquals(0, check.exitCode(), check::toString);
    Expect.printed(check, "rig: 21 files checked, all in sync");
  }

  @Test
  void aFolderThatIsNotEmptyIsRefused() throws Exception {
    Path taken = Files.createDirectories(folder.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine\n");

    ProcessResult refused =
        RigCommandLine.of(base)
            .withOwnClasses()
            .run(
                folder,
                BASE_PACKAGE + ".RigMain",
                "new",
                "taken",
                "--group",
                "dev.rig.it.sample",
                "--artifact",
                "x");

    assertEquals(2, refused.exitCode(), refused::toString);
    Expect.printed(refused, "rig: error: taken exists and is not empty");
    assertFalse(Files.exists(taken.resolve("pom.xml")));
  }

  /**
   * service-base as the seed makes it: init, a shared logging config, a pom that lowers the
   * coverage minimum; its first build heals the pom to its own standard and fails, the second
   * passes and installs it.
   */
  private static Path installedServiceBase() throws Exception {
    Path base = Files.createDirectories(folder.resolve("service-base"));
    Files.writeString(
        base.resolve("pom.xml"), InitProjectTest.minimalPom("dev.rig.it.sample", "service-base"));
    Expect.succeeded(
        RigCommandLine.of(base)
            .run(base, "dev.rig.runtime.configs.RigMain", "init", "--package", BASE_PACKAGE));
    // init made a service (rig-runtime for tests only); a library of standards compiles its
    // config classes against rig-runtime, provided, as docs/getting-started.md has the user do.
    Path pom = base.resolve("pom.xml");
    String service = Files.readString(pom);
    String library =
        service.replaceFirst(
            "(<artifactId>rig-runtime</artifactId>\\s*<version>[^<]*</version>\\s*)"
                + "<scope>test</scope>",
            "$1<scope>provided</scope>");
    assertNotEquals(service, library, "init's pom should declare rig-runtime with test scope");
    Files.writeString(pom, library);
    Path configs =
        Files.createDirectories(
            base.resolve("src/main/java/" + BASE_PACKAGE.replace('.', '/') + "/configs"));
    Files.writeString(
        configs.resolve("LoggingConfigFile.java"),
        """
        package %s.configs;

        import dev.rig.annotations.RigConfig;
        import dev.rig.runtime.Tree;
        import dev.rig.runtime.format.YamlConfigFile;
        import java.nio.file.Path;
        import java.util.Map;

        /** Shared logging configuration for all services. */
        @RigConfig
        public class LoggingConfigFile extends YamlConfigFile {
          @Override
          protected Path parentPath() {
            return Path.of("config");
          }

          @Override
          protected Map<String, Object> configs() {
            return Tree.map("logging", Tree.map("version", 1, "root", Tree.map("level", "INFO")));
          }
        }
        """
            .formatted(BASE_PACKAGE));
    Files.writeString(
        configs.resolve("PomConfigFile.java"),
        """
        package %s.configs;

        import dev.rig.annotations.RigConfig;

        /** Services are held to 85%% coverage. */
        @RigConfig
        public class PomConfigFile extends dev.rig.runtime.configs.PomConfigFile {
          @Override
          protected String coverageMinimum() {
            return "0.85";
          }
        }
        """
            .formatted(BASE_PACKAGE));

    ProcessResult first = MavenRun.in(base).run("install");
    Expect.failed(first, 1);
    Expect.printed(
        first,
        "rig updated these files: review the changes and commit them.",
        "+    <rig.coverage.minimum>0.85</rig.coverage.minimum>");
    Expect.succeeded(MavenRun.in(base).run("install"));
    return base;
  }
}
