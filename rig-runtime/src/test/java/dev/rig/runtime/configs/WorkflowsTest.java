package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub workflows as GitHub will read them: parsed by an independent YAML parser (SnakeYAML,
 * not the one rig writes with), every step identified, every action a real one.
 */
class WorkflowsTest {

  /**
   * The actions rig's workflows may use, at major versions that exist. A new action or version is
   * added here on purpose, after checking it on GitHub.
   */
  private static final Set<String> KNOWN_ACTIONS =
      Set.of(
          "actions/checkout@v4",
          "actions/setup-java@v4",
          "actions/setup-python@v5",
          "actions/configure-pages@v5",
          "actions/upload-pages-artifact@v3",
          "actions/deploy-pages@v4",
          "actions/upload-artifact@v4");

  @TempDir Path folder;

  static Stream<Arguments> workflows() {
    return Stream.of(
        Arguments.of(
            "health_check.yml", (Supplier<ConfigFile<?>>) HealthCheckWorkflowConfigFile::new),
        Arguments.of("release.yml", (Supplier<ConfigFile<?>>) ReleaseWorkflowConfigFile::new),
        Arguments.of(
            "deploy_docs.yml", (Supplier<ConfigFile<?>>) DeployDocsWorkflowConfigFile::new),
        Arguments.of("heal.yml", (Supplier<ConfigFile<?>>) HealWorkflowConfigFile::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void parsesWithNamedStepsAndKnownActionsOnly(String file, Supplier<ConfigFile<?>> factory) {
    ConfigFile<?> config = factory.get();
    Map<String, Object> workflow = parse(render(config, 2));
    assertEquals(Path.of(".github", "workflows", file), RuntimeAccess.get().relativePath(config));
    assertInstanceOf(String.class, workflow.get("name"));
    assertTrue(on(workflow) instanceof Map, "the workflow says when it runs");
    Map<String, Object> jobs = map(workflow.get("jobs"));
    assertFalse(jobs.isEmpty());
    for (Map.Entry<String, Object> job : jobs.entrySet()) {
      Map<String, Object> body = map(job.getValue());
      assertEquals("ubuntu-latest", body.get("runs-on"), job.getKey());
      List<Object> steps = list(body.get("steps"));
      assertFalse(steps.isEmpty(), job.getKey() + " has steps");
      List<Object> ids = new ArrayList<>();
      for (Object item : steps) {
        Map<String, Object> step = map(item);
        assertTrue(
            step.get("id") instanceof String && step.get("name") instanceof String,
            "every step has an id and a name, so that rig merges steps by identity: " + step);
        ids.add(step.get("id"));
        assertTrue(
            step.containsKey("uses") != step.containsKey("run"),
            "a step either uses an action or runs a command: " + step);
        if (step.containsKey("uses")) {
          assertTrue(
              KNOWN_ACTIONS.contains(step.get("uses")),
              step.get("uses") + " is not an action rig knows to exist");
        }
      }
      assertEquals(ids.size(), Set.copyOf(ids).size(), "step ids are unique in " + job.getKey());
    }
  }

  @Test
  void healthCheckRunsTheBuildCommandOnEveryTestedJdk() {
    Map<String, Object> workflow = parse(render(new HealthCheckWorkflowConfigFile(), 1));
    Map<String, Object> build = map(map(workflow.get("jobs")).get("build"));
    assertEquals(List.of(17, 21, 25), map(map(build.get("strategy")).get("matrix")).get("java"));
    List<Object> commands =
        list(build.get("steps")).stream()
            .map(step -> map(step).get("run"))
            .filter(run -> run != null)
            .toList();
    assertEquals(List.of("mvn -B -ntp install"), commands);
    Map<String, Object> on = map(on(workflow));
    assertEquals(List.of("main"), map(on.get("push")).get("branches"));
    assertTrue(on.containsKey("pull_request"));
  }

  /** rig's README gives one test command; a project's health check runs exactly that. */
  @Test
  void healthCheckCommandIsTheTestCommandOfRigsReadme() throws IOException {
    Path readme =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    assertTrue(
        lines.contains(BuildStandards.BUILD_COMMAND),
        "rig's README gives `" + BuildStandards.BUILD_COMMAND + "` as its test command");
  }

  @ParameterizedTest
  @CsvSource({"0, 0 0 * * *", "1, 30 0 * * *", "2, 0 1 * * *", "3, 30 1 * * *",
      "23, 30 11 * * *", "24, 0 12 * * *", "46, 0 23 * * *", "47, 30 23 * * *"})
  void nightlyRunStartsAtTheDepthsHalfHourSlot(int depth, String expected) {
    assertEquals(expected, cron(depth));
  }

  @Test
  void fortyEightDepthsGetDistinctSlotsInChainOrder() {
    assertEquals(48, HealthCheckWorkflowConfigFile.SLOTS);
    int previous = -1;
    for (int depth = 0; depth <= HealthCheckWorkflowConfigFile.LAST_DEPTH; depth++) {
      int minute = minuteOfDay(HealthCheckWorkflowConfigFile.nightlySchedule(depth));
      assertTrue(minute > previous, "depth " + depth + " runs after depth " + (depth - 1));
      assertTrue(minute - previous >= 30 || depth == 0, "half an hour for the previous level");
      previous = minute;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {48, 49, 100, 1000})
  void pastTheLastSlotTheScheduleStaysValidAndLast(int depth) {
    String cron = cron(depth);
    assertEquals("30 23 * * *", cron);
    assertEquals(23 * 60 + 30, minuteOfDay(cron));
  }

  private static int minuteOfDay(String cron) {
    String[] fields = cron.split(" ");
    assertEquals(5, fields.length, cron);
    int minute = Integer.parseInt(fields[0]);
    int hour = Integer.parseInt(fields[1]);
    assertTrue(minute >= 0 && minute <= 59 && hour >= 0 && hour <= 23, cron);
    return hour * 60 + minute;
  }

  @Test
  void aFailedHealthCheckUploadsRigsPatch() {
    Map<String, Object> workflow = parse(render(new HealthCheckWorkflowConfigFile(), 1));
    List<Object> steps = list(map(map(workflow.get("jobs")).get("build")).get("steps"));
    Map<String, Object> upload = map(steps.get(steps.size() - 1));
    assertEquals("rig-patch", upload.get("id"));
    assertEquals("failure()", upload.get("if"));
    assertEquals("actions/upload-artifact@v4", upload.get("uses"));
    Map<String, Object> with = map(upload.get("with"));
    assertEquals("**/target/rig.patch", with.get("path"));
    assertEquals("rig-patch-jdk-${{ matrix.java }}", with.get("name"));
    assertEquals("ignore", with.get("if-no-files-found"));
  }

  @Test
  void releaseWaitsForAGreenHealthCheckOnMainAndTagsThePomVersion() {
    Map<String, Object> workflow = parse(render(new ReleaseWorkflowConfigFile(), 1));
    Map<String, Object> trigger = map(map(on(workflow)).get("workflow_run"));
    assertEquals(List.of(HealthCheckWorkflowConfigFile.WORKFLOW_NAME), trigger.get("workflows"));
    assertEquals(List.of("main"), trigger.get("branches"));
    Map<String, Object> job = map(map(workflow.get("jobs")).get("release"));
    assertTrue(((String) job.get("if")).contains("conclusion == 'success'"));
    String script =
        String.join(
            "\n",
            list(job.get("steps")).stream()
                .map(step -> String.valueOf(map(step).get("run")))
                .toList());
    assertTrue(script.contains("help:evaluate -Dexpression=project.version"), script);
    assertTrue(script.contains("gh release create \"v$VERSION\""), script);
  }

  @Test
  void docsDeployAfterARelease() {
    Map<String, Object> workflow = parse(render(new DeployDocsWorkflowConfigFile(), 1));
    Map<String, Object> trigger = map(map(on(workflow)).get("workflow_run"));
    assertEquals(List.of(ReleaseWorkflowConfigFile.WORKFLOW_NAME), trigger.get("workflows"));
    assertEquals("write", map(workflow.get("permissions")).get("pages"));
  }

  private String cron(int depth) {
    Map<String, Object> workflow = parse(render(new HealthCheckWorkflowConfigFile(), depth));
    Map<String, Object> schedule = map(list(map(on(workflow)).get("schedule")).get(0));
    return (String) schedule.get("cron");
  }

  private String render(ConfigFile<?> config, int depth) {
    return ProjectFixture.authService(folder.resolve("p" + depth)).depth(depth).render(config);
  }

  static Map<String, Object> parse(String yaml) {
    return map(new Yaml().load(yaml));
  }

  /** SnakeYAML reads YAML 1.1, where an unquoted {@code on} key is the boolean true. */
  static Object on(Map<String, Object> workflow) {
    return workflow.containsKey("on")
        ? workflow.get("on")
        : ((Map<?, ?>) workflow).get(Boolean.TRUE);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    assertInstanceOf(Map.class, value);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    assertInstanceOf(List.class, value);
    return (List<Object>) value;
  }
}
