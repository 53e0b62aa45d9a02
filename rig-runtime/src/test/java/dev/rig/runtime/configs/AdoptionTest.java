package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.configs.facts.RigVersions;
import java.nio.file.Path;
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
}
