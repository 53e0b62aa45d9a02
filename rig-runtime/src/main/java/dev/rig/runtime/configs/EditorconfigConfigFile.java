package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.TextConfigFile;
import java.util.List;

/**
 * {@code .editorconfig}: UTF-8, LF line endings, a final newline, no trailing whitespace, four
 * spaces for Java and two for the XML, YAML, JSON and Markdown files rig writes.
 */
@RigConfig
public class EditorconfigConfigFile extends TextConfigFile {

  @Override
  protected String fileName() {
    return ".editorconfig";
  }

  /** Not in a module of a multi-module build: the editor settings belongs to the build's root. */
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
        root = true

        [*]
        charset = utf-8
        end_of_line = lf
        insert_final_newline = true
        trim_trailing_whitespace = true
        indent_style = space
        indent_size = 4

        [*.{xml,yml,yaml,json,md}]
        indent_size = 2

        [*.md]
        trim_trailing_whitespace = false
        """);
  }
}
