package dev.rig.runtime.configs;

import dev.rig.runtime.ConfigFile;
import java.util.List;
import java.util.function.Supplier;

/** Every default of rig, as rig-processor registers them: constructed with {@code new}. */
final class DefaultConfigs {

  private DefaultConfigs() {}

  static List<Supplier<ConfigFile<?>>> all() {
    return List.of(
        PomConfigFile::new,
        GitignoreConfigFile::new,
        EditorconfigConfigFile::new,
        ReadmeConfigFile::new,
        LicenseConfigFile::new,
        ContributingConfigFile::new,
        SecurityConfigFile::new,
        CodeOfConductConfigFile::new,
        MkdocsConfigFile::new,
        DocsIndexConfigFile::new,
        HealthCheckWorkflowConfigFile::new,
        ReleaseWorkflowConfigFile::new,
        DeployDocsWorkflowConfigFile::new,
        HealWorkflowConfigFile::new,
        DependabotConfigFile::new,
        BugReportIssueTemplateConfigFile::new,
        FeatureRequestIssueTemplateConfigFile::new,
        IssueTemplateChooserConfigFile::new,
        PullRequestTemplateConfigFile::new,
        CodeownersConfigFile::new);
  }
}
