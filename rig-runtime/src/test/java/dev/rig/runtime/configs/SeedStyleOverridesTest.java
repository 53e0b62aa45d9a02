package dev.rig.runtime.configs;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each default overridden the way the seed overrides pyrig's: subclass, call {@code super}, change
 * one thing. The rendered file differs from the default's in exactly that change.
 *
 * <p>The subclasses here are not annotated with {@code @RigConfig}: they are test fixtures, not
 * configs of rig-runtime.
 */
@SuppressWarnings("unchecked")
class SeedStyleOverridesTest {

  @TempDir Path folder;
  private ProjectFixture fixture;

  @BeforeEach
  void authService() {
    fixture = ProjectFixture.authService(folder.resolve("auth-service"));
  }

  private List<String> changes(ConfigFile<?> base, ConfigFile<?> override) {
    return Changes.between(fixture.render(base), fixture.render(override));
  }

  private void assertChanges(List<String> expected, ConfigFile<?> base, ConfigFile<?> override) {
    Changes.assertExactly(expected, changes(base, override));
  }

  // --- pom.xml -----------------------------------------------------------------------------------

  static class SharedDependenciesPom extends PomConfigFile {
    @Override
    protected List<String> dependencies() {
      List<String> dependencies = super.dependencies();
      dependencies.add("org.bouncycastle:bcprov-jdk18on:1.80");
      return dependencies;
    }
  }

  @Test
  void pomDependenciesExtendedWithSuper() {
    assertChanges(
        List.of(
            "+ <dependency>",
            "+ <groupId>org.bouncycastle</groupId>",
            "+ <artifactId>bcprov-jdk18on</artifactId>",
            "+ <version>1.80</version>",
            "+ </dependency>"),
        new PomConfigFile(),
        new SharedDependenciesPom());
  }

