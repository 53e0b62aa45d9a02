package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.RuntimeAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each format with a realistic file that rig synced once and the user then worked on, meeting a
 * requirement that changed: a value changed, a list item replaced, something dropped, something
 * dropped that the user had changed. The file's own additions always stay.
 */
class OwnershipFormatsTest {

  /** Plans {@code text} against {@code after}, with {@code before}'s requirement as the base. */
  private static Plan sync(ConfigFile<?> before, ConfigFile<?> after, String text)
      throws MalformedFileException {
    return RuntimeAccess.get().plan(after, text, before.requiredContent());
  }

  private static void assertSettled(ConfigFile<?> config, String text)
      throws MalformedFileException {
    assertEquals(Optional.empty(), config.plan(text), "the file holds what is required:\n" + text);
  }

  // --- JSON: renovate.json -----------------------------------------------------------------------

  private static final String RENOVATE =
      """
      {
        "$schema": "https://docs.renovatebot.com/renovate-schema.json",
        "extends": ["config:base", ":semanticCommits"],
        "timezone": "Europe/Berlin",
        "schedule": ["before 6am on monday"],
        "packageRules": [
          {"matchPackagePatterns": ["^org.junit"], "groupName": "junit"},
          {"matchPackageNames": ["com.acme:tokens"], "enabled": false}
        ],
        "labels": ["dependencies"]
      }
      """;

  private static Map<String, Object> renovate(boolean later) {
    Map<String, Object> required =
        map(
            "$schema", "https://docs.renovatebot.com/renovate-schema.json",
            "extends", list(later ? "config:recommended" : "config:base"),
            "schedule", list(later ? "before 5am on monday" : "before 6am on monday"));
    if (!later) {
      required.put(
          "packageRules",
          list(map("matchPackagePatterns", list("^org.junit"), "groupName", "junit")));
      required.put("labels", list("dependencies"));
    }
    return required;
  }

  @Test
  void json() throws MalformedFileException {
    TestConfigs.Json later = new TestConfigs.Json(renovate(true));

    Plan plan = sync(new TestConfigs.Json(renovate(false)), later, RENOVATE);

    String after = plan.text();
    assertTrue(after.contains("\"config:recommended\""), after);
    assertFalse(after.contains("config:base"), "a list item replaced: " + after);
    assertFalse(after.contains("6am"), "a value changed: " + after);
    assertFalse(after.contains("\"labels\""), "a key dropped: " + after);
    assertFalse(after.contains("\"junit\""), "an item dropped: " + after);
    for (String mine : List.of(":semanticCommits", "Europe/Berlin", "com.acme:tokens")) {
      assertTrue(after.contains(mine), mine + " is the user's: " + after);
    }
    assertEquals(List.of(), plan.kept());
    assertSettled(later, after);
  }

  @Test
  void jsonKeepsAndReportsWhatTheUserChanged() throws MalformedFileException {
    String changed = RENOVATE.replace("\"groupName\": \"junit\"", "\"groupName\": \"junit-5\"");

    Plan plan =
        sync(new TestConfigs.Json(renovate(false)), new TestConfigs.Json(renovate(true)), changed);

    assertTrue(plan.text().contains("junit-5"), plan.text());
    assertEquals(
        List.of("packageRules[0]: {matchPackagePatterns=[^org.junit], groupName=junit-5}"),
        plan.kept());
  }

  // --- TOML: mise.toml ---------------------------------------------------------------------------

  private static final String MISE =
      """
      # Tools for this repository
      [tools]
      java = "temurin-17"
      maven = "3.9.9"
      node = "20"  # for the docs site

      [env]
      MAVEN_OPTS = "-Xmx1g"

      [task_config]
      includes = ["tasks/build.toml", "tasks/mine.toml"]

      [settings]
      experimental = true
      """;

  private static Map<String, Object> mise(boolean later) {
    Map<String, Object> required =
        map(
            "tools", map("java", later ? "temurin-21" : "temurin-17", "maven", "3.9.9"),
            "task_config", map("includes", list(later ? "tasks/ci.toml" : "tasks/build.toml")));
    if (!later) {
      required.put("env", map("MAVEN_OPTS", "-Xmx1g"));
    }
    return required;
  }

  @Test
  void toml() throws MalformedFileException {
    TestConfigs.Toml later = new TestConfigs.Toml(mise(true));

    Plan plan = sync(new TestConfigs.Toml(mise(false)), later, MISE);

    String after = plan.text();
    assertTrue(after.contains("temurin-21") && !after.contains("temurin-17"), after);
    assertTrue(after.contains("tasks/ci.toml") && !after.contains("tasks/build.toml"), after);
    assertFalse(after.contains("MAVEN_OPTS"), after);
    for (String mine : List.of("node", "tasks/mine.toml", "experimental")) {
      assertTrue(after.contains(mine), mine + " is the user's: " + after);
    }
    assertSettled(later, after);
  }

  @Test
  void tomlKeepsAndReportsWhatTheUserChanged() throws MalformedFileException {
    String changed = MISE.replace("-Xmx1g", "-Xmx4g");

    Plan plan =
        sync(new TestConfigs.Toml(mise(false)), new TestConfigs.Toml(mise(true)), changed);

    assertTrue(plan.text().contains("-Xmx4g"), plan.text());
    assertEquals(List.of("env.MAVEN_OPTS: -Xmx4g"), plan.kept());
  }

