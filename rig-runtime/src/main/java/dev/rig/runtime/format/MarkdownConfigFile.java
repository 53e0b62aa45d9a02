package dev.rig.runtime.format;

/**
 * A managed Markdown file ({@code README.md}, documentation pages): required lines, exactly as
 * {@link TextConfigFile}.
 */
public abstract class MarkdownConfigFile extends TextConfigFile {

  @Override
  protected String extension() {
    return "md";
  }
}
