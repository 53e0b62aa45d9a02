package dev.rig.runtime.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff as {@code git diff} shows it ({@code a/} and {@code b/} prefixes, {@code
 * /dev/null} for a new file, three lines of context, {@code \ No newline at end of file} after a
 * last line without a line break), so that a person can read it and {@code git apply} can apply it:
 * {@code rig:check} writes the diffs of all drifted files as {@code target/rig.patch}.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  /** Marks, inside the diff, a last line that has no line break; never part of a real text. */
  private static final String NO_EOL = "\u0000";

  private static final String NO_EOL_NOTE = "\\ No newline at end of file";

  private UnifiedDiff() {}

  /**
   * @param path the file's path relative to the root, with {@code /}
   * @param oldText the current text, or {@code null} when the file does not exist
   * @param newText the text sync writes
   * @return the diff, each line ending with {@code \n}
   */
  static String of(String path, String oldText, String newText) {
    List<String> oldLines = oldText == null ? List.of() : lines(oldText);
    List<String> newLines = lines(newText);
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            oldText == null ? "/dev/null" : "a/" + path, "b/" + path, oldLines, patch, CONTEXT);
    StringBuilder out = new StringBuilder();
    for (String line : diff) {
      if (line.startsWith("@@ ")) {
        line = emptySideStartsAtZero(line);
      }
      if (line.endsWith(NO_EOL)) {
        out.append(line, 0, line.length() - NO_EOL.length()).append('\n');
        out.append(NO_EOL_NOTE).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A hunk header as git writes it: a side with no lines (a new file, a file emptied) starts at
   * line 0, where java-diff-utils says 1.
   */
  private static String emptySideStartsAtZero(String header) {
    return header.replace("@@ -1,0 ", "@@ -0,0 ").replace(" +1,0 @@", " +0,0 @@");
  }

  /**
   * The lines of a text; a final line break ends the last line rather than starting a new one. A
   * last line without a line break carries {@link #NO_EOL}, so that it differs from the same line
   * with one.
   */
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
      lines.add(text.substring(start) + NO_EOL);
    }
    return lines;
  }
}