  // --- properties: application.properties --------------------------------------------------------

  private static final String APPLICATION =
      """
      # Service settings, owned by team auth
      server.port=8080
      management.endpoints.web.exposure.include=health,info
      management.endpoint.health.probes.enabled=true
      spring.application.name=auth-service
      logging.level.root=INFO
      """;

  private static Map<String, Object> application(boolean later) {
    Map<String, Object> required =
        map(
            "server.port", "8080",
            "management.endpoints.web.exposure.include",
                later ? "health,info,prometheus" : "health,info");
    if (!later) {
      required.put("management.endpoint.health.probes.enabled", "true");
    }
    return required;
  }

  @Test
  void properties() throws MalformedFileException {
    TestConfigs.Properties later = new TestConfigs.Properties(application(true));

    Plan plan =
        sync(new TestConfigs.Properties(application(false)), later, APPLICATION);

    String after = plan.text();
    assertTrue(after.contains("include=health,info,prometheus\n"), after);
    assertFalse(after.contains("probes"), after);
    assertTrue(after.contains("spring.application.name=auth-service\n"), after);
    assertTrue(after.contains("logging.level.root=INFO\n"), after);
    assertSettled(later, after);
  }

  @Test
  void propertiesKeepAndReportWhatTheUserChanged() throws MalformedFileException {
    String changed = APPLICATION.replace("probes.enabled=true", "probes.enabled=false");

    Plan plan =
        sync(
            new TestConfigs.Properties(application(false)),
            new TestConfigs.Properties(application(true)),
            changed);

    assertTrue(plan.text().contains("probes.enabled=false"), plan.text());
    assertEquals(List.of("management.endpoint.health.probes.enabled: false"), plan.kept());
  }

  // --- YAML: .github/dependabot.yml --------------------------------------------------------------

  private static final String DEPENDABOT =
      """
      version: 2
      updates:
        - package-ecosystem: maven
          directory: /
          schedule:
            interval: weekly
            day: monday  # before the sprint review
          open-pull-requests-limit: 5
        - package-ecosystem: github-actions
          directory: /
          schedule:
            interval: monthly
        - package-ecosystem: npm
          directory: /docs
          schedule:
            interval: monthly
      """;

  private static Map<String, Object> dependabot(boolean later) {
    List<Object> updates =
        list(
            map(
                "package-ecosystem", "maven",
                "directory", "/",
                "schedule", map("interval", later ? "daily" : "weekly")));
    if (!later) {
      updates.add(
          map(
              "package-ecosystem", "github-actions",
              "directory", "/",
              "schedule", map("interval", "monthly")));
    }
    return map("version", 2, "updates", updates);
  }

  @Test
  void yaml() throws MalformedFileException {
    TestConfigs.Yaml later = new TestConfigs.Yaml(dependabot(true));

    Plan plan = sync(new TestConfigs.Yaml(dependabot(false)), later, DEPENDABOT);

    String after = plan.text();
    assertEquals(1, after.split("package-ecosystem: maven", -1).length - 1, after);
    assertTrue(after.contains("interval: daily"), after);
    assertFalse(after.contains("weekly"), "the changed value is replaced in place: " + after);
    assertTrue(after.contains("day: monday"), "the user's key in that item stays: " + after);
    assertFalse(after.contains("github-actions"), "a dropped item goes: " + after);
    assertTrue(after.contains("package-ecosystem: npm"), "the user's item stays: " + after);
    assertEquals(List.of(), plan.kept());
    assertSettled(later, after);
  }

  // --- text: .gitignore --------------------------------------------------------------------------

  private static final String GITIGNORE =
      """
      # Build
      target/
      *.class

      # IDE
      .idea/
      *.iml

      # Ours
      secrets.env
      """;

  @Test
  void text() throws MalformedFileException {
    TestConfigs.Text later = new TestConfigs.Text(List.of("target/", ".idea/", ".vscode/"));

    Plan plan =
        sync(new TestConfigs.Text(List.of("target/", ".idea/", "*.iml")), later, GITIGNORE);

    assertEquals(
        """
        # Build
        target/
        *.class

        # IDE
        .idea/
        .vscode/

        # Ours
        secrets.env
        """,
        plan.text(),
        "a line replaced in place");
    assertSettled(later, plan.text());
  }

  @Test
  void textDropsALineAndKeepsOneTheUserChanged() throws MalformedFileException {
    String changed = GITIGNORE.replace("*.iml", "*.iml.bak");
    TestConfigs.Text later = new TestConfigs.Text(List.of("target/", ".idea/"));

    Plan plan =
        sync(new TestConfigs.Text(List.of("target/", "*.class", ".idea/", "*.iml")), later,
            changed);

    assertFalse(plan.text().contains("*.class"), plan.text());
    assertTrue(plan.text().contains("*.iml.bak\n"), plan.text());
    assertEquals(List.of("line 7: *.iml.bak"), plan.kept());
  }
}
