package dev.rig.runtime.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNamesTest {

  @ParameterizedTest
  @CsvSource({
    "auth-service, auth-service",
    "My Service, my-service",
    "--Inventory__, inventory",
    "ÄÖÜ, project",
  })
  void artifactIdFromTheFolder(String folder, String artifactId) {
    assertEquals(artifactId, ProjectNames.artifactIdOf(Path.of("/work", folder)));
  }

  @ParameterizedTest
  @CsvSource({
    "com.acme, auth-service, com.acme.authservice",
    "org.example, 2fa, org.example._2fa",
    "com.acme, new, com.acme._new",
    "Com.Acme, Billing_API, com.acme.billing_api",
    "'', '', app",
  })
  void packageFromGroupAndArtifact(String groupId, String artifactId, String packageName) {
    assertEquals(packageName, ProjectNames.packageOf(groupId, artifactId));
    assertTrue(ProjectNames.isPackageName(packageName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "com..acme", "com.acme.", "com.new", "1com", "com.ac-me"})
  void rejectsWhatJavaRejects(String name) {
    assertFalse(ProjectNames.isPackageName(name));
  }
}
