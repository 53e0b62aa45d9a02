package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.TextConfigFile;
import java.util.ArrayList;
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

  /** Not in a module of a multi-module build: the ignore list belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  /** Before other files, so that nothing rig creates shows up as untracked noise. */
  @Override
  protected int priority() {
    return 90;
  }

  /**
   * The patterns below; a pattern the file already has in an equivalent spelling ({@code .idea} for
   * {@code .idea/}, {@code /target/} for {@code target/}) is required as the file spells it, so it
   * is not added twice.
   */
  @Override
  protected List<String> configs() {
    List<String> existing =
        project().currentText(fileName()).map(text -> text.lines().map(String::strip).toList())
            .orElse(List.of());
    List<String> lines = new ArrayList<>();
    for (String pattern : patterns()) {
      lines.add(
          existing.stream()
              .filter(line -> sameDirectoryPattern(line, pattern))
              .findFirst()
              .orElse(pattern));
    }
    return lines;
  }

  /** {@code .idea}, {@code .idea/}, {@code /.idea} and {@code /.idea/}: one pattern for rig. */
  private static boolean sameDirectoryPattern(String line, String pattern) {
    return !line.isEmpty() && !line.startsWith("#") && bare(line).equals(bare(pattern));
  }

  private static String bare(String pattern) {
    String bare = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
  }

  private static List<String> patterns() {
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
