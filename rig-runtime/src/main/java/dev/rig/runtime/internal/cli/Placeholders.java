package dev.rig.runtime.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Recognises the placeholder files other tools start a repository with ({@code gh repo create
 * --add-readme} writes a README that is only a title; {@code mkdocs new} a one-line mkdocs.yml), so
 * that {@code init} can replace them with rig's complete file instead of merging into them.
 *
 * <p>Only files of a <em>removable</em> config (rig owns their whole content) are considered, and a
 * file counts as a placeholder only when it has at most one non-blank line: anything more is
 * someone's work and is merged, never deleted.
 */
final class Placeholders {

  /** The most non-blank lines a placeholder has. */
  static final int MAX_LINES = 1;

  private Placeholders() {}

  /** Whether {@code file} is a regular file (not a link) with at most one non-blank line. */
  static boolean isPlaceholder(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.size(file) > 4096) {
      return false;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Not UTF-8 text: not something rig wrote or would replace.
      return false;
    }
    long contentLines = text.lines().filter(line -> !line.isBlank()).count();
    return contentLines <= MAX_LINES;
  }
}
