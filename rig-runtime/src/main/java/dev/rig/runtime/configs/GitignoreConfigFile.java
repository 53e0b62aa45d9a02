package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.TextConfigFile;
import java.util.List;

/**
 * {@code .gitignore}: build output, the docs site, IDE and OS files, and rig's lock file stay out
 * of version control. Each pattern is a required line; a project adds its own lines freely.
 */
@RigConfig
public class GitignoreConfigFile extends TextConfigFile {

  @Override
  protected String fileName() {
    return ".gitignore";
  }

  /** Before other files, so that nothing rig creates shows up as untracked noise. */
  @Override
  protected int priority() {
    return 90;
  }

  @Override
  protected List<String> configs() {
    return Lines.of(
        """
        target/
        site/
        .idea/
        *.iml
        .vscode/
        .classpath
        .project
        .settings/
        .factorypath
        .DS_Store
        Thumbs.db
        .rig.lock
        """);
  }
}
