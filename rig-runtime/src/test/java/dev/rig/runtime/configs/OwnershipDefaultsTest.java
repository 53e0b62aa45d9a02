package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Tree;
import dev.rig.runtime.internal.Plan;
import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rig's defaults when what they require changes between two syncs: the value that changed is
 * replaced, what a base dropped goes, what the user changed stays and is reported. Each test syncs
 * the requirement before, then plans against it as the record would hand it over.
 */
@SuppressWarnings("unchecked")
class OwnershipDefaultsTest {

  @TempDir Path folder;
  private ProjectFixture fixture;

  @BeforeEach
  void authService() {
    fixture = ProjectFixture.authService(folder.resolve("auth-service"));
  }

  /** The text sync writes for {@code after}, knowing {@code before} required {@code base}. */
  private Plan sync(ConfigFile<?> before, ConfigFile<?> after, String text)
      throws MalformedFileException {
    Object base = before.attach(fixture.project()).requiredContent();
    return RuntimeAccess.get().plan(after.attach(fixture.project()), text, base);
  }

  private static long count(String text, String part) {
    return text.lines().filter(line -> line.contains(part)).count();
  }

  // --- README.md ---------------------------------------------------------------------------------

  @Test
  void javaReleaseFrom17To21LeavesExactlyOneJavaBadgeInItsPlace() throws MalformedFileException {
    String readme =
        fixture
            .render(new ReadmeConfigFile())
            .replace("## Build\n", "Our own words.\n\n## Build\n");
    Object base = new ReadmeConfigFile().attach(fixture.project()).requiredContent();
    fixture.write("pom.xml", ProjectFixture.POM.replace(">17<", ">21<"));

    String after =
        RuntimeAccess.get()
            .plan(new ReadmeConfigFile().attach(fixture.project()), readme, base)
            .text();

    assertEquals(1, count(after, "[![Java "), after);
    assertTrue(after.contains("[![Java 21+](https://img.shields.io/badge/Java-21%2B"), after);
    List<String> lines = after.lines().toList();
    assertTrue(
        lines.get(lines.indexOf(readme.lines().filter(l -> l.startsWith("[![License")).findFirst()
                .orElseThrow()) + 1)
            .startsWith("[![Java 21+]"),
        "the badge takes the old one's place:\n" + after);
    assertTrue(after.contains("Our own words.\n"), after);
    assertEquals(Optional.empty(), new ReadmeConfigFile().attach(fixture.project()).plan(after));
  }

  /** A base's README line that names a class, after the class was renamed. */
  static class EntryPointReadme extends ReadmeConfigFile {
    private final String mainClass;

