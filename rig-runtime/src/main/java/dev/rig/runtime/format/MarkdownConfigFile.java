package dev.rig.runtime.format;

/** A managed Markdown file: required lines, as {@link TextConfigFile}. */
public abstract class MarkdownConfigFile extends TextConfigFile {

  @Override
  protected String extension() {
    return "md";
  }
}
