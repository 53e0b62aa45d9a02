package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting rig in projects rig did not make (issue 19), as a user does it: an existing project,
 * {@code mvn dev.rig:rig-maven-plugin:init}, then {@code mvn verify}. Each project is written as a
 * team would have it, with its own test; what it inherits (Spring Boot's parent) is resolved from
 * Maven Central at test time, never copied here.
 *
 * <p>Every project is adopted once, in {@link #adoptEveryProject()}, two at a time (each nested
 * Maven run costs seconds); the tests then look at what the user sees: the pom before and after,
 * the output of {@code init} and of the first {@code verify}.
 */
class AdoptExistingProjectsTest {

  /** On the parent list of maven-partial.tsv: the Boot 3 line the service runs on. */
  static final String SPRING_BOOT = "3.5.7";

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path work;

  /** The pom of each project as the team wrote it, before adoption. */
  private static final Map<String, String> before = new LinkedHashMap<>();

  /** What {@code init} printed, by project. */
  private static final Map<String, ProcessResult> init = new LinkedHashMap<>();

  /** What the first {@code clean verify} after adoption printed, by project. */
  private static final Map<String, ProcessResult> verify = new LinkedHashMap<>();

  /** What a build between init and that {@code clean verify} printed, by project. */
  private static final Map<String, ProcessResult> between = new ConcurrentHashMap<>();

  /** Every file of a project (but target/) right after init, where a build in between ran. */
  private static final Map<String, Map<String, String>> filesAfterInit = new ConcurrentHashMap<>();

  /** The same files right after that build in between. */
  private static final Map<String, Map<String, String>> filesAfterBetween =
      new ConcurrentHashMap<>();

  /** The project folders, by the name the tests use. */
  private static final Map<String, Path> folders = new LinkedHashMap<>();

  @BeforeAll
  static void adoptEveryProject() throws Exception {
    InstalledRig.verify();
    folders.put("orders", work.resolve("orders"));
    folders.put("ledger", work.resolve("ledger"));
    folders.put("legacy", work.resolve("legacy"));
    folders.put("shop", work.resolve("shop"));
    folders.put("billing", work.resolve("billing"));
    folders.put("monorepo", work.resolve("monorepo/services/orders"));
    writeSpringBootService(folders.get("orders"));
    writeCommentedLibrary(folders.get("ledger"));
    writeJava8Library(folders.get("legacy"));
    writeMultiModuleBuild(folders.get("shop"));
    writeProjectUnderAParentWithoutProcessing(folders.get("billing"));
    writeProjectInAGitSubfolder(folders.get("monorepo"));
    for (String project : List.of("shop/shop-core", "shop/shop-app")) {
      before.put(project, Files.readString(work.resolve(project).resolve("pom.xml")));
    }
    Map<String, Callable<ProcessResult[]>> adoptions = new LinkedHashMap<>();
    adoptions.put("orders", () -> adoptThenVerifyWithoutClean("orders"));
    adoptions.put("ledger", () -> adopt(folders.get("ledger")));
    adoptions.put("legacy", () -> adoptAsJava8Library(folders.get("legacy")));
    adoptions.put("shop", () -> adopt(folders.get("shop")));
    adoptions.put("billing", () -> adoptUnderAParentWithoutProcessing("billing"));
    adoptions.put("monorepo", () -> adopt(folders.get("monorepo")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<ProcessResult[]>> runs = new LinkedHashMap<>();
      for (var adoption : adoptions.entrySet()) {
        String name = adoption.getKey();
        before.put(name, Files.readString(folders.get(name).resolve("pom.xml")));
        runs.put(name, pool.submit(adoption.getValue()));
      }
      for (var run : runs.entrySet()) {
        ProcessResult[] results = run.getValue().get();
        init.put(run.getKey(), results[0]);
        verify.put(run.getKey(), results[1]);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** init as docs/adopting.md says: the plan is written when asked, with {@code -Drig.apply}. */
  private static ProcessResult init(Path project) throws IOException, InterruptedException {
    return MavenRun.in(project)
        .with("-Drig.apply=true")
        .run("dev.rig:rig-maven-plugin:" + InstalledRig.version() + ":init");
  }

  /**
   * {@code init}, then the build init prints as the next step, from clean: init compiles the
   * project under its old pom, and the compiler plugin does not see that the pom now has
   * rig-processor (see {@link #verifyRightAfterInitStopsWithRigsNoRegistryMessage()}).
   */
  private static ProcessResult[] adopt(Path project) throws IOException, InterruptedException {
    ProcessResult adopted = init(project);
    if (!adopted.succeeded()) {
      return new ProcessResult[] {adopted, adopted};
    }
    return new ProcessResult[] {adopted, MavenRun.in(project).run("clean", "verify")};
  }

  /** {@link #adopt}, with the build a user who skips {@code clean} runs in between. */
  private static ProcessResult[] adoptThenVerifyWithoutClean(String name)
      throws IOException, InterruptedException {
    ProcessResult adopted = initThenBuild(name, "verify");
    if (!adopted.succeeded()) {
      return new ProcessResult[] {adopted, adopted};
    }
    return new ProcessResult[] {adopted, MavenRun.in(folders.get(name)).run("clean", "verify")};
  }

  /**
   * init, then a build whose output ({@link #between}) and files before and after it the tests
   * look at; returns what init printed, and builds nothing when init failed.
   */
  private static ProcessResult initThenBuild(String name, String... goals)
      throws IOException, InterruptedException {
    Path project = folders.get(name);
    ProcessResult adopted = init(project);
    if (!adopted.succeeded()) {
      return adopted;
    }
    Map<String, String> afterInit = files(project);
    ProcessResult build = MavenRun.in(project).run(goals);
    filesAfterInit.put(name, afterInit);
    between.put(name, build);
    filesAfterBetween.put(name, files(project));
    return adopted;
  }

  /**
   * A project whose parent turns annotation processing off: init, the build that stops, then the
   * fix docs/adopting.md gives ({@code <proc>full</proc>} in the project's own compiler
   * configuration) and the build again.
   */
  private static ProcessResult[] adoptUnderAParentWithoutProcessing(String name)
      throws IOException, InterruptedException {
    ProcessResult adopted = initThenBuild(name, "clean", "verify");
    if (!adopted.succeeded()) {
      return new ProcessResult[] {adopted, adopted};
    }
    Path project = folders.get(name);
    ProcessResult stopped = between.get(name);
    Path pom = project.resolve("pom.xml");
    String adoptedPom = Files.readString(pom);
    String processorPaths = "<configuration>\n          <annotationProcessorPaths>";
    if (!adoptedPom.contains(processorPaths)) {
      return new ProcessResult[] {adopted, stopped};
    }
    Files.writeString(
        pom,
        adoptedPom.replace(
            processorPaths,
            "<configuration>\n          <proc>full</proc>\n          <annotationProcessorPaths>"));
    return new ProcessResult[] {adopted, MavenRun.in(project).run("clean", "verify")};
  }

  /** Every file under {@code project} but {@code target/}, by path, with its text. */
  private static Map<String, String> files(Path project) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = project.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith("target/")) {
          files.put(relative, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }

  /**
   * What docs/adopting.md tells a library that targets Java 8: {@code init}, then its own {@code
   * PomConfigFile} whose release is 8, then {@code rig:sync}, then the build. {@code init} runs rig's
   * own defaults (the project has no configs yet), so the override can only come after it.
   */
  private static ProcessResult[] adoptAsJava8Library(Path project)
      throws IOException, InterruptedException {
    ProcessResult adopted = init(project);
    if (!adopted.succeeded()) {
      return new ProcessResult[] {adopted, adopted};
    }
    write(
        project.resolve("src/test/java/com/acme/legacy/configs/PomConfigFile.java"),
        """
        package com.acme.legacy.configs;

        import dev.rig.annotations.RigConfig;

        /** Our users still run Java 8: the library is compiled for it. */
        @RigConfig
        public class PomConfigFile extends dev.rig.runtime.configs.PomConfigFile {
          @Override
          protected String javaRelease() {
            return "8";
          }
        }
        """);
    ProcessResult synced = MavenRun.in(project).run("rig:sync");
    if (!synced.succeeded()) {
      return new ProcessResult[] {adopted, synced};
    }
    return new ProcessResult[] {adopted, MavenRun.in(project).run("clean", "verify")};
  }

  // --- 1. A Spring Boot service on spring-boot-starter-parent -------------------------------------

  @Test
  void aSpringBootServiceKeepsItsParentJavaVersionAndDependencyVersions() throws IOException {
    Expect.succeeded(init.get("orders"));
    String pom = pom("orders");

    Expect.contains(
        pom,
        """
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>%s</version>
            <relativePath/> <!-- lookup parent from repository -->
          </parent>
        """
            .formatted(SPRING_BOOT),
        "the adopted pom");
    Expect.contains(pom, "<java.version>17</java.version>", "the adopted pom");
    assertFalse(
        pom.contains("maven.compiler.release"),
        "java.version stays the one Java release, no second property beside it:\n" + pom);
    Expect.contains(
        pom,
        """
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot</artifactId>
            </dependency>
        """,
        "the adopted pom");
    Expect.contains(
        pom,
        """
            <dependency>
              <groupId>com.fasterxml.jackson.core</groupId>
              <artifactId>jackson-databind</artifactId>
            </dependency>
        """,
        "the adopted pom");
    Expect.contains(
        pom,
        """
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope>
            </dependency>
        """,
        "the adopted pom (JUnit is Spring Boot's to version)");
    for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
      assertFalse(
          Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>")
              .matcher(pom)
              .find(),
          plugin + " is Spring Boot's parent's to version:\n" + pom);
    }
    assertFalse(pom.contains("<pluginManagement>"), pom);
    assertOriginalLinesKept("orders");
  }

  @Test
  void aSpringBootServiceBuildsGreenAfterAdoption() {
    ProcessResult result = verify.get("orders");
    Expect.succeeded(result);
    Expect.printed(
        result,
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest",
        "Running com.acme.orders.OrdersApplicationTest",
        "All coverage checks have been met.");
  }

  /**
   * Classes compiled before init added rig-processor hold no registry of the project's own, and
   * Maven's incremental compile keeps them: init says to build from clean, and a build without
   * clean stops with rig's message instead of syncing the project with rig-runtime's registry.
   */
  @Test
  void verifyRightAfterInitStopsWithRigsNoRegistryMessage() {
    Expect.printed(init.get("orders"), "rig: next: mvn -B -ntp clean install");
    ProcessResult result = between.get("orders");
    Expect.failed(result, 1);
    Expect.printed(
        result,
        "[RigNoRegistry] no rig registry was generated for com.acme:orders",
        "dev.rig.runtime.configs.RigRegistry from dev.rig:rig-runtime:",
        "its classes were compiled before rig-processor was in its pom",
        "fix: build it from clean (mvn clean test-compile rig:check)");
    assertEquals(
        filesAfterInit.get("orders"),
        filesAfterBetween.get("orders"),
        "rig wrote nothing with rig-runtime's registry");
  }

  // --- 2. A pom with the team's own comments ---------------------------------------------------

  @Test
  void aCommentedPomKeepsEveryCommentAndEveryLineRigDoesNotNeedToChange() throws IOException {
    Expect.succeeded(init.get("ledger"));
    String after = pom("ledger");
    Matcher comment = Pattern.compile("(?s)<!--.*?-->").matcher(before.get("ledger"));
    int comments = 0;
    while (comment.find()) {
      comments++;
      Expect.contains(after, comment.group(), "the adopted pom");
    }
    assertEquals(9, comments, "the team's pom has nine comments");
    assertOriginalLinesKept("ledger");
    Expect.contains(
        after,
        """
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope> <!-- tests only -->
            </dependency>
        """,
        "the adopted pom (JUnit is the imported BOM's to version)");
    Expect.succeeded(verify.get("ledger"));
  }

  // --- 3. A multi-module build with its own parent ---------------------------------------------

  /**
   * init at the root of the reactor adopts the root and each module: the repository files go to
   * the root, the modules get only their pom, and the aggregator (packaging pom) gets no sources
   * and no build of its own, as Maven compiles nothing there.
   */
  @Test
  void aMultiModuleBuildIsAdoptedAtItsRootAndBuildsGreen() throws IOException {
    Expect.succeeded(init.get("shop"));
    for (String project : List.of("shop", "shop/shop-core", "shop/shop-app")) {
      assertOriginalLinesKept(project);
    }
    Path root = folders.get("shop");
    assertFalse(Files.exists(root.resolve("src")), "an aggregator gets no sources");
    String rootPom = pom("shop");
    for (String build : List.of("rig-runtime", "rig-processor", "jacoco", "rig-maven-plugin")) {
      assertFalse(rootPom.contains(build), "an aggregator gets no jar build:\n" + rootPom);
    }
    for (String rootFile : List.of("README.md", "LICENSE", ".github/workflows/health_check.yml")) {
      assertTrue(Files.exists(root.resolve(rootFile)), rootFile + " belongs at the root");
      for (String module : List.of("shop-core", "shop-app")) {
        assertFalse(
            Files.exists(root.resolve(module).resolve(rootFile)),
            rootFile + " belongs at the root, not in the module " + module);
      }
    }
    for (String module : List.of("shop/shop-core", "shop/shop-app")) {
      Expect.contains(pom(module), "<artifactId>rig-processor</artifactId>", module + "'s pom");
    }
    ProcessResult result = verify.get("shop");
    Expect.succeeded(result);
    Expect.printed(
        result,
        "Running com.acme.shop.core.PriceTest",
        "Running com.acme.shop.app.CheckoutTest",
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest");
  }

  // --- 4. A library that compiles for Java 8 ---------------------------------------------------

  @Test
  void aJava8LibraryThatSaysSoInItsOwnConfigStaysJava8() throws IOException {
    Expect.succeeded(init.get("legacy"));
    ProcessResult result = verify.get("legacy");
    Expect.succeeded(result);
    String pom = pom("legacy");
    Expect.contains(
        pom,
        """
            <maven.compiler.source>1.8</maven.compiler.source>
            <maven.compiler.target>1.8</maven.compiler.target>
            <maven.compiler.release>8</maven.compiler.release>
            <maven.compiler.testRelease>17</maven.compiler.testRelease>
        """,
        "the synced pom");
    // JUnit is the one line the standard changes: rig-runtime's check runs on JUnit 6, which the
    // tests can use now that they compile for 17.
    Expect.contains(
        pom,
        "<artifactId>junit-jupiter</artifactId>\n      <version>6.",
        "the synced pom");
    assertOriginalLinesKept("legacy", "      <version>5.12.2</version>");
    Expect.printed(result, "Running dev.rig.runtime.junit.ProjectFilesInSyncTest");
    assertEquals(
        52,
        classFileMajorVersion(work.resolve("legacy/target/classes/com/acme/legacy/Checksums.class")),
        "the library's classes are Java 8 class files");
    assertEquals(
        61,
        classFileMajorVersion(
            work.resolve("legacy/target/test-classes/com/acme/legacy/ChecksumsTest.class")),
        "the tests, which run rig-runtime and JUnit 6, are compiled for Java 17");
  }

  // --- 5. A project whose parent turns annotation processing off -------------------------------

  /**
   * The parent passes {@code <proc>none</proc>} to the compiler, so rig-processor never runs: rig
   * stops, names the cause, and writes nothing with rig-runtime's registry; the fix
   * docs/adopting.md gives makes the build green.
   */
  @Test
  void aParentWithProcNoneStopsRigUntilTheProjectTurnsProcessingBackOn() throws IOException {
    Expect.succeeded(init.get("billing"));
    ProcessResult stopped = between.get("billing");
    Expect.failed(stopped, 1);
    Expect.printed(
        stopped,
        "[RigNoRegistry] no rig registry was generated for com.acme:billing",
        "likely cause: <proc>none</proc> or -proc:none in the maven-compiler-plugin configuration,"
            + " often inherited from a parent pom");
    assertEquals(
        filesAfterInit.get("billing"),
        filesAfterBetween.get("billing"),
        "rig wrote nothing with rig-runtime's registry");
    ProcessResult fixed = verify.get("billing");
    Expect.succeeded(fixed);
    Expect.printed(
        fixed,
        "Running dev.rig.runtime.junit.ProjectFilesInSyncTest",
        "Running com.acme.billing.InvoiceTest");
  }

  // --- 6. A project in a subfolder of its git repository ---------------------------------------

  @Test
  void aProjectInAGitSubfolderGetsNoGithubFilesAndIsToldWhereTheyGo() throws IOException {
    ProcessResult adopted = init.get("monorepo");
    Expect.succeeded(adopted);
    Path project = folders.get("monorepo");
    assertFalse(Files.exists(project.resolve(".github")), "GitHub reads .github only at the top");
    Path top = work.resolve("monorepo");
    try (Stream<Path> atTop = Files.list(top)) {
      assertEquals(
          List.of(".git", "services"),
          atTop.map(path -> path.getFileName().toString()).sorted().toList(),
          "rig writes nothing above the project root");
    }
    Expect.printed(
        adopted,
        "rig: not written: these files belong at the top of the git repository, ",
        ".github/workflows/health_check.yml (its jobs run in services/orders:"
            + " defaults.run.working-directory)");
    assertTrue(Files.exists(project.resolve("README.md")), "README.md goes in the project");
    assertOriginalLinesKept("monorepo");
    ProcessResult result = verify.get("monorepo");
    Expect.succeeded(result);
    Expect.printed(result, "Running dev.rig.runtime.junit.ProjectFilesInSyncTest");
  }

  // --- what every case shares ------------------------------------------------------------------

  private static String pom(String project) throws IOException {
    return Files.readString(folders.getOrDefault(project, work.resolve(project)).resolve("pom.xml"));
  }

  /**
   * Every line of the team's pom is still there, in its order and byte for byte: rig adds what
   * its standards need and changes nothing else, except the lines in {@code raisedByTheStandard}:
   * versions the standard raises.
   */
  private static void assertOriginalLinesKept(String project, String... raisedByTheStandard)
      throws IOException {
    List<String> original = new ArrayList<>(before.get(project).lines().toList());
    original.removeAll(List.of(raisedByTheStandard));
    List<String> adopted = pom(project).lines().toList();
    int at = 0;
    List<String> lost = new ArrayList<>();
    for (String line : original) {
      int found = adopted.subList(at, adopted.size()).indexOf(line);
      if (found < 0) {
        lost.add(line);
      } else {
        at += found + 1;
      }
    }
    if (!lost.isEmpty()) {
      fail(
          project
              + "'s own lines were changed, moved or removed by adoption:\n"
              + String.join("\n", lost)
              + "\n--- the adopted pom:\n"
              + pom(project));
    }
  }

  private static int classFileMajorVersion(Path classFile) throws IOException {
    byte[] bytes = Files.readAllBytes(classFile);
    return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /**
   * A service as start.spring.io makes it, cut down to two starters' worth: its parent, {@code
   * java.version}, dependencies without versions, and a test with JUnit from Spring's BOM.
   */
  private static void writeSpringBootService(Path project) throws IOException {
    write(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        \txsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>%s</version>
            <relativePath/> <!-- lookup parent from repository -->
          </parent>
          <groupId>com.acme</groupId>
          <artifactId>orders</artifactId>
          <version>0.0.1-SNAPSHOT</version>
          <name>orders</name>
          <description>Takes the orders of every Acme shop</description>
          <properties>
            <java.version>17</java.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot</artifactId>
            </dependency>
            <dependency>
              <groupId>com.fasterxml.jackson.core</groupId>
              <artifactId>jackson-databind</artifactId>
            </dependency>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope>
            </dependency>
          </dependencies>
        </project>
        """
            .formatted(SPRING_BOOT));
    write(
        project.resolve("src/main/java/com/acme/orders/Orders.java"),
        """
        package com.acme.orders;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import java.util.Map;

        public interface Orders {
          static String toJson(String id) throws Exception {
            return new ObjectMapper().writeValueAsString(Map.of("id", id));
          }
        }
        """);
    write(
        project.resolve("src/test/java/com/acme/orders/OrdersApplicationTest.java"),
        """
        package com.acme.orders;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class OrdersApplicationTest {
          @Test
          void writesAnOrder() throws Exception {
            assertEquals("{\\"id\\":\\"A-1\\"}", Orders.toJson("A-1"));
          }
        }
        """);
  }

  /**
   * A plain library whose pom the team wrote by hand: a licence header, comments between and
   * inside elements, a profile and a plugin section of its own.
   */
  private static void writeCommentedLibrary(Path project) throws IOException {
    write(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!--
          Copyright 2024 Acme Ledger authors.
          Licensed under the Apache License, Version 2.0 (the "License");
          you may not use this file except in compliance with the License.
        -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>

          <!-- Coordinates: never change the groupId, clients pin it. -->
          <groupId>com.acme</groupId>
          <artifactId>ledger</artifactId>
          <version>2.3.0-SNAPSHOT</version>
          <name>Ledger</name>
          <description>Double-entry bookkeeping for Acme's services.</description>

          <properties>
            <maven.compiler.release>17</maven.compiler.release><!-- LTS only -->
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <!--   keep in step with the JUnit BOM below   -->
            <junit.version>5.12.2</junit.version>
          </properties>

          <dependencyManagement>
            <dependencies>
              <!-- JUnit's BOM: the one place its version is set -->
              <dependency>
                <groupId>org.junit</groupId>
                <artifactId>junit-bom</artifactId>
                <version>${junit.version}</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>

          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope> <!-- tests only -->
            </dependency>
          </dependencies>

          <build>
            <pluginManagement>
              <plugins>
                <!-- pinned: Maven 3's defaults cannot compile for 17 nor run JUnit 5 -->
                <plugin>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.14.1</version>
                </plugin>
                <plugin>
                  <artifactId>maven-surefire-plugin</artifactId>
                  <version>3.5.4</version>
                </plugin>
              </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <artifactId>maven-jar-plugin</artifactId>
                <configuration>
                  <archive>
                    <manifestEntries>
                      <!-- read by the ops dashboard -->
                      <Automatic-Module-Name>com.acme.ledger</Automatic-Module-Name>
                    </manifestEntries>
                  </archive>
                </configuration>
              </plugin>
            </plugins>
          </build>

          <profiles>
            <!-- mvn -Pfast: no tests, for the docs build -->
            <profile>
              <id>fast</id>
              <properties>
                <skipTests>true</skipTests>
              </properties>
            </profile>
          </profiles>
        </project>
        """);
    write(
        project.resolve("src/main/java/com/acme/ledger/Ledger.java"),
        """
        package com.acme.ledger;

        public interface Ledger {
          static long balance(long debit, long credit) {
            return debit - credit;
          }
        }
        """);
    write(
        project.resolve("src/test/java/com/acme/ledger/LedgerTest.java"),
        """
        package com.acme.ledger;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class LedgerTest {
          @Test
          void balances() {
            assertEquals(3, Ledger.balance(5, 2));
          }
        }
        """);
  }

  /**
   * A build of two modules under an aggregator that is their parent too: it pins the plugins and
   * the Java release, the modules only name their parent and their dependencies.
   */
  private static void writeMultiModuleBuild(Path root) throws IOException {
    write(
        root.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme.shop</groupId>
          <artifactId>shop</artifactId>
          <version>3.0.0-SNAPSHOT</version>
          <packaging>pom</packaging>
          <name>Shop</name>
          <description>The Acme shop: its prices and its checkout.</description>
          <modules>
            <module>shop-core</module>
            <module>shop-app</module>
          </modules>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>com.acme.shop</groupId>
                <artifactId>shop-core</artifactId>
                <version>${project.version}</version>
              </dependency>
              <dependency>
                <groupId>org.junit.jupiter</groupId>
                <artifactId>junit-jupiter</artifactId>
                <version>%s</version>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <build>
            <pluginManagement>
              <plugins>
                <plugin>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.14.1</version>
                </plugin>
                <plugin>
                  <artifactId>maven-surefire-plugin</artifactId>
                  <version>3.5.4</version>
                </plugin>
              </plugins>
            </pluginManagement>
          </build>
        </project>
        """
            .formatted(InstalledRig.junitVersion()));
    writeModule(root, "shop-core", "", "core", "Price", "static long withTax(long cents) { return cents * 120 / 100; }", "assertEquals(120, Price.withTax(100));");
    writeModule(
        root,
        "shop-app",
        """
            <dependency>
              <groupId>com.acme.shop</groupId>
              <artifactId>shop-core</artifactId>
            </dependency>
        """,
        "app",
        "Checkout",
        "static long total(long cents) { return com.acme.shop.core.Price.withTax(cents); }",
        "assertEquals(240, Checkout.total(200));");
  }

  private static void writeModule(
      Path root,
      String module,
      String dependencies,
      String packageName,
      String type,
      String method,
      String assertion)
      throws IOException {
    Path folder = root.resolve(module);
    write(
        folder.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>com.acme.shop</groupId>
            <artifactId>shop</artifactId>
            <version>3.0.0-SNAPSHOT</version>
          </parent>
          <artifactId>%s</artifactId>
          <dependencies>
        %s    <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope>
            </dependency>
          </dependencies>
        </project>
        """
            .formatted(module, dependencies));
    writeSourceAndTest(folder, "com.acme.shop." + packageName, type, method, assertion);
  }

  /**
   * A service under the company's parent (beside it, found by {@code <relativePath>}), which turns
   * annotation processing off for every project that inherits it, as some parents do to keep
   * stray processors out of their builds.
   */
  private static void writeProjectUnderAParentWithoutProcessing(Path project) throws IOException {
    write(
        project.resolveSibling("acme-parent").resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>acme-parent</artifactId>
          <version>7</version>
          <packaging>pom</packaging>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <build>
            <pluginManagement>
              <plugins>
                <plugin>
                  <artifactId>maven-compiler-plugin</artifactId>
                  <version>3.14.1</version>
                  <configuration>
                    <proc>none</proc>
                  </configuration>
                </plugin>
                <plugin>
                  <artifactId>maven-surefire-plugin</artifactId>
                  <version>3.5.4</version>
                </plugin>
              </plugins>
            </pluginManagement>
          </build>
        </project>
        """);
    write(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>com.acme</groupId>
            <artifactId>acme-parent</artifactId>
            <version>7</version>
            <relativePath>../acme-parent/pom.xml</relativePath>
          </parent>
          <artifactId>billing</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <name>Billing</name>
          <description>Sends Acme's invoices.</description>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
        </project>
        """
            .formatted(InstalledRig.junitVersion()));
    writeSourceAndTest(
        project, "com.acme.billing", "Invoice", "static long total(long net) { return net * 2; }",
        "assertEquals(4, Invoice.total(2));");
  }

  /** A plain service in {@code services/orders} of the git repository that holds it. */
  private static void writeProjectInAGitSubfolder(Path project) throws Exception {
    Path top = Files.createDirectories(work.resolve("monorepo"));
    OrgRollout.git(top, "init", "-q");
    write(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>orders</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <name>Orders</name>
          <description>Takes the orders of every Acme shop.</description>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.14.1</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(InstalledRig.junitVersion()));
    writeSourceAndTest(
        project, "com.acme.orders", "Order", "static String id(long n) { return \"O-\" + n; }",
        "assertEquals(\"O-1\", Order.id(1));");
  }

  private static void writeSourceAndTest(
      Path project, String pkg, String type, String method, String assertion) throws IOException {
    String dir = pkg.replace('.', '/') + "/";
    write(
        project.resolve("src/main/java/" + dir + type + ".java"),
        "package %s;\n\npublic interface %s {\n  %s\n}\n".formatted(pkg, type, method));
    write(
        project.resolve("src/test/java/" + dir + type + "Test.java"),
        """
        package %s;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class %sTest {
          @Test
          void works() {
            %s
          }
        }
        """
            .formatted(pkg, type, assertion));
  }

  /** A library still compiled for Java 8, with JUnit 5 (JUnit 6 needs Java 17). */
  private static void writeJava8Library(Path project) throws IOException {
    write(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>legacy</artifactId>
          <version>1.9.0-SNAPSHOT</version>
          <name>Legacy</name>
          <description>Checksums for the Acme clients that still run Java 8.</description>
          <properties>
            <maven.compiler.source>1.8</maven.compiler.source>
            <maven.compiler.target>1.8</maven.compiler.target>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>5.12.2</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
        </project>
        """);
    write(
        project.resolve("src/main/java/com/acme/legacy/Checksums.java"),
        """
        package com.acme.legacy;

        public interface Checksums {
          static int of(byte[] bytes) {
            int sum = 0;
            for (byte b : bytes) {
              sum = 31 * sum + b;
            }
            return sum;
          }
        }
        """);
    write(
        project.resolve("src/test/java/com/acme/legacy/ChecksumsTest.java"),
        """
        package com.acme.legacy;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class ChecksumsTest {
          @Test
          void sums() {
            assertEquals(31 + 2, Checksums.of(new byte[] {1, 2}));
          }
        }
        """);
  }
}
