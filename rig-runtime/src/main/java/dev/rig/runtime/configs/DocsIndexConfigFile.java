package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code docs/index.md}: the home page of the documentation site that mkdocs.yml builds. */
@RigConfig
public class DocsIndexConfigFile extends MarkdownConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("docs");
  }

  @Override
  protected String fileName() {
    return "index.md";
  }

  /** Not in a module of a multi-module build: the docs' home page belongs to the build's root. */
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
    ProjectInfo info = ProjectInfo.of(project());
    List<String> lines = new ArrayList<>();
    lines.add("# " + info.name());
    if (!info.description().isEmpty()) {
      lines.add("");
      lines.add(info.description());
    }
    lines.addAll(
        Lines.of(
            """

            ## Getting started

            Build and test the project with:

            ```bash
            %s
            ```
            """
                .formatted(BuildStandards.BUILD_COMMAND)));
    return lines;
  }
}
