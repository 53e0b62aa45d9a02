package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.util.List;

/**
 * {@code CONTRIBUTING.md}: how to build, what a change needs, how it is reviewed, and what the
 * rig-managed files mean for a contributor.
 */
@RigConfig
public class ContributingConfigFile extends MarkdownConfigFile {

  @Override
  protected String fileName() {
    return "CONTRIBUTING.md";
  }

  /** Not in a module of a multi-module build: the contributing guide belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  @Override
  protected boolean removable() {
    return true;
  }

  @Override
  protected List<String> configs() {
    return Lines.of(
        """
        # Contributing to %s

        Thank you for helping. This guide says how to build the project, what a change needs \
        and how it is reviewed.

        ## Build and test

        ```bash
        %s
        ```

        This is the command the Health Check workflow runs on JDK %s. It compiles the code, \
        runs the tests, checks the test coverage and checks that the project's shared files \
        are in sync with its standards.

        ## Making a change

        1. For anything larger than a small fix, open an issue first so that the approach can \
        be agreed before code is written.
        2. Branch from `%s`, keep each commit to one purpose, and say why in its message.
        3. Add or update tests with the change: the build fails when coverage drops below the \
        project's minimum.
        4. Run the build locally, then open a pull request and fill in its template.

        ## Shared files

        Some files (the pom, the workflows under `.github/`, the docs setup and this guide) \
        follow the organisation's standards and are kept in sync by rig. You can add to them. \
        When a test run changes one of them, review the change and commit it with your work.

        Please follow the [code of conduct](CODE_OF_CONDUCT.md), and report security problems \
        as [SECURITY.md](SECURITY.md) says, never in a public issue.
        """
            .formatted(
                ProjectInfo.of(project()).name(),
                BuildStandards.BUILD_COMMAND,
                BuildStandards.testedJdksInWords(),
                BuildStandards.MAIN_BRANCH));
  }
}
