package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two renderings: {@code "- old"} and {@code "+ new"}, stripped of
 * indentation ({@code "+"} alone for a blank line).
 */
final class Changes {

  private Changes() {}

  static List<String> between(String before, String after) {
    List<String> changes = new ArrayList<>();
    for (AbstractDelta<String> delta :
        DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
      for (String line : delta.getSource().getLines()) {
        changes.add(mark("-", line));
      }
      for (String line : delta.getTarget().getLines()) {
        changes.add(mark("+", line));
      }
    }
    return changes;
  }

  /**
   * Asserts that exactly these lines were removed and added. Compared as multisets: where a block
   * repeats lines that surround it (a {@code <dependency>} after others), a diff may place it one
   * line earlier or later, and either placement is the same change.
   */
  static void assertExactly(List<String> expected, List<String> actual) {
    assertEquals(sorted(expected), sorted(actual), "changed lines, in diff order: " + actual);
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }

  private static String mark(String sign, String line) {
    return line.isBlank() ? sign : sign + " " + line.strip();
  }
}
