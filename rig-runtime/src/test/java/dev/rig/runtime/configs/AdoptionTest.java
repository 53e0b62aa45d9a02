package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.configs.facts.RigVersions;
import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rig's defaults meeting the services a team already has (issue 19): a parent, a BOM, Spring
 * Boot's {@code java.version}, an existing README, LICENSE, .gitignore and dependabot.yml. Each
 * case is what {@code sync} writes into the project's own file.
 */
class AdoptionTest {

  @TempDir Path folder;

  static final String SPRING_BOOT_POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>org.springframework.boot</groupId>
          <artifactId>spring-boot-starter-parent</artifactId>
          <version>3.5.0</version>
          <relativePath/>
        </parent>
        <groupId>com.acme</groupId>
        <artifactId>auth-service</artifactId>
        <version>1.4.0-SNAPSHOT</version>
        <properties>
          <java.version>21</java.version>
          <project.build.outputTimestamp>2026-03-01T00:00:00Z</project.build.outputTimestamp>
        </properties>
        <dependencies>
          <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-web</artifactId>
          </dependency>
        </dependencies>
      </project>
      """;

  private String sync(ConfigFile<?> config, String pom, String existing)
      throws MalformedFileException {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service")).write("pom.xml", pom);
    return config.attach(fixture.project()).plan(existing).orElse(existing);
  }

  private String syncPom(String pom) throws MalformedFileException {
    return sync(new PomConfigFile(), pom, pom);
  }

  @Test
  void underAParentMavensOwnPluginsAreTheParentsToVersion() throws MalformedFileException {
    String after = syncPom(SPRING_BOOT_POM);
    assertFalse(after.contains("<pluginManagement>"), after);
    assertTrue(after.contains("<artifactId>maven-compiler-plugin</artifactId>\n"), after);
    assertFalse(
        after.contains("<version>" + RigVersions.get("maven-compiler-plugin") + "</version>"),
        after);
    assertFalse(
        after.contains("<version>" + RigVersions.get("maven-surefire-plugin") + "</version>"),
        after);
    assertTrue(
        after.contains("<version>" + RigVersions.get("jacoco-maven-plugin") + "</version>"),
        "a plugin Maven's parents do not manage keeps its pin: " + after);
  }

  @Test
  void javaVersionIsTheReleaseAndIsNeverLowered() throws MalformedFileException {
    String after = syncPom(SPRING_BOOT_POM);
    assertFalse(after.contains("maven.compiler.release"), after);
    assertTrue(after.contains("<java.version>21</java.version>"), after);
    assertTrue(after.contains("<version>[${java.version},)</version>"), after);

    String ownPom =
        SPRING_BOOT_POM.replaceAll("(?s)<parent>.*</parent>", "").replace(">21<", ">11<");
    String own = syncPom(ownPom);
    assertTrue(after.contains("<java.version>21</java.version>"), after);
    assertTrue(own.contains("<java.version>17</java.version>"), own);
    assertTrue(
        own.contains("<maven.compiler.release>${java.version}</maven.compiler.release>"),
        "without a parent that maps it, the compiler reads java.version: " + own);
  }

  static final String JAVA_8_POM =
      ProjectFixture.POM.replace(
          "    <maven.compiler.release>17</maven.compiler.release>\n",
          """
              <maven.compiler.source>1.8</maven.compiler.source>
              <maven.compiler.target>1.8</maven.compiler.target>
          """);

  /** A library whose users still run Java 8 says so in its own config. */
  static class Java8Pom extends PomConfigFile {
    @Override
    protected String javaRelease() {
      return "8";
    }
  }

  static class Java18Pom extends PomConfigFile {
    @Override
    protected String javaRelease() {
      return "1.8";
    }
  }

  @Test
  void aLibraryThatTargetsJava8KeepsItsMainReleaseAndCompilesItsTestsFor17()
      throws MalformedFileException {
    String after = sync(new Java8Pom(), JAVA_8_POM, JAVA_8_POM);
    assertTrue(
        after.contains(
            """
                <maven.compiler.source>1.8</maven.compiler.source>
                <maven.compiler.target>1.8</maven.compiler.target>
                <maven.compiler.release>8</maven.compiler.release>
                <maven.compiler.testRelease>17</maven.compiler.testRelease>
            """),
        "source/target stay, the release says 8 (javac's --release checks the Java 8 API), and"
            + " the tests compile for rig-runtime's and JUnit's 17: "
            + after);
    assertTrue(
        after.contains("<version>[${maven.compiler.testRelease},)</version>"),
        "the build needs a JDK that compiles the tests: " + after);
    for (String line : JAVA_8_POM.split("\n")) {
      // <project> gains its schema attributes; every other line is kept as it was.
      assertTrue(line.startsWith("<project") || after.contains(line + "\n"), "kept: " + line);
    }
    assertEquals(after, sync(new Java8Pom(), JAVA_8_POM, after), "a second sync changes nothing");
    assertEquals(
        after,
        sync(new Java18Pom(), JAVA_8_POM, JAVA_8_POM),
        "\"1.8\" is release 8: javac's --release does not take 1.8");
    String raised = syncPom(JAVA_8_POM);
    assertEquals(
        after,
        sync(new Java8Pom(), raised, raised),
        "the library's config, written after init raised it to 17, takes it back to 8");
  }

  @Test
  void withoutAnOverrideAJava8PomIsRaisedToTheStandardsRelease() throws MalformedFileException {
    String after = syncPom(JAVA_8_POM);
    assertTrue(after.contains("<maven.compiler.release>17</maven.compiler.release>"), after);
    assertFalse(after.contains("testRelease"), after);
    assertTrue(after.contains("<version>[${maven.compiler.release},)</version>"), after);
  }

  @Test
  void aNewerTestReleaseOfTheProjectsOwnIsKept() throws MalformedFileException {
    String pom =
        JAVA_8_POM.replace(
            "</properties>",
            "  <maven.compiler.testRelease>21</maven.compiler.testRelease>\n  </properties>");
    String after = sync(new Java8Pom(), pom, pom);
    assertTrue(after.contains("<maven.compiler.testRelease>21</maven.compiler.testRelease>"), after);
    assertFalse(after.contains("<maven.compiler.testRelease>17<"), after);

    String older = pom.replace(">21<", ">11<");
    assertTrue(
        sync(new Java8Pom(), older, older)
            .contains("<maven.compiler.testRelease>17</maven.compiler.testRelease>"),
        "11 cannot compile tests against rig-runtime");
  }

  @Test
  void junitIsNotPinnedWhereSpringBootManagesIt() throws MalformedFileException {
    String after = syncPom(SPRING_BOOT_POM);
    assertTrue(
        after.contains(
            """
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <scope>test</scope>
                </dependency>\
            """),
        after);
    assertEquals(after, syncPom(after), "a second sync changes nothing");
  }

  @Test
  void aFamilyAnImportedBomManagesIsRequiredWithoutAVersion() throws MalformedFileException {
    String pom =
        ProjectFixture.POM.replace(
            "</properties>",
            """
            </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.junit</groupId>
                    <artifactId>junit-bom</artifactId>
                    <version>5.12.2</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>""");
    String after = syncPom(pom);
    assertFalse(
        after.contains("<version>" + RigVersions.get("junit-jupiter") + "</version>"), after);
    assertTrue(after.contains("<artifactId>junit-jupiter</artifactId>\n"), after);
    assertTrue(after.contains("<pluginManagement>"), "no parent: rig pins Maven's plugins");
  }

  @Test
  void aPlainProjectStillGetsEveryPin() throws MalformedFileException {
    String after = syncPom(ProjectFixture.POM);
    assertTrue(
        after.contains("<version>" + RigVersions.get("junit-jupiter") + "</version>"), after);
    assertTrue(
        after.contains("<version>" + RigVersions.get("maven-compiler-plugin") + "</version>"),
        after);
    assertTrue(after.contains("<maven.compiler.release>17</maven.compiler.release>"), after);
  }

  /** What sync makes of {@code existing} at {@code path}, in auth-service with its own pom. */
  private String syncFile(ConfigFile<?> config, String path, String existing)
      throws MalformedFileException {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service")).write(path, existing);
    return config.attach(fixture.project()).plan(existing).orElse(existing);
  }

  @Test
  void anExistingReadmeTitleIsKept() throws MalformedFileException {
    String readme = "# Orders\n\nTakes the orders.\n\n```bash\n# not a title\n```\n";
    String after = syncFile(new ReadmeConfigFile(), "README.md", readme);
    assertTrue(after.startsWith("# Orders\n"), after);
    assertFalse(after.contains("# Auth Service"), "no second title: " + after);
    assertTrue(after.contains("Takes the orders."), after);
  }

  @Test
  void anApacheLicenseTxtIsTheProjectsLicenseAndIsNotRewritten() throws MalformedFileException {
    String apache =
        "\n                                 Apache License\n"
            + "                           Version 2.0, January 2004\n"
            + "                        http://www.apache.org/licenses/\n";
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service")).write("LICENSE.txt", apache);
    LicenseConfigFile license = new LicenseConfigFile();
    license.attach(fixture.project());
    assertEquals(
        Path.of("LICENSE.txt"), RuntimeAccess.get().relativePath(license), "no second licence file");
    assertEquals(Optional.empty(), license.plan(apache), "another licence is not rewritten");

    String readme = syncFile(new ReadmeConfigFile(), "README.md", "# Orders\n");
    assertTrue(readme.contains("[![License: Apache-2.0]"), readme);
    assertTrue(readme.contains("-blue.svg)](LICENSE.txt)"), readme);
    assertFalse(readme.contains("MIT"), readme);
  }

  @Test
  void anMitLicenseMdIsKeptWhereItIs() throws MalformedFileException {
    String mit = "MIT License\n\nCopyright (c) 2019 Orders Inc.\n";
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service")).write("LICENSE.md", mit);
    LicenseConfigFile license = new LicenseConfigFile();
    license.attach(fixture.project());
    assertEquals(Path.of("LICENSE.md"), RuntimeAccess.get().relativePath(license));
    assertTrue(license.plan(mit).orElseThrow().contains("Copyright (c) 2019 Orders Inc."));
  }

  @Test
  void anSpdxTagNamesTheLicense() throws MalformedFileException {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write("LICENSE", "SPDX-License-Identifier: BSD-3-Clause\n");
    String readme = fixture.render(new ReadmeConfigFile());
    assertTrue(readme.contains("[![License: BSD-3-Clause]"), readme);
    assertEquals(
        Optional.empty(),
        new LicenseConfigFile()
            .attach(fixture.project())
            .plan("SPDX-License-Identifier: BSD-3-Clause\n"));
  }

  @Test
  void aGitignorePatternWithoutItsSlashIsNotAddedAgain() throws MalformedFileException {
    String gitignore = ".idea\n/target\nbuild/\n";
    String after = syncFile(new GitignoreConfigFile(), ".gitignore", gitignore);
    assertFalse(after.contains(".idea/"), after);
    assertFalse(after.contains("\ntarget/"), after);
    for (String own : List.of(".idea", "/target", "build/")) {
      assertEquals(1, after.lines().filter(own::equals).count(), after);
    }
    assertTrue(after.contains(".vscode/"), after);
  }

  @Test
  void anExistingDependabotEntryIsNotDuplicated() throws MalformedFileException {
    String dependabot =
        """
        version: 2
        updates:
          - package-ecosystem: maven
            directory: "/"
            schedule:
              interval: daily
            open-pull-requests-limit: 3
        """;
    String after = syncFile(new DependabotConfigFile(), ".github/dependabot.yml", dependabot);
    assertEquals(1, after.split("package-ecosystem: maven", -1).length - 1, after);
    assertTrue(after.contains("interval: daily"), after);
    assertTrue(after.contains("package-ecosystem: github-actions"), after);
  }

  /**
   * A new project: the dependabot.yml rig writes asks for what the missing file asked for, or the
   * first sync of every new project stops as unsettled and writes nothing.
   */
  @Test
  void aNewDependabotFileRequiresWhatItWasWrittenFrom() throws MalformedFileException {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    DependabotConfigFile before = new DependabotConfigFile();
    before.attach(fixture.project());
    String written = before.plan(null).orElseThrow();
    assertTrue(written.contains("interval: weekly"), written);
    fixture.write(".github/dependabot.yml", written);
    DependabotConfigFile after = new DependabotConfigFile();
    after.attach(fixture.project());
    assertEquals(before.renderRequired(), after.renderRequired());
    assertEquals(Optional.empty(), after.plan(written));
  }

  /**
   * Order is meaning inside plugin configuration: antrun's {@code <pathconvert>} sets the property
   * the {@code <exec>} after it uses. rig's sync adds its plugins next to it and leaves the target
   * byte for byte, even where Maven's canonical order would name the elements (an {@code <id>}, a
   * {@code <version>}) and elements of one name are interleaved with others.
   */
  @Test
  void theOrderOfElementsInsidePluginConfigurationIsKept() throws MalformedFileException {
    String target =
        """
                    <target>
                      <version>1</version>
                      <pathconvert property="cp" refid="maven.compile.classpath"/>
                      <exec executable="make" failonerror="true"><arg value="${cp}"/></exec>
                      <id>x</id>
                      <pathconvert property="tp" refid="maven.test.classpath"/>
                      <exec executable="make"><arg value="${tp}"/></exec>
                    </target>
        """;
    String pom =
        ProjectFixture.POM.replace(
            "</properties>",
            """
            </properties>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-antrun-plugin</artifactId>
                    <version>3.1.0</version>
                    <executions>
                      <execution>
                        <phase>generate-sources</phase>
                        <configuration>
            """
                + target
                + """
                        </configuration>
                        <goals><goal>run</goal></goals>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>""");
    String after = syncPom(pom);
    assertTrue(after.contains(target), after);
    assertTrue(after.contains("<artifactId>maven-compiler-plugin</artifactId>"), after);
    assertEquals(after, syncPom(after), "a second sync changes nothing");
  }

  @Test
  void aRecordedCoverageRatchetBelowTheStandardIsTheMinimum() throws MalformedFileException {
    String adopted =
        syncPom(
            ProjectFixture.POM.replace(
                "</properties>",
                "  <rig.coverage.ratchet>0.37</rig.coverage.ratchet>\n  </properties>"));
    assertTrue(adopted.contains("<rig.coverage.minimum>0.37</rig.coverage.minimum>"), adopted);
    String met =
        syncPom(adopted.replace(">0.37</rig.coverage.ratchet>", ">0.95</rig.coverage.ratchet>"));
    assertTrue(met.contains("<rig.coverage.minimum>0.90</rig.coverage.minimum>"), met);
  }

  /**
   * The pom diffs docs/adopting.md shows, one per kind of service, kept as goldens so that the page
   * shows what rig does today.
   */
  @Test
  void theDiffsTheAdoptionPageShows() throws MalformedFileException {
    String plain =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>auth-service</artifactId>
          <version>1.4.0-SNAPSHOT</version>
          <properties>
            <maven.compiler.release>21</maven.compiler.release>
            <project.build.outputTimestamp>2026-03-01T00:00:00Z</project.build.outputTimestamp>
            <rig.coverage.ratchet>0.37</rig.coverage.ratchet>
          </properties>
        </project>
        """;
    String apacheParent =
        plain.replace(
            "  <groupId>com.acme</groupId>",
            """
              <parent>
                <groupId>org.apache</groupId>
                <artifactId>apache</artifactId>
                <version>35</version>
              </parent>
              <groupId>com.acme</groupId>""");
    String bom =
        plain.replace(
            "</properties>",
            """
            </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.junit</groupId>
                    <artifactId>junit-bom</artifactId>
                    <version>5.12.2</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>""");
    for (String[] kind :
        new String[][] {
          {"plain", plain}, {"parent", apacheParent}, {"spring-boot", SPRING_BOOT_POM}, {"bom", bom}
        }) {
      String after = syncPom(kind[1]);
      Goldens.assertMatches(
          "adoption-" + kind[0] + ".pom.xml.diff",
          dev.rig.runtime.internal.engine.Diffs.of("pom.xml", kind[1], after));
    }
  }
}
