package dev.rig.runtime.internal.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.rig.runtime.content.Merge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The three-way merge of line-based files ({@code .gitignore}, README, LICENSE): the lines the
 * base required and the required content no longer does are taken out of the file, where it still
 * holds them as rig wrote them, before the missing required lines go in ({@link RequiredLines}).
 *
 * <p>A block of lines that changed between the base and the required content (a badge for another
 * Java version, a line that names another class) is replaced where the file has it, so the new
 * lines take the old ones' place. A line that the file holds elsewhere is removed there. A line the
 * user edited is left alone, and reported when it is recognisably the old line (it starts the same
 * way).
 */
public final class LineMerger {

  private final List<String> actual;
  private final List<String> lines;
  private final List<String> kept = new ArrayList<>();

  private LineMerger(List<String> actual) {
    this.actual = actual;
    this.lines = new ArrayList<>(actual);
  }

  /**
   * @param base the lines rig required at the last sync, or {@code null} when unknown (or not all
   *     text): then nothing is removed
   * @param syntax how the lines are read (Markdown keeps code blocks and the title whole)
   */
  public static Merge merge(
      List<String> actual, List<String> base, List<String> required, RequiredLines.Syntax syntax) {
    LineMerger merger = new LineMerger(actual);
    if (base != null && base.stream().allMatch(String.class::isInstance)) {
      merger.takeOutDropped(base, required);
    }
    List<String> merged = RequiredLines.merge(merger.lines, required, syntax);
    return new Merge(LineEdits.between(actual, merged), merger.kept);
  }

  private void takeOutDropped(List<String> base, List<String> required) {
    Set<String> stillRequired = new HashSet<>(required);
    Set<String> known = new HashSet<>(base);
    known.addAll(required);
    for (AbstractDelta<String> delta : DiffUtils.diff(base, required).getDeltas()) {
      List<String> dropped = delta.getSource().getLines();
      if (dropped.isEmpty()) {
        continue;
      }
      int at = indexOfBlock(dropped);
      if (at >= 0) {
        List<String> replacement = new ArrayList<>();
        for (String line : delta.getTarget().getLines()) {
          if (line.isBlank() || !lines.contains(line)) {
            replacement.add(line);
          }
        }
        lines.subList(at, at + dropped.size()).clear();
        lines.addAll(at, replacement);
        continue;
      }
      for (String line : dropped) {
        if (line.isBlank() || stillRequired.contains(line)) {
          continue;
        }
        int found = lines.indexOf(line);
        if (found >= 0) {
          lines.remove(found);
        } else {
          reportEdited(line, known);
        }
      }
    }
  }

  /** Where the file holds {@code block} as consecutive lines, or -1. */
  private int indexOfBlock(List<String> block) {
    for (int i = 0; i + block.size() <= lines.size(); i++) {
      if (lines.subList(i, i + block.size()).equals(block)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reports the line of the file that looks like {@code dropped} edited by the user: it starts
   * with the line, or with its first half when that is long enough to tell.
   */
  private void reportEdited(String dropped, Set<String> known) {
    if (dropped.length() < 3) {
      return;
    }
    int shared = Math.min(dropped.length(), Math.max(8, dropped.length() / 2));
    for (int i = 0; i < actual.size(); i++) {
      String line = actual.get(i);
      if (!known.contains(line) && commonPrefix(line, dropped) >= shared) {
        kept.add("line " + (i + 1) + ": " + line);
        return;
      }
    }
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
