package dev.rig.runtime.internal.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The content model of line-based files ({@code .gitignore}, README, LICENSE): the required content
 * is a list of lines that must each appear, exactly, as a line of the file.
 *
 * <p>A missing line goes where it belongs: right after the required line before it, else right
 * before the first required line after it that the file has, else at the end. Every existing line
 * is kept, in its place.
 *
 * <p>Markdown ({@link Syntax#MARKDOWN}) adds three rules, so that a page rig edits stays well
 * formed: a required fenced code block is one piece (present only as a whole, added as a whole);
 * nothing is inserted inside the file's own code blocks (nor counts as present there); and the
 * required title, the level-1 heading, is satisfied by the title the file already has, so a page
 * never gets a second one. A missing title goes at the top.
 */
public final class RequiredLines {

  /** How the lines are read. */
  public enum Syntax {
    /** Every line stands alone. */
    TEXT,
    /** Fenced code blocks and the title are kept whole and single; see the class comment. */
    MARKDOWN
  }

  private RequiredLines() {}

  /** Whether every required line is a line of {@code actual}. */
  public static boolean contains(List<String> actual, List<String> required) {
    return contains(actual, required, Syntax.TEXT);
  }

  /** {@code actual} with every missing required line inserted where it belongs. */
  public static List<String> merge(List<String> actual, List<String> required) {
    return merge(actual, required, Syntax.TEXT);
  }

  /** Whether {@code actual} holds every required piece, read as {@code syntax}. */
  public static boolean contains(List<String> actual, List<String> required, Syntax syntax) {
    if (syntax == Syntax.TEXT) {
      return new HashSet<>(actual).containsAll(required);
    }
    MarkdownLayout layout = layout(actual, syntax);
    for (Piece piece : pieces(required, syntax)) {
      if (piece.title() && !layout.titles().isEmpty()) {
        continue;
      }
      if (find(actual, layout, piece, -1) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code actual} with every missing required piece inserted where it belongs (see the class
   * comment). Every existing line is kept, in its place.
   */
  public static List<String> merge(List<String> actual, List<String> required, Syntax syntax) {
    List<String> merged = new ArrayList<>(actual);
    List<Piece> pieces = pieces(required, syntax);
    // Where the last line of the previous required piece sits in merged; -1 before the first.
    int cursor = -1;
    for (int k = 0; k < pieces.size(); k++) {
      Piece piece = pieces.get(k);
      MarkdownLayout layout = layout(merged, syntax);
      if (piece.blank() && cursor >= 0) {
        cursor = blankAfter(merged, cursor);
        continue;
      }
      if (piece.title() && !layout.titles().isEmpty()) {
        cursor = layout.titles().get(0);
        continue;
      }
      int at = find(merged, layout, piece, cursor);
      if (at < 0) {
        if (cursor >= 0) {
          at = cursor + 1;
        } else if (piece.title()) {
          at = top(merged);
        } else {
          at = beforeNext(merged, layout, pieces, k);
        }
        at = layout.outsideFences(at);
        merged.addAll(at, piece.lines());
      }
      cursor = at + piece.lines().size() - 1;
    }
    return merged;
  }

  /**
   * The required lines in canonical form: a required string that holds line breaks stands for
   * several lines (a final line break ends its last line).
   *
   * @throws IllegalArgumentException for a null line
   */
  public static List<String> normalize(List<String> required) {
    return normalize(required, Syntax.TEXT);
  }

  /**
   * {@link #normalize(List)}; Markdown must also close every code fence it opens and have at most
   * one title.
   *
   * @throws IllegalArgumentException for a null line, a fence left open or a second title
   */
  public static List<String> normalize(List<String> required, Syntax syntax) {
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
    if (syntax == Syntax.MARKDOWN) {
      MarkdownLayout layout = MarkdownLayout.of(lines);
      for (MarkdownLayout.Fence fence : layout.fences()) {
        if (fence.close() < 0) {
          throw new IllegalArgumentException(
              "opens a code fence at line "
                  + (fence.open() + 1)
                  + " ("
                  + lines.get(fence.open()).strip()
                  + ") that it never closes; the rest of the page would become code");
        }
      }
      if (layout.titles().size() > 1) {
        throw new IllegalArgumentException(
            "holds " + layout.titles().size() + " titles (level-1 headings); a page has one");
      }
    }
    return lines;
  }

  /** A required line, or a whole fenced code block in Markdown. */
  private record Piece(List<String> lines, boolean title) {
    boolean blank() {
      return lines.size() == 1 && lines.get(0).isEmpty();
    }
  }

  private static List<Piece> pieces(List<String> required, Syntax syntax) {
    List<Piece> pieces = new ArrayList<>();
    if (syntax == Syntax.TEXT) {
      for (String line : required) {
        pieces.add(new Piece(List.of(line), false));
      }
      return pieces;
    }
    MarkdownLayout layout = MarkdownLayout.of(required);
    int i = 0;
    while (i < required.size()) {
      MarkdownLayout.Fence block = null;
      for (MarkdownLayout.Fence fence : layout.fences()) {
        if (fence.open() == i) {
          block = fence;
        }
      }
      int end = block == null || block.close() < 0 ? i + 1 : block.close() + 1;
      pieces.add(
          new Piece(List.copyOf(required.subList(i, end)), layout.titles().contains(i)));
      i = end;
    }
    return pieces;
  }

  private static MarkdownLayout layout(List<String> lines, Syntax syntax) {
    return MarkdownLayout.of(syntax == Syntax.MARKDOWN ? lines : List.of());
  }

  /**
   * Where {@code piece} starts in {@code lines}, outside code blocks: first after {@code cursor},
   * else anywhere; -1 when it is not there.
   */
  private static int find(List<String> lines, MarkdownLayout layout, Piece piece, int cursor) {
    int found = -1;
    for (int i = 0; i + piece.lines().size() <= lines.size(); i++) {
      if (matches(lines, layout, piece, i)) {
        if (i > cursor) {
          return i;
        }
        if (found < 0) {
          found = i;
        }
      }
    }
    return found;
  }

  private static boolean matches(List<String> lines, MarkdownLayout layout, Piece piece, int at) {
    List<String> wanted = piece.lines();
    if (!lines.get(at).equals(wanted.get(0))) {
      return false;
    }
    if (wanted.size() == 1) {
      // A required line found inside the file's own code block is code, not that line.
      return !layout.isInFence(at) || wanted.get(0).isEmpty();
    }
    return lines.subList(at, at + wanted.size()).equals(wanted);
  }

  /** Right before the first later required piece that {@code merged} has, else the end. */
  private static int beforeNext(
      List<String> merged, MarkdownLayout layout, List<Piece> pieces, int k) {
    for (int j = k + 1; j < pieces.size(); j++) {
      Piece next = pieces.get(j);
      if (next.blank() || next.title()) {
        continue;
      }
      int at = find(merged, layout, next, -1);
      if (at >= 0) {
        return at;
      }
    }
    return merged.size();
  }

  /** The top of a page: after its front matter (a block between two {@code ---} lines). */
  private static int top(List<String> lines) {
    if (!lines.isEmpty() && lines.get(0).equals("---")) {
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).equals("---") || lines.get(i).equals("...")) {
          return i + 1;
        }
      }
    }
    return 0;
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
}
