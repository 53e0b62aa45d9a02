package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.RuntimeAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A removal is an edit like any other: when a requirement drops one thing, sync takes out exactly
 * the text of that thing (its own lines and indentation) and keeps every other byte of the file,
 * comments, blank lines and the user's own entries included. One realistic file per format.
 */
class RemovalKeepsEveryOtherByteTest {

  /**
   * Each case: the format's config for a requirement, the file as rig left it, the requirement
   * then, the requirement now (one thing fewer), and the text that thing takes in the file.
   */
  static Stream<Arguments> formats() {
    return Stream.of(
        arguments("XML: a pom <dependency> dropped", (Config) TestConfigs.Xml::new, POM,
            pom(true), pom(false), SLF4J),
        arguments("YAML: a workflow step dropped", (Config) TestConfigs.Yaml::new, WORKFLOW,
            workflow(true), workflow(false), LINT_STEP),
        arguments("JSON: a key dropped", (Config) TestConfigs.Json::new, RENOVATE,
            map("timezone", "Europe/Berlin", "labels", List.of("dependencies")),
            map("labels", List.of("dependencies")), "  \"timezone\": \"Europe/Berlin\",\n"),
        arguments("TOML: a key dropped", (Config) TestConfigs.Toml::new, RUSTFMT,
            map("edition", "2021", "hard_tabs", false), map("edition", "2021"),
            "hard_tabs = false  # spaces, as rig wants\n"),
        arguments("properties: a key dropped", (Config) TestConfigs.Properties::new, PROPERTIES,
            map("server.port", "8080", "server.ssl.enabled", "false"), map("server.port", "8080"),
            "server.ssl.enabled=false\n"),
        arguments("text: a line dropped", (Lines) TestConfigs.Text::new, GITIGNORE,
            List.of("target/", "*.log", ".idea/"), List.of("target/", ".idea/"), "*.log\n"),
        arguments("Markdown: a badge dropped", (Lines) TestConfigs.Markdown::new, README,
            List.of("# orders", "[![Java 17+](https://img.shields.io/badge/java-17%2B-blue)](#)",
                "[![CI](https://example.com/ci.svg)](#)"),
            List.of("# orders", "[![CI](https://example.com/ci.svg)](#)"),
            "[![Java 17+](https://img.shields.io/badge/java-17%2B-blue)](#)\n"));
  }

  /** A tree format's config for a requirement. */
  interface Config extends Function<Map<String, Object>, ConfigFile<?>> {}

  /** A line format's config for a requirement. */
  interface Lines extends Function<List<String>, ConfigFile<?>> {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  @SuppressWarnings("unchecked")
  void onlyTheDroppedTextGoes(
      String name, Function<Object, ConfigFile<?>> config, String file, Object before,
      Object after, String dropped) throws MalformedFileException {
    assertTrue(file.contains(dropped), "the case names text of its file: " + dropped);
    ConfigFile<?> now = config.apply(after);

    Plan plan = RuntimeAccess.get().plan(now, file, config.apply(before).requiredContent());

    assertEquals(file.replace(dropped, ""), plan.text());
    assertEquals(List.of(), plan.kept());
  }

  // --- XML ---------------------------------------------------------------------------------------

  private static final String SLF4J =
      """
          <dependency>
            <groupId>org.slf4j</groupId>
            <artifactId>slf4j-api</artifactId>
            <version>2.0.13</version>
          </dependency>
      """;

  private static final String POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Orders service. Keep the BOM import first. -->
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <artifactId>orders</artifactId>

        <dependencies>
          <!-- ours: the token client -->
          <dependency>
            <groupId>com.acme</groupId>
            <artifactId>tokens</artifactId>
          </dependency>
      """
          + SLF4J
          + """
              <dependency>
                <groupId>org.junit.jupiter</groupId>
                <artifactId>junit-jupiter</artifactId>
                <scope>test</scope>
              </dependency>
            </dependencies>
          </project>
          """;

  private static Map<String, Object> pom(boolean withSlf4j) {
    List<Object> dependencies = new ArrayList<>();
    if (withSlf4j) {
      dependencies.add(map("groupId", "org.slf4j", "artifactId", "slf4j-api", "version", "2.0.13"));
    }
    dependencies.add(
        map("groupId", "org.junit.jupiter", "artifactId", "junit-jupiter", "scope", "test"));
    return map("project", map("modelVersion", "4.0.0",
        "dependencies", map("dependency", dependencies)));
  }

  // --- YAML --------------------------------------------------------------------------------------

  private static final String LINT_STEP =
      """
            - name: Lint
              run: ./mvnw -B spotless:check
      """;

  private static final String WORKFLOW =
      """
      # Our build; rig keeps its steps in it.
      name: Build
      on: [push]
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
      """
          + LINT_STEP
          + """
                - name: Test   # ours
                  run: ./mvnw -B verify
          """;

  private static Map<String, Object> workflow(boolean withLint) {
    List<Object> steps = new ArrayList<>();
    steps.add(map("uses", "actions/checkout@v4"));
    if (withLint) {
      steps.add(map("name", "Lint", "run", "./mvnw -B spotless:check"));
    }
    return map("name", "Build", "jobs", map("build", map("steps", steps)));
  }

  // --- the others --------------------------------------------------------------------------------

  private static final String RENOVATE =
      """
      {
        "$schema": "https://docs.renovatebot.com/renovate-schema.json",
        "timezone": "Europe/Berlin",
        "labels": ["dependencies"],
        "schedule": ["before 6am on monday"]
      }
      """;

  private static final String RUSTFMT =
      """
      # rustfmt settings
      edition = "2021"
      hard_tabs = false  # spaces, as rig wants
      max_width = 120
      """;

  private static final String PROPERTIES =
      """
      # Service settings
      server.port=8080
      server.ssl.enabled=false

      spring.application.name=orders
      """;

  private static final String GITIGNORE =
      """
      # build output
      target/
      *.log
      .idea/
      /local-notes.md
      """;

  private static final String README =
      """
      # Orders

      [![Java 17+](https://img.shields.io/badge/java-17%2B-blue)](#)
      [![CI](https://example.com/ci.svg)](#)

      Takes orders.
      """;

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
