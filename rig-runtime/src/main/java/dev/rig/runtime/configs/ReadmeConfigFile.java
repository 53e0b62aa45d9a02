package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.configs.facts.GitRemote;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.internal.facts.BuildStandards;
import dev.rig.runtime.internal.facts.ProjectLicense;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code README.md}: the project's name and description from its pom, badges for the health check
 * (when the git remote is on GitHub), the license and the Java version, how to build, and how the
 * project's shared files are kept in sync. Everything else in the README is the project's own.
 */
@RigConfig
public class ReadmeConfigFile extends MarkdownConfigFile {

  @Override
  protected String fileName() {
    return "README.md";
  }

  /** Not in a module of a multi-module build: the README belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  /** A README that is only a title, as {@code gh repo create --add-readme} writes, is replaced. */
  @Override
  protected boolean removable() {
    return true;
  }

  /** The badge lines under the title, each a Markdown image link. A fresh, mutable list. */
  protected List<String> badges() {
    ProjectInfo info = ProjectInfo.of(project());
    List<String> badges = new ArrayList<>();
    Optional<GitRemote> gitHub = info.gitHub();
    gitHub.ifPresent(
        remote -> {
          String workflow = remote.webUrl() + "/actions/workflows/health_check.yml";
          badges.add("[![Health Check](" + workflow + "/badge.svg)](" + workflow + ")");
        });
    ProjectLicense license = ProjectLicense.of(project());
    license
        .spdxId()
        .ifPresent(
            id ->
                badges.add(
                    "[![License: "
                        + id
                        + "](https://img.shields.io/badge/license-"
                        + id.replace("-", "--")
                        + "-blue.svg)]("
                        + license.fileName()
                        + ")"));
    String java = info.javaRelease();
    badges.add(
        "[![Java "
            + java
            + "+](https://img.shields.io/badge/Java-"
            + java
            + "%2B-orange.svg)](https://openjdk.org/projects/jdk/"
            + java
            + "/)");
    return badges;
  }

  /**
   * The README's own title, its first level-1 heading, when it has one: a README that says {@code #
   * Orders} keeps it, and is not given {@code # orders} as a second title.
   */
  private Optional<String> existingTitle() {
    Optional<String> text = project().currentText(fileName());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    boolean inFence = false;
    for (String line : text.get().lines().map(String::stripTrailing).toList()) {
      if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
        inFence = !inFence;
      } else if (!inFence && line.startsWith("# ") && !line.substring(2).isBlank()) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  @Override
  protected List<String> configs() {
    ProjectInfo info = ProjectInfo.of(project());
    List<String> lines = new ArrayList<>();
    lines.add(existingTitle().orElse("# " + info.name()));
    lines.add("");
    lines.addAll(badges());
    if (!info.description().isEmpty()) {
      lines.add("");
      lines.add(info.description());
    }
    lines.addAll(
        Lines.of(
            """

            ## Build

            ```bash
            %s
            ```

            The [Health Check](.github/workflows/health_check.yml) workflow runs the same command \
            on JDK %s.

            ## Shared standards

            This project's shared files (the pom, the GitHub workflows, the docs setup and the \
            required parts of this README) follow its organisation's standards, kept by rig. Every \
            test run checks them, repairs what has drifted and fails until the repair is committed. \
            Add to these files freely; to change a standard itself, override its config class.
            """
                .formatted(BuildStandards.BUILD_COMMAND, BuildStandards.testedJdksInWords())));
    lines.add("");
    lines.add(
        "See which files are managed and where each standard comes from with `"
            + BuildStandards.LIST_COMMAND
            + "`; `"
            + BuildStandards.SYNC_COMMAND
            + "` writes them.");
    return lines;
  }
}
