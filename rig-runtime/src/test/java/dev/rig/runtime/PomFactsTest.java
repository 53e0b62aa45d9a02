package dev.rig.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomFactsTest {

  @TempDir Path root;

  @Test
  void readsPropertiesAndOwnValuesButNotTheParents() throws IOException {
    Files.writeString(
        root.resolve("pom.xml"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <parent>
            <groupId>com.acme</groupId>
            <artifactId>service-base</artifactId>
            <version>2.0.0</version>
          </parent>
          <artifactId>auth-service</artifactId>
          <properties>
            <maven.compiler.release> 21 </maven.compiler.release>
            <project.build.outputTimestamp>2025-07-04T10:00:00Z</project.build.outputTimestamp>
            <empty/>
          </properties>
          <build><plugins><plugin><version>9</version></plugin></plugins></build>
        </project>
        """);
    PomFacts pom = PomFacts.of(root);
    assertTrue(pom.hasParent());
    assertEquals(Optional.of("auth-service"), pom.own("artifactId"));
    assertEquals(Optional.empty(), pom.own("groupId"));
    assertEquals(Optional.empty(), pom.own("version"));
    assertEquals(Optional.of("21"), pom.property("maven.compiler.release"));
    assertEquals(
        Optional.of("2025-07-04T10:00:00Z"), pom.property("project.build.outputTimestamp"));
    assertEquals(Optional.empty(), pom.property("empty"));
  }

  @Test
  void aMissingOrMalformedPomGivesNothing() throws IOException {
    assertFalse(PomFacts.of(root).hasParent());
    Files.writeString(root.resolve("pom.xml"), "<project><properties><a>1</properties>");
    assertEquals(Optional.empty(), PomFacts.of(root).property("a"));
  }

  @Test
  void neverResolvesExternalEntities() throws IOException {
    Files.writeString(root.resolve("secret.txt"), "secret");
    Files.writeString(
        root.resolve("pom.xml"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY leak SYSTEM "secret.txt">]>
        <project><properties><p>&leak;</p></properties></project>
        """);
    assertEquals(Optional.empty(), PomFacts.of(root).property("p"));
  }

  @Test
  void aPomWithAByteOrderMarkAndCrlfLineBreaksIsReadStrictly() throws Exception {
    Files.write(
        root.resolve("pom.xml"),
        ("\uFEFF<?xml version=\"1.0\"?>\r\n<project>\r\n  <groupId>com.acme</groupId>\r\n"
                + "  <artifactId>app</artifactId>\r\n</project>\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Optional.of("com.acme:app"), PomFacts.read(root.resolve("pom.xml")).module());
  }

  @Test
  void managedEntriesAndModulesComeFromThePomAndItsProfiles() {
    PomFacts pom =
        PomFacts.parse(
            """
            <project>
              <modules><module> api </module><module>app</module></modules>
              <dependencyManagement><dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-dependencies</artifactId>
                  <version>${boot.version}</version>
                  <type>pom</type>
                  <scope>import</scope>
                </dependency>
                <dependency><groupId>g</groupId><artifactId>a</artifactId></dependency>
              </dependencies></dependencyManagement>
              <profiles>
                <profile><id>docs</id><modules><module>docs</module></modules></profile>
                <profile><id>none</id></profile>
              </profiles>
            </project>
            """);
    assertEquals(java.util.List.of("api", "app", "docs"), pom.modules());
    assertEquals(
        java.util.List.of(
            new PomFacts.Managed(
                "org.springframework.boot", "spring-boot-dependencies", "${boot.version}",
                "import"),
            new PomFacts.Managed("g", "a", "", "")),
        pom.managed());
    assertTrue(pom.managed().get(0).isImport());
  }
}
