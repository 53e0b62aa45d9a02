package dev.rig.runtime.internal.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unified diff as {@code git diff} shows it ({@code a/} and {@code b/} prefixes, {@code
 * /dev/null} for a new file, three lines of context, {@code \ No newline at end of file} after a
 * last line without a line break), so that a person can read it and {@code git apply} can apply it:
 * {@code rig:check} writes the {@link #patchOf whole diffs} of all drifted files as {@code
 * target/rig.patch}.
 *
 * <p>Linear in practice, whatever the files: the lines the two texts share at their start and end
 * are matched first, a large remainder is cut at lines that occur once in each text, and only
 * pieces of up to {@value #COMPARED_LINES} lines are compared line by line (see {@link #patch}).
 * What is shown is capped at {@value #MAX_LINES} lines of at most {@value #MAX_LINE_LENGTH}
 * characters, with a note saying what was left out.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  /** Changed lines (old and new together) compared line by line; more make one hunk. */
  static final int COMPARED_LINES = 4_000;

  /** Lines of diff shown per file. */
  static final int MAX_LINES = 2_000;

  /** Characters shown of one line of the diff. */
  static final int MAX_LINE_LENGTH = 1_000;

  /** Marks, inside the diff, a last line that has no line break; never part of a real text. */
  private static final String NO_EOL = "\u0000";

  private static final String NO_EOL_NOTE = "\\ No newline at end of file";

  private UnifiedDiff() {}

  /**
   * The diff check prints: paths escaped for a terminal, capped at {@value #MAX_LINES} lines of at
   * most {@value #MAX_LINE_LENGTH} characters.
   *
   * @param path the file's path relative to the root, with {@code /}
   * @param oldText the current text, or {@code null} when the file does not exist
   * @param newText the text sync writes, or {@code null} when sync deletes the file
   * @return the diff, each line ending with {@code \n}
   */
  static String of(String path, String oldText, String newText) {
    return render(PrintedPaths.of(path), oldText, newText, true);
  }

  /**
   * The whole diff, uncapped, with the path as it is, for {@code target/rig.patch}: {@code git
   * apply} applies it. The texts are as the file holds them (a CRLF file's lines keep their
   * {@code \r}, a byte order mark starts the first line), since git compares bytes.
   */
  static String patchOf(String path, String oldText, String newText) {
    return render(path, oldText, newText, false);
  }

  private static String render(String path, String oldText, String newText, boolean capped) {
    List<String> oldLines = oldText == null ? List.of() : lines(oldText);
    List<String> newLines = newText == null ? List.of() : lines(newText);
    Patch<String> patch = patch(oldLines, newLines);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            oldText == null ? "/dev/null" : "a/" + path,
            newText == null ? "/dev/null" : "b/" + path,
            oldLines,
            patch,
            CONTEXT);
    StringBuilder out = new StringBuilder();
    int shown = capped ? Math.min(diff.size(), MAX_LINES) : diff.size();
    for (int i = 0; i < shown; i++) {
      String line = diff.get(i);
      boolean noEol = line.endsWith(NO_EOL);
      if (noEol) {
        line = line.substring(0, line.length() - NO_EOL.length());
      } else if (line.startsWith("@@ ")) {
        line = emptySideStartsAtZero(line);
      }
      if (capped && line.length() > MAX_LINE_LENGTH) {
        out.append(line, 0, MAX_LINE_LENGTH)
            .append(" [").append(line.length() - MAX_LINE_LENGTH).append(" more characters]");
      } else {
        out.append(line);
      }
      out.append('\n');
      if (noEol) {
        out.append(NO_EOL_NOTE).append('\n');
      }
    }
    if (diff.size() > shown) {
      out.append("[")
          .append(diff.size() - shown)
          .append(" more lines of this diff are not shown; rig shows the first ")
          .append(MAX_LINES)
          .append("]\n");
    }
    if (capped && patch.getDeltas().isEmpty() && (oldText == null || newText == null)) {
      out.append("(an empty file)\n");
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
   * The changes between the two texts. Lines the two share at the start and at the end of a range
   * are matched without a search; a small remainder is compared with Myers' algorithm; a large one
   * is first cut at the lines that occur exactly once in each text, in the same order (as patience
   * diff does), and each piece is compared the same way. A piece that is still large and has no
   * such line is shown as one replacement.
   */
  private static Patch<String> patch(List<String> oldLines, List<String> newLines) {
    Patch<String> patch = new Patch<>();
    compare(oldLines, 0, oldLines.size(), newLines, 0, newLines.size(), patch);
    return patch;
  }

  private static void compare(
      List<String> oldLines,
      int oldFrom,
      int oldTo,
      List<String> newLines,
      int newFrom,
      int newTo,
      Patch<String> patch) {
    while (oldFrom < oldTo
        && newFrom < newTo
        && oldLines.get(oldFrom).equals(newLines.get(newFrom))) {
      oldFrom++;
      newFrom++;
    }
    while (oldFrom < oldTo
        && newFrom < newTo
        && oldLines.get(oldTo - 1).equals(newLines.get(newTo - 1))) {
      oldTo--;
      newTo--;
    }
    if (oldFrom == oldTo && newFrom == newTo) {
      return;
    }
    List<String> oldPart = oldLines.subList(oldFrom, oldTo);
    List<String> newPart = newLines.subList(newFrom, newTo);
    if (oldPart.size() + newPart.size() <= COMPARED_LINES) {
      for (AbstractDelta<String> delta : DiffUtils.diff(oldPart, newPart).getDeltas()) {
        patch.addDelta(
            delta.withChunks(
                new Chunk<>(oldFrom + delta.getSource().getPosition(), delta.getSource().getLines()),
                new Chunk<>(
                    newFrom + delta.getTarget().getPosition(), delta.getTarget().getLines())));
      }
      return;
    }
    List<int[]> anchors = uniqueCommonLines(oldPart, newPart);
    if (anchors.isEmpty()) {
      patch.addDelta(
          new ChangeDelta<>(
              new Chunk<>(oldFrom, new ArrayList<>(oldPart)),
              new Chunk<>(newFrom, new ArrayList<>(newPart))));
      return;
    }
    int oldAt = oldFrom;
    int newAt = newFrom;
    for (int[] anchor : anchors) {
      compare(oldLines, oldAt, oldFrom + anchor[0], newLines, newAt, newFrom + anchor[1], patch);
      oldAt = oldFrom + anchor[0] + 1;
      newAt = newFrom + anchor[1] + 1;
    }
    compare(oldLines, oldAt, oldTo, newLines, newAt, newTo, patch);
  }

  /**
   * The lines that occur exactly once in each list, as pairs of their indexes, keeping the longest
   * run that is in the same order in both.
   */
  private static List<int[]> uniqueCommonLines(List<String> oldPart, List<String> newPart) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < oldPart.size(); i++) {
      int[] seen = counts.computeIfAbsent(oldPart.get(i), line -> new int[] {0, -1, 0, -1});
      seen[0]++;
      seen[1] = i;
    }
    for (int j = 0; j < newPart.size(); j++) {
      int[] seen = counts.get(newPart.get(j));
      if (seen != null) {
        seen[2]++;
        seen[3] = j;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int j = 0; j < newPart.size(); j++) {
      int[] seen = counts.get(newPart.get(j));
      if (seen != null && seen[0] == 1 && seen[2] == 1) {
        pairs.add(new int[] {seen[1], j});
      }
    }
    // The longest increasing run of old indexes, in new order (patience sorting).
    int[] tails = new int[pairs.size()];
    int[] previous = new int[pairs.size()];
    int length = 0;
    for (int k = 0; k < pairs.size(); k++) {
      int low = 0;
      int high = length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (pairs.get(tails[middle])[0] < pairs.get(k)[0]) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[k] = low > 0 ? tails[low - 1] : -1;
      tails[low] = k;
      length = Math.max(length, low + 1);
    }
    List<int[]> run = new ArrayList<>(length);
    for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = previous[k]) {
      run.add(pairs.get(k));
    }
    Collections.reverse(run);
    return run;
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
