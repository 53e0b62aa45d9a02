package dev.rig.runtime.internal.cli;

import static dev.rig.runtime.testing.Git.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.PomFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where rig's defaults go: a module of a multi-module build gets only module files, a project
 * with a parent that does not list it (spring-boot-starter-parent) is a project of its own, and a
 * project in a subfolder of its git repository gets no {@code .github} files (GitHub reads them
 * only at the repository's top), told as notices, with nothing written above its root.
 */
class WhereFilesGoTest {

  private static final List<String> REPOSITORY_FILES =
      List.of(
          "README.md",
          "LICENSE",
          "CONTRIBUTING.md",
          "SECURITY.md",
          "CODE_OF_CONDUCT.md",
          "mkdocs.yml",
          "docs/index.md",
          ".gitignore",
          ".editorconfig",
          ".github/workflows/health_check.yml",
          ".github/dependabot.yml");

  private static final List<String> GITHUB_FILES =
      List.of(
          ".github/CODEOWNERS",
          ".github/ISSUE_TEMPLATE/bug_report.yml",
          ".github/ISSUE_TEMPLATE/config.yml",
          ".github/ISSUE_TEMPLATE/feature_request.yml",
          ".github/dependabot.yml",
          ".github/pull_request_template.md",
          ".github/workflows/deploy_docs.yml",
          ".github/workflows/heal.yml",
          ".github/workflows/health_check.yml",
          ".github/workflows/release.yml");

  @TempDir Path folder;

  @Test
  void aModuleOfAMultiModuleBuildGetsOnlyModuleFiles() throws IOException {
    Path build = Files.createDirectories(folder.resolve("shop"));
    write(build.resolve("pom.xml"), aggregator("<module>orders-api</module>"));
    Path module = Files.createDirectories(build.resolve("orders-api"));
    write(module.resolve("pom.xml"), pom("orders-api", parent("")));

    CliRun run = sync(module);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String path : REPOSITORY_FILES) {
      assertFalse(Files.exists(module.resolve(path)), path + " in the module:\n" + run.out());
    }
    assertEquals(List.of("orders-api", "pom.xml"), names(build), "nothing written at the build's root");
    assertEquals(List.of(".rig", "pom.xml"), names(module), run.out());
    assertTrue(run.out().startsWith("updated   pom.xml\nrig: 1 file checked,"), run.out());
    assertEquals(0, check(module).exitCode());
  }

  /**
   * The root of a multi-module build is an aggregator (packaging {@code pom}) and often the
   * modules' parent: it gets the repository files, but no sources and no build, as Maven compiles
   * and tests nothing there (rig's check in its build would find no registry of its own).
   */
  @Test
  void anAggregatorAtTheRootGetsTheRepositoryFilesButNoSourcesAndNoBuild() throws IOException {
    Path build = Files.createDirectories(folder.resolve("shop"));
    write(build.resolve("pom.xml"), aggregator("<module>orders-api</module>"));

    CliRun run =
        CliRun.rig(
            new DefaultsRegistry("com.acme:shop:1.0.0", "com.acme.shop", 1),
            "init",
            "--apply",
            "--root",
            build.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String path : REPOSITORY_FILES) {
      assertTrue(Files.isRegularFile(build.resolve(path)), path + " missing:\n" + run.out());
    }
    assertFalse(Files.exists(build.resolve("src")), "sources in an aggregator:\n" + run.out());
    String pom = Files.readString(build.resolve("pom.xml"));
    assertFalse(pom.contains("<dependencies>"), pom);
    assertFalse(pom.contains("<build>"), pom);
    assertTrue(pom.contains("<packaging>pom</packaging>"), pom);
    assertEquals(0, check(build).exitCode());
  }

  @Test
  void aModuleFoundThroughItsParentsRelativePathOrAProfileIsAModuleToo() throws IOException {
    Path build = Files.createDirectories(folder.resolve("shop"));
    Path parent = Files.createDirectories(build.resolve("parent"));
    write(
        parent.resolve("pom.xml"),
        aggregator("</modules><profiles><profile><id>all</id><modules>"
            + "<module>../orders-api/pom.xml</module></modules></profile></profiles><modules>"));
    Path module = Files.createDirectories(build.resolve("orders-api"));
    write(module.resolve("pom.xml"), pom("orders-api", parent("<relativePath>../parent</relativePath>")));

    CliRun run = sync(module);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(".rig", "pom.xml"), names(module), run.out());
  }

  /**
   * A Spring Boot service names spring-boot-starter-parent, which does not list it; and the pom of
   * the folder above (an aggregator that builds other projects) does not list it either.
   */
  @Test
  void aProjectWithAParentThatDoesNotListItGetsEveryFile() throws IOException {
    write(folder.resolve("pom.xml"), aggregator("<module>billing</module>"));
    Path root = Files.createDirectories(folder.resolve("orders"));
    write(
        root.resolve("pom.xml"),
        pom(
            "orders",
            "<parent><groupId>org.springframework.boot</groupId>"
                + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.0</version>"
                + "<relativePath/></parent>"));

    CliRun run = sync(root);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String path : REPOSITORY_FILES) {
      assertTrue(Files.isRegularFile(root.resolve(path)), path + " missing:\n" + run.out());
    }
    assertFalse(run.out().contains("not written"), run.out());
  }

  @Test
  void aProjectInAGitSubfolderGetsNoGithubFilesAndIsToldWhereTheyGo() throws Exception {
    Path repository = Files.createDirectories(folder.resolve("monorepo"));
    git(repository, "init", "-q");
    Path root = Files.createDirectories(repository.resolve("services/orders"));
    write(root.resolve("pom.xml"), pom("orders", ""));

    CliRun run = sync(root);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(List.of(".git", "services"), names(repository), "nothing written above the root");
    assertEquals(List.of("orders"), names(repository.resolve("services")));
    assertFalse(Files.exists(root.resolve(".github")), run.out());
    for (String path : REPOSITORY_FILES) {
      if (!path.startsWith(".github/")) {
        assertTrue(Files.isRegularFile(root.resolve(path)), path + " missing:\n" + run.out());
      }
    }
    StringBuilder notice =
        new StringBuilder("rig: not written: these files belong at the top of the git repository, ")
            .append(repository.toRealPath())
            .append(", where GitHub reads them, and rig writes nothing outside the project root;")
            .append(" add them there yourself:\n");
    for (String path : GITHUB_FILES) {
      notice.append("    ").append(path);
      if (path.startsWith(".github/workflows/")) {
        notice.append(" (its jobs run in services/orders: defaults.run.working-directory)");
      }
      notice.append('\n');
    }
    assertTrue(run.out().contains(notice), notice + "\nin:\n" + run.out());

    CliRun check = check(root);
    assertEquals(0, check.exitCode(), check.out());
    assertTrue(check.out().contains(notice), check.out());
  }

  /**
   * A project that an earlier rig gave {@code .github} files in its subfolder keeps them: rig
   * writes nothing there now, deletes nothing either, and keeps what it required of them.
   */
  @Test
  void githubFilesAnEarlierSyncWroteInASubfolderAreLeftAsTheyAre() throws Exception {
    Path repository = Files.createDirectories(folder.resolve("monorepo"));
    Path root = Files.createDirectories(repository.resolve("orders"));
    write(root.resolve("pom.xml"), pom("orders", ""));
    assertEquals(0, sync(root).exitCode());
    String workflow = Files.readString(root.resolve(".github/workflows/health_check.yml"));
    String record = Files.readString(root.resolve(".rig/required.json"));

    git(repository, "init", "-q");
    CliRun run = sync(root);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(workflow, Files.readString(root.resolve(".github/workflows/health_check.yml")));
    assertEquals(record, Files.readString(root.resolve(".rig/required.json")));
    assertFalse(run.out().contains("deleted"), run.out());
    assertEquals(0, check(root).exitCode());
  }

  /**
   * A README an earlier sync wrote whole into what is now a module goes, as the file of a config
   * that left the chain does; one the user changed since stays.
   */
  @Test
  void aModuleLosesTheRepositoryFilesRigWroteThereOnlyWhereNobodyChangedThem() throws IOException {
    Path build = Files.createDirectories(folder.resolve("shop"));
    Path module = Files.createDirectories(build.resolve("orders-api"));
    write(module.resolve("pom.xml"), pom("orders-api", parent("")));
    assertEquals(0, sync(module).exitCode());
    Files.writeString(
        module.resolve("CONTRIBUTING.md"), "Ask in #orders first.\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    write(build.resolve("pom.xml"), aggregator("<module>orders-api</module>"));
    CliRun run = sync(module);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "deleted   README.md\n          rig does not manage it in a module of a"
                    + " multi-module build: it belongs to the build's root\n"),
        run.out());
    assertFalse(Files.exists(module.resolve("README.md")));
    assertFalse(Files.exists(module.resolve(".github/workflows/health_check.yml")));
    assertTrue(Files.readString(module.resolve("CONTRIBUTING.md")).contains("#orders"));
  }

  private static CliRun sync(Path root) {
    return run("sync", root);
  }

  private static CliRun check(Path root) {
    return run("check", root);
  }

  /** rig's defaults as the project's own registry: compiled with the coordinates its pom names. */
  private static CliRun run(String command, Path root) {
    String module = PomFacts.of(root).module().orElseThrow();
    return CliRun.rig(
        new DefaultsRegistry(module + ":1.0.0", "com.acme.orders", 1),
        command,
        "--root",
        root.toString());
  }

  private static String parent(String relativePath) {
    return "<parent><groupId>com.acme</groupId><artifactId>shop</artifactId>"
        + "<version>1.0.0</version>" + relativePath + "</parent>";
  }

  private static String pom(String artifactId, String parent) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  "
        + parent + "\n  <groupId>com.acme</groupId>\n  <artifactId>" + artifactId
        + "</artifactId>\n  <version>1.0.0</version>\n</project>\n";
  }

  private static String aggregator(String modules) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>"
        + "<artifactId>shop</artifactId><version>1.0.0</version><packaging>pom</packaging>"
        + "<modules>" + modules + "</modules></project>\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The names in {@code dir}, sorted, without rig's lock file. */
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.equals(".rig.lock"))
          .sorted()
          .toList();
    }
  }
}
