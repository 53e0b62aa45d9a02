package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts a config can ask {@code project()} for, read from the root's pom.xml. */
class ProjectFactsTest {

  @TempDir Path root;

  private final TestRegistry registry =
      TestRegistry.create().packageName("com.acme.auth").depth(2).coordinates("com.acme:auth:3");

  @Test
  void coordinatesNameAndDescriptionComeFromThePom() throws Exception {
    write(
        root.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>com.acme</groupId>
            <artifactId>service-base</artifactId>
            <version>1.4.0</version>
          </parent>
          <groupId>com.acme.auth</groupId>
          <artifactId>auth-service</artifactId>
          <version>2.0.0</version>
          <name>Auth service</name>
          <description>
            Signs people in.
          </description>
          <dependencies>
            <dependency><groupId>not.this</groupId><artifactId>nor-this</artifactId></dependency>
          </dependencies>
        </project>
        """);

    Project project = RuntimeAccess.get().load(root, registry);

    assertEquals(
        new Project(
            root,
            "com.acme.auth",
            "auth-service",
            "2.0.0",
            "Auth service",
            "Signs people in.",
            "com.acme.auth",
            2,
            "com.acme:auth:3"),
        project);
  }

  @Test
  void groupIdAndVersionFallBackToTheParentAndNameToTheArtifactId() throws Exception {
    write(
        root.resolve("pom.xml"),
        "<project><parent><groupId>com.acme</groupId><version>7</version></parent>"
            + "<artifactId>payment</artifactId></project>");

    Project project = RuntimeAccess.get().load(root, registry);

    assertEquals(
        "com.acme:payment:7 payment",
        project.groupId()
            + ":"
            + project.artifactId()
            + ":"
            + project.version()
            + " "
            + project.name());
  }

  @Test
  void aRootWithoutAPomHasEmptyCoordinates() throws Exception {
    assertEquals(
        new Project(root, "", "", "", "", "", "com.acme.auth", 2, "com.acme:auth:3"),
        RuntimeAccess.get().load(root, registry));
  }

  @Test
  void aPomCannotMakeRigReadOtherFiles() throws Exception {
    write(
        root.resolve("pom.xml"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <project><artifactId>&secret;</artifactId></project>
        """);

    MalformedFileException refusal =
        assertThrows(MalformedFileException.class, () -> RuntimeAccess.get().load(root, registry));

    // Refused where the DTD starts, as the pom's own config refuses it: rig reads no DTDs.
    assertEquals(2, refusal.line());
    assertTrue(refusal.problem().contains("DOCTYPE"), refusal.problem());
    assertFalse(refusal.getMessage().contains("\n"));
  }
}
