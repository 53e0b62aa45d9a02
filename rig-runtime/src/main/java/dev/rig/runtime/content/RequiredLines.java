package dev.rig.runtime.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content model of line-based files ({@code .gitignore}, README, LICENSE): the required content
 * is a list of lines that must each appear, exactly, as a line of the file.
 */
public final class RequiredLines {

  private RequiredLines() {}

  /** Whether every required line is a line of {@code actual}. */
  public static boolean contains(List<String> actual, List<String> required) {
    Set<String> present = new HashSet<>(actual);
    return present.containsAll(required);
  }

  /**
   * {@code actual} with every missing required line inserted right after the nearest preceding
   * required line, or at the end when no required line precedes it. Every existing line is kept, in
   * its place.
   */
  public static List<String> merge(List<String> actual, List<String> required) {
    List<String> merged = new ArrayList<>(actual);
    // Where the previous required line sits in merged; -1 before the first one is placed.
    int cursor = -1;
    for (String line : required) {
      if (line.isEmpty() && cursor >= 0) {
        cursor = blankAfter(merged, cursor);
        continue;
      }
      int at = indexAfter(merged, line, cursor);
      if (at < 0) {
        at = cursor < 0 ? merged.size() : cursor + 1;
        merged.add(at, line);
      }
      cursor = at;
    }
    return merged;
  }

  /**
   * A blank required line separates the required lines around it: the line right after the
   * cursor when it is blank, else a blank line inserted there. Any blank line of the file would
   * do for {@link #contains}, but matching one further down would move the required lines that
   * follow into the middle of the user's text.
   */
  private static int blankAfter(List<String> merged, int cursor) {
    if (cursor + 1 >= merged.size() || !merged.get(cursor + 1).isEmpty()) {
      merged.add(cursor + 1, "");
    }
    return cursor + 1;
  }

  /** The first occurrence of {@code line} after {@code cursor}, else anywhere, else -1. */
  private static int indexAfter(List<String> lines, String line, int cursor) {
    for (int i = cursor + 1; i < lines.size(); i++) {
      if (lines.get(i).equals(line)) {
        return i;
      }
    }
    return lines.indexOf(line);
  }

  /**
   * The required lines in canonical form: a required string that holds line breaks stands for
   * several lines (a final line break ends its last line).
   *
   * @throws IllegalArgumentException for a null line
   */
  public static List<String> normalize(List<String> required) {
    if (required == null) {
      throw new IllegalArgumentException("returned null; return a list of lines");
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < required.size(); i++) {
      String line = required.get(i);
      if (line == null) {
        throw new IllegalArgumentException("line " + i + " is null; use \"\" for a blank line");
      }
      String text = line.replace("\r\n", "\n");
      if (text.endsWith("\n")) {
        // A text block ends with a line break that ends its last line, not a blank line.
        text = text.substring(0, text.length() - 1);
      }
      lines.addAll(List.of(text.split("\n", -1)));
    }
    return lines;
  }
}
