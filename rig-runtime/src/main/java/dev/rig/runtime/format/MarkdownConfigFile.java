package dev.rig.runtime.format;

import dev.rig.runtime.internal.content.RequiredLines;

/**
 * A managed Markdown file ({@code README.md}, documentation pages): required lines, as {@link
 * TextConfigFile}, read as Markdown so that the page stays well formed. A required fenced code
 * block is added whole and never inside one of the page's own; the page's existing title (its
 * level-1 heading) stands for the required one, so a page never gets a second title. Required
 * content must close every fence it opens and hold at most one title.
 */
public abstract class MarkdownConfigFile extends TextConfigFile {

  @Override
  protected String extension() {
    return "md";
  }

  @Override
  RequiredLines.Syntax syntax() {
    return RequiredLines.Syntax.MARKDOWN;
  }
}