    EntryPointReadme(String mainClass) {
      this.mainClass = mainClass;
    }

    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("");
      lines.add("The service starts in `" + mainClass + "`.");
      return lines;
    }
  }

  @Test
  void aLineThatNamesAnotherClassIsReplacedNotAddedBeside() throws MalformedFileException {
    EntryPointReadme before = new EntryPointReadme("com.acme.auth.Main");
    String readme = fixture.render(before);

    String synced = sync(before, new EntryPointReadme("com.acme.authn.Main"), readme).text();

    assertEquals(1, count(synced, "The service starts in"), synced);
    assertTrue(synced.contains("`com.acme.authn.Main`"), synced);
    assertFalse(synced.contains("`com.acme.auth.Main`"), synced);
  }

  @Test
  void aBadgeTheUserEditedIsKeptAndReported() throws MalformedFileException {
    String badge = "[![Java 17+](https://img.shields.io/badge/Java-17%2B-orange.svg)]";
    String readme =
        fixture.render(new ReadmeConfigFile()).replace(badge, badge.replace("orange", "blue"));
    Object base = new ReadmeConfigFile().attach(fixture.project()).requiredContent();
    fixture.write("pom.xml", ProjectFixture.POM.replace(">17<", ">21<"));

    Plan plan =
        RuntimeAccess.get().plan(new ReadmeConfigFile().attach(fixture.project()), readme, base);

    assertTrue(plan.text().contains("Java-17%2B-blue.svg"), "the user's line stays");
    assertTrue(plan.text().contains("[![Java 21+]"), plan.text());
    assertEquals(1, plan.kept().size(), plan.kept().toString());
    assertTrue(plan.kept().get(0).startsWith("line 5: [![Java 17+]"), plan.kept().toString());
  }

  // --- .github/workflows/health_check.yml --------------------------------------------------------

  /** A service moves from service-base to backend-base: one level deeper, half an hour later. */
  @Test
  void aDeeperBaseReplacesTheScheduleAndKeepsTheUsersStep() throws MalformedFileException {
    String workflow =
        fixture
            .render(new HealthCheckWorkflowConfigFile())
            .replace(
                "        run: mvn -B -ntp install\n",
                "        run: mvn -B -ntp install\n"
                    + "      - id: report\n"
                    + "        name: Upload the coverage report\n"
                    + "        run: echo upload\n");
    Object base = new HealthCheckWorkflowConfigFile().attach(fixture.project()).requiredContent();
    fixture.depth(3);

    Plan plan =
        RuntimeAccess.get()
            .plan(new HealthCheckWorkflowConfigFile().attach(fixture.project()), workflow, base);

    assertEquals(1, count(plan.text(), "- cron:"), plan.text());
    assertTrue(plan.text().contains("- cron: 30 1 * * *"), plan.text());
    assertTrue(plan.text().contains("- id: report\n"), plan.text());
    assertEquals(List.of(), plan.kept());
  }

  /** A base that stops requiring a step it added: gone, unless the user changed it. */
  static class LintingWorkflow extends HealthCheckWorkflowConfigFile {
    @Override
    protected List<Object> steps() {
      List<Object> steps = super.steps();
      steps.add(Tree.map("id", "lint", "name", "Lint", "run", "mvn -B -ntp spotless:check"));
      return steps;
    }
  }

  @Test
  void aStepTheBaseDroppedGoesUnlessTheUserChangedIt() throws MalformedFileException {
    String asWritten = fixture.render(new LintingWorkflow());
    String changed = asWritten.replace("spotless:check", "spotless:check -Pstrict");

    Plan dropped =
        sync(new LintingWorkflow(), new HealthCheckWorkflowConfigFile(), asWritten);
    Plan kept =
        sync(new LintingWorkflow(), new HealthCheckWorkflowConfigFile(), changed);

    assertFalse(dropped.text().contains("id: lint"), dropped.text());
    assertEquals(fixture.render(new HealthCheckWorkflowConfigFile()), dropped.text());
    assertEquals(null, kept.text(), "nothing else to do: the file is left alone");
    assertEquals(
        List.of(
            "jobs.build.steps[4]: {id=lint, name=Lint, run=mvn -B -ntp spotless:check -Pstrict}"),
        kept.kept());
  }

  // --- pom.xml -----------------------------------------------------------------------------------

  /** service-base as it was: with Micrometer and the shade plugin. */
  static class ServiceBasePom extends PomConfigFile {
    @Override
    protected List<String> dependencies() {
      List<String> dependencies = super.dependencies();
      dependencies.add("io.micrometer:micrometer-core:1.15.0");
      return dependencies;
    }

    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> pom = super.configs();
      Map<String, Object> project = (Map<String, Object>) pom.get("project");
      Map<String, Object> build = (Map<String, Object>) project.get("build");
      Map<String, Object> plugins = (Map<String, Object>) build.get("plugins");
      ((List<Object>) plugins.get("plugin"))
          .add(
              Tree.map(
                  "groupId", "org.apache.maven.plugins",
                  "artifactId", "maven-shade-plugin",
                  "version", "3.6.0"));
      return pom;
    }
  }

  @Test
  void aDependencyAndAPluginTheBaseDroppedAreRemovedTheUsersStay() throws MalformedFileException {
    String pom =
        fixture
            .render(new ServiceBasePom())
            .replace(
                "  </dependencies>\n",
                "    <dependency>\n"
                    + "      <groupId>com.acme</groupId>\n"
                    + "      <artifactId>tokens</artifactId>\n"
                    + "      <version>2.0</version>\n"
                    + "    </dependency>\n"
                    + "  </dependencies>\n");

    Plan plan = sync(new ServiceBasePom(), new PomConfigFile(), pom);

    assertFalse(plan.text().contains("micrometer-core"), plan.text());
    assertFalse(plan.text().contains("maven-shade-plugin"), plan.text());
    assertTrue(plan.text().contains("<artifactId>tokens</artifactId>"), plan.text());
    assertEquals(List.of(), plan.kept());
    assertEquals(Optional.empty(), new PomConfigFile().attach(fixture.project()).plan(plan.text()));
  }

  @Test
  void aDroppedDependencyWhoseVersionTheUserRaisedIsKeptAndReported()
      throws MalformedFileException {
    String pom =
        fixture
            .render(new ServiceBasePom())
            .replace("<version>1.15.0</version>", "<version>1.16.1</version>");

    Plan plan = sync(new ServiceBasePom(), new PomConfigFile(), pom);

    assertTrue(plan.text().contains("micrometer-core"), "the user's version stays");
    assertFalse(plan.text().contains("maven-shade-plugin"), plan.text());
    assertEquals(1, plan.kept().size(), plan.kept().toString());
    assertTrue(plan.kept().get(0).startsWith("project.dependencies.dependency["), plan.kept()
        .toString());
    assertTrue(plan.kept().get(0).contains("{groupId=io.micrometer, artifactId=micrometer-core,"
        + " version=1.16.1}"), plan.kept().toString());
  }

  @Test
  void aRaisedCoverageMinimumReplacesTheOldOne() throws MalformedFileException {
    PomConfigFile stricter =
        new PomConfigFile() {
          @Override
          protected String coverageMinimum() {
            return "0.95";
          }
        };
    String pom = fixture.render(new PomConfigFile());

    Plan plan = sync(new PomConfigFile(), stricter, pom);

    assertEquals(1, count(plan.text(), "<rig.coverage.minimum>"), plan.text());
    assertTrue(plan.text().contains("<rig.coverage.minimum>0.95</rig.coverage.minimum>"));
  }
}
