package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.configs.facts.GitRemote;
import dev.rig.runtime.format.TextConfigFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .github/CODEOWNERS}: who reviews every pull request. By default the owner of the GitHub
 * remote; an organisation names a team instead by overriding {@link #owners()}:
 *
 * <pre>{@code
 * @Override protected List<String> owners() { return List.of("@acme/platform"); }
 * }</pre>
 */
@RigConfig
public class CodeownersConfigFile extends TextConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of(".github");
  }

  @Override
  protected String fileName() {
    return "CODEOWNERS";
  }

  /**
   * The owners of every file, as GitHub writes them ({@code @user}, {@code @org/team}); empty when
   * the git remote is not on GitHub.
   */
  protected List<String> owners() {
    List<String> owners = new ArrayList<>();
    ProjectInfo.of(project())
        .gitHub()
        .map(GitRemote::owner)
        .ifPresent(owner -> owners.add("@" + owner));
    return owners;
  }

  @Override
  protected List<String> configs() {
    List<String> lines =
        Lines.of(
            """
            # Reviewers requested for every pull request. An organisation names a team: @org/team.
            """);
    List<String> owners = owners();
    if (!owners.isEmpty()) {
      lines.add("* " + String.join(" ", owners));
    }
    return lines;
  }
}
