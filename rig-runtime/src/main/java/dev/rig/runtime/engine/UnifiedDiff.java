package dev.rig.runtime.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff as {@code git diff} shows it ({@code a/} and {@code b/} prefixes, {@code
 * /dev/null} for a new file, three lines of context), so that a person can read it and tools can
 * apply it.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * @param path the file's path relative to the root, with {@code /}
   * @param oldText the current text, or {@code null} when the file does not exist
   * @param newText the text sync writes, or {@code null} when sync deletes the file
   * @return the diff, each line ending with {@code \n}
   */
  static String of(String path, String oldText, String newText) {
    List<String> oldLines = oldText == null ? List.of() : lines(oldText);
    List<String> newLines = newText == null ? List.of() : lines(newText);
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            oldText == null ? "/dev/null" : "a/" + path,
            newText == null ? "/dev/null" : "b/" + path,
            oldLines,
            patch,
            CONTEXT);
    StringBuilder out = new StringBuilder();
    for (String line : diff) {
      out.append(line).append('\n');
    }
    if (patch.getDeltas().isEmpty() && (oldText == null || newText == null)) {
      out.append("(an empty file)\n");
    } else if (patch.getDeltas().isEmpty()) {
      // Only the final line break differs: the lines themselves are equal.
      out.append("(only the line break at the end of the file changes)\n");
    }
    return out.toString();
  }

  /** The lines of a text; a final line break ends the last line rather than starting a new one. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
