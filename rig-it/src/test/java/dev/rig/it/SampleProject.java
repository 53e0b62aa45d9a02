package dev.rig.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small Maven project set up the way rig's default pom sets one up, minus everything else:
 * rig-runtime as a dependency, rig-processor in {@code annotationProcessorPaths}, and one
 * {@code @RigConfig} class managing {@code greeting.settings}, which must contain the line
 * {@code greeting=hello}. rig-processor generates the project's registry (depth 1, deeper than
 * rig-runtime's own) and lists it for the engine. Optionally one JUnit Jupiter test class.
 */
final class SampleProject {

  static final String MANAGED_FILE = "greeting.settings";
  static final String RIG_REPORT = "target/surefire-reports/TEST-dev.rig.runtime.junit.ProjectFilesInSyncTest.xml";

  /** The plugin versions of rig's own build: a nested build then needs nothing new from Central. */
  private static final String PLUGINS =
      """
            <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
            <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
            <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
            <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
            <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
            <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
      """;

  private final Path root;
  private boolean ownTestClass = true;
  private String surefireConfiguration = "";

  private SampleProject(Path root) {
    this.root = root;
  }

  static SampleProject in(Path root) {
    return new SampleProject(root);
  }

  /** No test class of its own: the case where Surefire starts no engine (SUREFIRE-1724). */
  SampleProject withoutTestClass() {
    ownTestClass = false;
    return this;
  }

  /** XML inside the maven-surefire-plugin's {@code <configuration>}. */
  SampleProject surefireConfiguration(String xml) {
    surefireConfiguration = xml;
    return this;
  }

  SampleProject write() throws IOException {
    writeFile("pom.xml", pom());
    writeFile("src/main/java/com/example/greeting/GreetingConfigFile.java", CONFIG_FILE);
    if (ownTestClass) {
      writeFile("src/test/java/com/example/greeting/GreetingTest.java", TEST_CLASS);
    }
    return this;
  }

  Path root() {
    return root;
  }

  void writeFile(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  String readFile(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  boolean exists(String path) {
    return Files.exists(root.resolve(path));
  }

  private String pom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>greeting</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.junit</groupId>
                <artifactId>junit-bom</artifactId>
                <version>%1$s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>dev.rig</groupId>
              <artifactId>rig-runtime</artifactId>
              <version>%2$s</version>
            </dependency>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <pluginManagement>
              <plugins>
        %3$s      </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <configuration>
                  <annotationProcessorPaths>
                    <path>
                      <groupId>dev.rig</groupId>
                      <artifactId>rig-processor</artifactId>
                      <version>%2$s</version>
                    </path>
                  </annotationProcessorPaths>
                  <compilerArgs>
                    <arg>-Arig.coordinates=${project.groupId}:${project.artifactId}:${project.version}</arg>
                  </compilerArgs>
                </configuration>
              </plugin>
              <plugin>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.5.4</version>
                <configuration>%4$s</configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(InstalledRig.junitVersion(), InstalledRig.version(), PLUGINS, surefireConfiguration);
  }

  private static final String CONFIG_FILE =
      """
      package com.example.greeting;

      import dev.rig.annotations.RigConfig;
      import dev.rig.runtime.ConfigFile;
      import java.util.ArrayList;
      import java.util.List;

      /** greeting.settings: a list of lines that must contain greeting=hello. */
      @RigConfig
      public class GreetingConfigFile extends ConfigFile<List<String>> {
        @Override protected List<String> configs() { return new ArrayList<>(List.of("greeting=hello")); }
        @Override protected String extension() { return "settings"; }
        @Override protected List<String> parse(String text) { return new ArrayList<>(text.lines().toList()); }
        @Override protected String render(List<String> lines) { return String.join("\\n", lines) + "\\n"; }
        @Override protected boolean contains(List<String> actual, List<String> required) {
          return actual.containsAll(required);
        }
        @Override protected List<String> merge(List<String> actual, List<String> required) {
          List<String> merged = new ArrayList<>(actual);
          required.stream().filter(line -> !merged.contains(line)).forEach(merged::add);
          return merged;
        }
        @Override protected List<String> normalize(List<String> lines) { return new ArrayList<>(lines); }
      }
      """;

  private static final String TEST_CLASS =
      """
      package com.example.greeting;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class GreetingTest {
        @Test
        void greets() {
          assertEquals("hello", "hel" + "lo");
        }
      }
      """;
}