  static class LowerCoveragePom extends PomConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      Map<String, Object> project = (Map<String, Object>) config.get("project");
      ((Map<String, Object>) project.get("properties")).put(COVERAGE_MINIMUM_PROPERTY, "0.85");
      return config;
    }
  }

  @Test
  void pomCoverageLoweredInConfigsAsTheSeedDoes() {
    assertChanges(
        List.of(
            "- <rig.coverage.minimum>0.90</rig.coverage.minimum>",
            "+ <rig.coverage.minimum>0.85</rig.coverage.minimum>"),
        new PomConfigFile(),
        new LowerCoveragePom());
  }

  static class SafetyTestDependencyPom extends PomConfigFile {
    @Override
    protected List<String> testDependencies() {
      List<String> dependencies = super.testDependencies();
      dependencies.add("org.assertj:assertj-core:3.27.3");
      return dependencies;
    }
  }

  @Test
  void pomTestDependenciesExtendedWithSuper() {
    assertChanges(
        List.of(
            "+ <dependency>",
            "+ <groupId>org.assertj</groupId>",
            "+ <artifactId>assertj-core</artifactId>",
            "+ <version>3.27.3</version>",
            "+ <scope>test</scope>",
            "+ </dependency>"),
        new PomConfigFile(),
        new SafetyTestDependencyPom());
  }

  // --- line files
  // ----------------------------------------------------------------------------------

  static class LogsIgnored extends GitignoreConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("*.log");
      return lines;
    }
  }

  @Test
  void gitignoreGetsALine() {
    assertChanges(List.of("+ *.log"), new GitignoreConfigFile(), new LogsIgnored());
  }

  static class TwoSpaceJava extends EditorconfigConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.set(lines.indexOf("indent_size = 4"), "indent_size = 2");
      return lines;
    }
  }

  @Test
  void editorconfigChangesALine() {
    assertChanges(
        List.of("- indent_size = 4", "+ indent_size = 2"),
        new EditorconfigConfigFile(),
        new TwoSpaceJava());
  }

  static class ReadmeWithDocsBadge extends ReadmeConfigFile {
    @Override
    protected List<String> badges() {
      List<String> badges = super.badges();
      badges.add(
          "[![Docs](https://img.shields.io/badge/docs-site-blue.svg)](https://acme.github.io/auth-service/)");
      return badges;
    }
  }

  @Test
  void readmeGetsABadge() {
    assertChanges(
        List.of(
            "+ [![Docs](https://img.shields.io/badge/docs-site-blue.svg)](https://acme.github.io/auth-service/)"),
        new ReadmeConfigFile(),
        new ReadmeWithDocsBadge());
  }

  static class AcmeLicense extends LicenseConfigFile {
    @Override
    protected String owner() {
      return "Acme Corporation";
    }
  }

  @Test
  void licenseNamesTheOrganisation() {
    assertChanges(
        List.of("- Copyright (c) 2026 acme", "+ Copyright (c) 2026 Acme Corporation"),
        new LicenseConfigFile(),
        new AcmeLicense());
  }

  static class ContributingWithSignOff extends ContributingConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("");
      lines.add("Sign off every commit (`git commit -s`).");
      return lines;
    }
  }

  @Test
  void contributingGetsARule() {
    assertChanges(
        List.of("+", "+ Sign off every commit (`git commit -s`)."),
        new ContributingConfigFile(),
        new ContributingWithSignOff());
  }

  static class SecurityWithContact extends SecurityConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("");
      lines.add("You can also write to security@acme.example.");
      return lines;
    }
  }

  @Test
  void securityGetsAContact() {
    assertChanges(
        List.of("+", "+ You can also write to security@acme.example."),
        new SecurityConfigFile(),
        new SecurityWithContact());
  }

  static class ConductWithContact extends CodeOfConductConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("");
      lines.add("Or write to conduct@acme.example.");
      return lines;
    }
  }

  @Test
  void codeOfConductGetsAContact() {
    assertChanges(
        List.of("+", "+ Or write to conduct@acme.example."),
        new CodeOfConductConfigFile(),
        new ConductWithContact());
  }

  static class DocsIndexWithRunbook extends DocsIndexConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("");
      lines.add("See the [runbook](runbook.md) when it is on fire.");
      return lines;
    }
  }

  @Test
  void docsIndexGetsALink() {
    assertChanges(
        List.of("+", "+ See the [runbook](runbook.md) when it is on fire."),
        new DocsIndexConfigFile(),
        new DocsIndexWithRunbook());
  }

  static class PullRequestWithChangelog extends PullRequestTemplateConfigFile {
    @Override
    protected List<String> configs() {
      List<String> lines = super.configs();
      lines.add("- [ ] CHANGELOG.md says what changed");
      return lines;
    }
  }

  @Test
  void pullRequestTemplateGetsACheck() {
    assertChanges(
        List.of("+ - [ ] CHANGELOG.md says what changed"),
        new PullRequestTemplateConfigFile(),
        new PullRequestWithChangelog());
  }

  static class TeamOwners extends CodeownersConfigFile {
    @Override
    protected List<String> owners() {
      return List.of("@acme/platform");
    }
  }

  @Test
  void codeownersNameATeam() {
    assertChanges(
        List.of("- * @acme", "+ * @acme/platform"), new CodeownersConfigFile(), new TeamOwners());
  }

  // --- YAML
  // ----------------------------------------------------------------------------------------

  /** The seed's Step 3, in Java. */
  static class BrandedMkdocs extends MkdocsConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      Map<String, Object> theme = (Map<String, Object>) config.get("theme");
      theme.put(
          "palette",
          Tree.list(
              Tree.map(
                  "scheme", "slate",
                  "primary", "deep purple",
                  "accent", "amber",
                  "toggle", Tree.map("icon", "material/brightness-4", "name", "Light mode")),
              Tree.map(
                  "scheme", "default",
                  "primary", "deep purple",
                  "accent", "amber",
                  "toggle", Tree.map("icon", "material/brightness-7", "name", "Dark mode"))));
      theme.put("logo", "assets/logo.png");
      theme.put("favicon", "assets/favicon.ico");
      return config;
    }
  }

  @Test
  void mkdocsRebrandedAsInTheSeed() {
    assertChanges(
        List.of(
            "- - scheme: default",
            "- primary: indigo",
            "- accent: indigo",
            "- toggle:",
            "- icon: material/brightness-7",
            "- name: Switch to dark mode",
            "- primary: indigo",
            "- accent: indigo",
            "- name: Switch to light mode",
            "+ primary: deep purple",
            "+ accent: amber",
            "+ name: Light mode",
            "+ - scheme: default",
            "+ primary: deep purple",
            "+ accent: amber",
            "+ toggle:",
            "+ icon: material/brightness-7",
            "+ name: Dark mode",
            "+ logo: assets/logo.png",
            "+ favicon: assets/favicon.ico"),
        new MkdocsConfigFile(),
        new BrandedMkdocs());
  }

  static class HealthCheckWithDependencyReview extends HealthCheckWorkflowConfigFile {
    @Override
    protected List<Object> steps() {
      List<Object> steps = super.steps();
      steps.add(runStep("tree", "Show the dependency tree", "mvn -B -ntp dependency:tree"));
      return steps;
    }
  }

  @Test
  void healthCheckGetsAStep() {
    assertChanges(
        List.of(
            "+ - id: tree",
            "+ name: Show the dependency tree",
            "+ run: mvn -B -ntp dependency:tree"),
        new HealthCheckWorkflowConfigFile(),
        new HealthCheckWithDependencyReview());
  }

  static class ReleaseWithoutPackages extends ReleaseWorkflowConfigFile {
    @Override
    protected List<Object> steps() {
      List<Object> steps = super.steps();
      steps.removeIf(step -> "publish".equals(((Map<String, Object>) step).get("id")));
      return steps;
    }
  }

  @Test
  void releaseDropsAStep() {
    assertChanges(
        List.of(
            "- - id: publish",
            "- name: Publish to GitHub Packages",
            "- if: steps.version.outputs.release == 'true'",
            "- run: mvn -B -ntp deploy -DskipTests -DaltDeploymentRepository="
                + "github::https://maven.pkg.github.com/${{ github.repository }}",
            "- env:",
            "- GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}"),
        new ReleaseWorkflowConfigFile(),
        new ReleaseWithoutPackages());
  }

  static class HealOurOwnBot extends HealWorkflowConfigFile {
    @Override
    protected List<String> bots() {
      List<String> bots = super.bots();
      bots.add("acme-deps[bot]");
      return bots;
    }
  }

  @Test
  void healAlsoHealsAnOrganisationsBot() {
    assertChanges(
        List.of(
            "- if: github.event.pull_request.head.repo.full_name == github.repository"
                + " && contains(fromJSON('[\"dependabot[bot]\", \"renovate[bot]\"]'),"
                + " github.event.pull_request.user.login)",
            "+ if: github.event.pull_request.head.repo.full_name == github.repository"
                + " && contains(fromJSON('[\"dependabot[bot]\", \"renovate[bot]\","
                + " \"acme-deps[bot]\"]'), github.event.pull_request.user.login)",
            "- HEAL_BOTS: dependabot[bot] renovate[bot]",
            "+ HEAL_BOTS: dependabot[bot] renovate[bot] acme-deps[bot]"),
        new HealWorkflowConfigFile(),
        new HealOurOwnBot());
  }

  /** The GitHub App alternative to the RIG_TOKEN secret, as docs/defaults.md shows it. */
  static class HealWithAppToken extends HealWorkflowConfigFile {
    @Override
    protected String pushToken() {
      return "steps.app-token.outputs.token";
    }

    @Override
    protected List<Object> steps() {
      List<Object> steps = super.steps();
      Map<String, Object> token =
          usesStep("app-token", "Create a GitHub App token", "actions/create-github-app-token@v1");
      token.put(
          "with",
          Tree.map(
              "app-id", "${{ vars.RIG_APP_ID }}",
              "private-key", "${{ secrets.RIG_APP_PRIVATE_KEY }}"));
      steps.add(0, token);
      return steps;
    }
  }

  @Test
  void healPushesWithAGitHubAppToken() {
    assertChanges(
        List.of(
            "+ - id: app-token",
            "+ name: Create a GitHub App token",
            "+ uses: actions/create-github-app-token@v1",
            "+ with:",
            "+ app-id: ${{ vars.RIG_APP_ID }}",
            "+ private-key: ${{ secrets.RIG_APP_PRIVATE_KEY }}",
            "- token: ${{ secrets.RIG_TOKEN || github.token }}",
            "+ token: ${{ steps.app-token.outputs.token || github.token }}",
            "- HEAL_CAN_PUSH: ${{ secrets.RIG_TOKEN != '' }}",
            "+ HEAL_CAN_PUSH: ${{ steps.app-token.outputs.token != '' }}"),
        new HealWorkflowConfigFile(),
        new HealWithAppToken());
  }

  static class DocsOnPython312 extends DeployDocsWorkflowConfigFile {
    @Override
    protected List<Object> buildSteps() {
      List<Object> steps = super.buildSteps();
      Map<String, Object> python = (Map<String, Object>) steps.get(1);
      ((Map<String, Object>) python.get("with")).put("python-version", "3.12");
      return steps;
    }
  }

  @Test
  void deployDocsPinsPython() {
    assertChanges(
        List.of("- python-version: \"3.x\"", "+ python-version: \"3.12\""),
        new DeployDocsWorkflowConfigFile(),
        new DocsOnPython312());
  }

  static class DailyDependabot extends DependabotConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      Map<String, Object> maven =
          (Map<String, Object>) ((List<Object>) config.get("updates")).get(0);
      ((Map<String, Object>) maven.get("schedule")).put("interval", "daily");
      return config;
    }
  }

  @Test
  void dependabotChecksMavenDaily() {
    assertChanges(
        List.of("- interval: weekly", "+ interval: daily"),
        new DependabotConfigFile(),
        new DailyDependabot());
  }

  static class TriagedBugs extends BugReportIssueTemplateConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      ((List<Object>) config.get("labels")).add("triage");
      return config;
    }
  }

  @Test
  void bugReportGetsALabel() {
    assertChanges(List.of("+ - triage"), new BugReportIssueTemplateConfigFile(), new TriagedBugs());
  }

  static class FeatureRequestWithImpact extends FeatureRequestIssueTemplateConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      ((List<Object>) config.get("body"))
          .add(input("impact", "Impact", "How many users or services need it?", false));
      return config;
    }
  }

  @Test
  void featureRequestGetsAField() {
    assertChanges(
        List.of(
            "+ - type: input",
            "+ id: impact",
            "+ attributes:",
            "+ label: Impact",
            "+ description: How many users or services need it?",
            "+ validations:",
            "+ required: false"),
        new FeatureRequestIssueTemplateConfigFile(),
        new FeatureRequestWithImpact());
  }

  static class NoBlankIssues extends IssueTemplateChooserConfigFile {
    @Override
    protected Map<String, Object> configs() {
      Map<String, Object> config = super.configs();
      config.put("blank_issues_enabled", false);
      return config;
    }
  }

  @Test
  void issueChooserForbidsBlankIssues() {
    assertChanges(
        List.of("- blank_issues_enabled: true", "+ blank_issues_enabled: false"),
        new IssueTemplateChooserConfigFile(),
        new NoBlankIssues());
  }
}
