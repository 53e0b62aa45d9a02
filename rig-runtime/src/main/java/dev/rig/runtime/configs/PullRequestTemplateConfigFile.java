package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.nio.file.Path;
import java.util.List;

/** {@code .github/pull_request_template.md}: what a pull request says and checks. */
@RigConfig
public class PullRequestTemplateConfigFile extends MarkdownConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of(".github");
  }

  @Override
  protected String fileName() {
    return "pull_request_template.md";
  }

  @Override
  protected boolean removable() {
    return true;
  }

  @Override
  protected List<String> configs() {
    return Lines.of(
        """
        ## What and why

        <!-- What does this change do, and why is it needed? Link the issue it closes: Closes #123 -->

        ## Checklist

        - [ ] `%s` passes locally
        - [ ] Tests cover the change
        - [ ] The documentation says what changed for users
        - [ ] Changes that rig made to shared files were reviewed and are part of this pull request
        """
            .formatted(BuildStandards.BUILD_COMMAND));
  }
}
