package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Project;
import dev.rig.runtime.configs.facts.RigVersions;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.internal.facts.CreationDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class PomConfigFileTest {

  @TempDir Path folder;

  private Map<String, Object> project(PomConfigFile config, Project facts) {
    config.attach(facts);
    return (Map<String, Object>) config.configs().get("project");
  }

  private static List<Map<String, Object>> dependencies(Map<String, Object> project) {
    return (List<Map<String, Object>>)
        ((Map<String, Object>) project.get("dependencies")).get("dependency");
  }

  private static List<String> coordinates(Map<String, Object> project) {
    return dependencies(project).stream()
        .map(
            d ->
                d.get("groupId")
                    + ":"
                    + d.get("artifactId")
                    + ":"
                    + d.get("version")
                    + (d.containsKey("scope") ? " (" + d.get("scope") + ")" : ""))
        .toList();
  }

  @Test
  void keepsTheProjectsOwnCoordinatesNameAndDescription() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    Map<String, Object> project = project(new PomConfigFile(), fixture.project());
    assertEquals("com.acme", project.get("groupId"));
    assertEquals("auth-service", project.get("artifactId"));
    assertEquals("1.4.0-SNAPSHOT", project.get("version"));
    assertEquals("Auth Service", project.get("name"));
    assertEquals("Issues and checks the tokens of every Acme service.", project.get("description"));
  }

  @Test
  void aServiceHasRigRuntimeAtItsOwnVersionAndJunitForItsTestsOnly() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    assertEquals(
        List.of(
            "dev.rig:rig-runtime:" + RigVersions.rig() + " (test)",
            "org.junit.jupiter:junit-jupiter:" + RigVersions.get("junit-jupiter") + " (test)"),
        coordinates(project(new PomConfigFile(), fixture.project())));
    assertFalse(RigVersions.rig().isBlank());
    assertFalse(RigVersions.rig().contains("${"), "rig's build filled in its version");
  }

  @Test
  void aLibraryOfStandardsCompilesAgainstRigRuntimeWithoutPassingItOn() throws Exception {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("service-base"));
    Path configs = folder.resolve("service-base/src/main/java/com/acme/base/configs");
    java.nio.file.Files.createDirectories(configs);
    java.nio.file.Files.writeString(
        configs.resolve("LoggingConfigFile.java"),
        "package com.acme.base.configs;\n\n@dev.rig.annotations.RigConfig\n"
            + "public class LoggingConfigFile {}\n");
    assertTrue(
        coordinates(project(new PomConfigFile(), fixture.project()))
            .contains("dev.rig:rig-runtime:" + RigVersions.rig() + " (provided)"));
  }

  @Test
  void aProjectMadeFromALibraryDependsOnItForItsTests() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .library("com.acme:service-base:2.3.0");
    assertTrue(
        coordinates(project(new PomConfigFile(), fixture.project()))
            .contains("com.acme:service-base:2.3.0 (test)"));
  }

  @Test
  void neitherItselfNorRigIsALibraryDependency() {
    ProjectFixture self = ProjectFixture.authService(folder.resolve("a"));
    ProjectFixture rig =
        ProjectFixture.authService(folder.resolve("b")).library("dev.rig:rig-runtime:9.9.9");
    assertEquals(2, dependencies(project(new PomConfigFile(), self.project())).size());
    assertEquals(2, dependencies(project(new PomConfigFile(), rig.project())).size());
  }

  @Test
  void aModuleKeepsInheritingGroupIdAndVersionFromItsParent() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write(
                "pom.xml",
                """
                <project>
                  <parent><groupId>com.acme</groupId><artifactId>services</artifactId><version>3</version></parent>
                  <artifactId>auth-service</artifactId>
                </project>
                """);
    Map<String, Object> project = project(new PomConfigFile(), fixture.project());
    assertFalse(project.containsKey("groupId"));
    assertFalse(project.containsKey("version"));
    assertEquals("auth-service", project.get("artifactId"));
  }

  @Test
  void aPomlessRootGetsSensibleCoordinates() {
    Path root = folder.resolve("Inventory Service");
    Map<String, Object> project = project(new PomConfigFile(), Project.bare(root, "", 1));
    assertEquals(PomConfigFile.DEFAULT_GROUP_ID, project.get("groupId"));
    assertEquals("inventory-service", project.get("artifactId"));
    assertEquals(PomConfigFile.DEFAULT_VERSION, project.get("version"));
    assertEquals("inventory-service", project.get("name"));
    assertFalse(project.containsKey("description"));
  }

  @Test
  void keepsTheBuildTimestampElseStampsTheCreationDay() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    Map<String, Object> kept = project(new PomConfigFile(), fixture.project());
    assertEquals(
        "2026-03-01T00:00:00Z",
        ((Map<String, Object>) kept.get("properties")).get("project.build.outputTimestamp"));

    fixture.delete("pom.xml");
    Map<String, Object> stamped = project(new PomConfigFile(), fixture.project());
    assertEquals(
        CreationDate.asOutputTimestamp(CreationDate.today()),
        ((Map<String, Object>) stamped.get("properties")).get("project.build.outputTimestamp"));
  }

  @Test
  void coverageAndJavaReleaseAreProperties() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    Map<String, Object> properties =
        (Map<String, Object>) project(new PomConfigFile(), fixture.project()).get("properties");
    assertEquals("0.90", properties.get(PomConfigFile.COVERAGE_MINIMUM_PROPERTY));
    assertEquals("17", properties.get("maven.compiler.release"));
    assertEquals("UTF-8", properties.get("project.build.sourceEncoding"));
  }

  static class TypoPom extends PomConfigFile {
    @Override
    protected List<String> dependencies() {
      List<String> dependencies = super.dependencies();
      dependencies.add("org.slf4j:slf4j-api");
      return dependencies;
    }
  }

  @Test
  void aMalformedDependencySaysHowToWriteIt() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> project(new TypoPom(), fixture.project()));
    assertEquals(
        TypoPom.class.getName()
            + " lists the dependency 'org.slf4j:slf4j-api'; write"
            + " dependencies as groupId:artifactId:version, e.g. org.slf4j:slf4j-api:2.0.17",
        error.getMessage());
  }

  @Test
  void isSyncedFirst() {
    RuntimeAccess access = RuntimeAccess.get();
    assertTrue(access.order(new PomConfigFile()) > access.order(new ReadmeConfigFile()));
    assertTrue(access.order(new PomConfigFile()) > access.order(new LicenseConfigFile()));
    assertEquals(Path.of("pom.xml"), RuntimeAccess.get().relativePath(new PomConfigFile()));
  }
}
