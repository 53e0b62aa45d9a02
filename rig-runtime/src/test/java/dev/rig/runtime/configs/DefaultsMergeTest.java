package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.configs.facts.RigVersions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults meeting files that already exist, as sync sees them: a user's additions stay, a
 * base's change lands in place, and a newer version is not "fixed" back.
 */
class DefaultsMergeTest {

  @TempDir Path folder;
  private ProjectFixture fixture;

  @BeforeEach
  void authService() {
    fixture = ProjectFixture.authService(folder.resolve("auth-service"));
  }

  private Optional<String> sync(ConfigFile<?> config, String existing)
      throws MalformedFileException {
    return config.attach(fixture.project()).plan(existing);
  }

  /**
   * The seed's "Change Documentation Theme": services' sites are rebranded, not given 4 palettes.
   */
  @Test
  void aRebrandReplacesThePaletteEntriesInPlace() throws MalformedFileException {
    String before = fixture.render(new MkdocsConfigFile());
    String after = sync(new SeedStyleOverridesTest.BrandedMkdocs(), before).orElseThrow();
    Map<String, Object> theme = WorkflowsTest.map(WorkflowsTest.parse(after).get("theme"));
    List<Object> palette = WorkflowsTest.list(theme.get("palette"));
    assertEquals(2, palette.size(), after);
    for (Object entry : palette) {
      assertEquals("deep purple", WorkflowsTest.map(entry).get("primary"), after);
    }
    assertEquals("assets/logo.png", theme.get("logo"));
    assertEquals(
        Optional.empty(),
        sync(new SeedStyleOverridesTest.BrandedMkdocs(), after),
        "a second sync changes nothing");
  }

  @Test
  void aNewerRigRuntimeAndAPluginWithItsGroupIdAreCorrect() throws MalformedFileException {
    String rendered = fixture.render(new PomConfigFile());
    String edited =
        rendered
            .replace(
                "<artifactId>rig-runtime</artifactId>\n      <version>" + RigVersions.rig(),
                "<artifactId>rig-runtime</artifactId>\n      <version>99.0.0")
            .replace(
                "<artifactId>maven-clean-plugin",
                "<groupId>org.apache.maven.plugins</groupId>\n"
                    + "          <artifactId>maven-clean-plugin");
    assertTrue(edited.contains("<version>99.0.0</version>"), edited);
    assertTrue(
        edited.contains("maven.plugins</groupId>\n          <artifactId>maven-clean"), edited);
    assertEquals(
        Optional.empty(),
        sync(new PomConfigFile(), edited),
        "a newer version is a floor met, and a spelled-out groupId of Maven's own plugins is the"
            + " same plugin");
  }

  @Test
  void aUsersOwnStepStaysAndAChangedBuildCommandIsRestored() throws MalformedFileException {
    String workflow =
        fixture
            .render(new HealthCheckWorkflowConfigFile())
            .replace(
                "        run: mvn -B -ntp install\n",
                "        run: mvn -B -ntp verify\n"
                    + "      - id: report\n"
                    + "        name: Upload the coverage report\n"
                    + "        run: echo upload\n");
    String synced = sync(new HealthCheckWorkflowConfigFile(), workflow).orElseThrow();
    assertTrue(synced.contains("run: mvn -B -ntp install\n"), synced);
    assertFalse(synced.contains("mvn -B -ntp verify"), synced);
    assertTrue(synced.contains("- id: report\n"), synced);
    assertEquals(1, synced.split("id: build\n", -1).length - 1, synced);
  }

  /** A project's own README meets rig's: both stay whole, rig's sections in their order. */
  @Test
  void anExistingReadmeKeepsItsTextAndGetsRigsSectionsInOrder() throws MalformedFileException {
    String mine = "# Auth Service\n\nOur own introduction.\n\n## Usage\n\nCall it.\n";
    String synced = sync(new ReadmeConfigFile(), mine).orElseThrow();
    List<String> lines = synced.lines().toList();
    for (String line : mine.lines().toList()) {
      assertTrue(lines.contains(line), line + " is kept:\n" + synced);
    }
    List<String> required =
        fixture.render(new ReadmeConfigFile()).lines().filter(line -> !line.isEmpty()).toList();
    int from = 0;
    for (String line : required) {
      int at = lines.subList(from, lines.size()).indexOf(line);
      assertTrue(
          at >= 0,
          "rig's lines keep their order, \""
              + line
              + "\" missing after line "
              + from
              + ":\n"
              + synced);
      from += at + 1;
    }
    int fence = lines.indexOf("```bash");
    assertEquals(List.of("```bash", "mvn -B -ntp install", "```"), lines.subList(fence, fence + 3));
    assertTrue(synced.contains("## Usage\n\nCall it.\n"), synced);
    assertEquals(
        Optional.empty(), sync(new ReadmeConfigFile(), synced), "a second sync changes nothing");
  }

  @Test
  void aUsersGitignoreLinesStayAndMissingPatternsAreAdded() throws MalformedFileException {
    String synced = sync(new GitignoreConfigFile(), "# mine\n*.log\ntarget/\n").orElseThrow();
    assertTrue(synced.startsWith("# mine\n*.log\ntarget/\n"), synced);
    assertTrue(synced.contains(".rig.lock\n"), synced);
  }
}
