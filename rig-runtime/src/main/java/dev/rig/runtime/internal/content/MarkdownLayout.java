package dev.rig.runtime.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a Markdown text that decide where a line may go: fenced code blocks (a line added
 * inside one would show as code, and a fence left open turns the rest of the page into code) and
 * the title, the level-1 heading (a page has one). Fences and headings follow CommonMark: up to
 * three spaces of indent, a fence of three or more backticks or tildes closed by a fence of the
 * same character at least as long, {@code # Title} or a line underlined with {@code =}.
 */
final class MarkdownLayout {

  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern TITLE = Pattern.compile(" {0,3}#(?:[ \t].*)?");
  private static final Pattern TITLE_UNDERLINE = Pattern.compile(" {0,3}=+[ \t]*");

  /** A fenced code block: the lines of its opening and closing fences; -1 when never closed. */
  record Fence(int open, int close) {
    boolean holds(int line) {
      return line >= open && (close < 0 || line <= close);
    }
  }

  private final List<Fence> fences = new ArrayList<>();
  private final List<Integer> titles = new ArrayList<>();

  private MarkdownLayout(List<String> lines) {
    Fence open = null;
    String opening = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (open != null) {
        if (closes(opening, line)) {
          fences.add(new Fence(open.open(), i));
          open = null;
        }
      } else if (FENCE.matcher(line).matches() && !hasBacktickInInfo(line)) {
        open = new Fence(i, -1);
        opening = line.strip();
      } else if (TITLE.matcher(line).matches()) {
        titles.add(i);
      } else if (TITLE_UNDERLINE.matcher(line).matches()
          && i > 0
          && !lines.get(i - 1).isBlank()
          && !isInFence(i - 1)) {
        titles.add(i);
      }
    }
    if (open != null) {
      fences.add(open);
    }
  }

  static MarkdownLayout of(List<String> lines) {
    return new MarkdownLayout(lines);
  }

  /** The fenced blocks, in order. */
  List<Fence> fences() {
    return fences;
  }

  /** The lines that hold (or underline) a level-1 heading outside code, in order. */
  List<Integer> titles() {
    return titles;
  }

  boolean isInFence(int line) {
    for (Fence fence : fences) {
      if (fence.holds(line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest place at or after {@code at} where a line can be inserted outside code: after the
   * fenced block that would hold it, or before a block that is never closed.
   */
  int outsideFences(int at) {
    for (Fence fence : fences) {
      if (at > fence.open() && (fence.close() < 0 || at <= fence.close())) {
        return fence.close() < 0 ? fence.open() : fence.close() + 1;
      }
    }
    return at;
  }

  /** Whether the line is a level-1 heading written {@code # Title}. */
  static boolean isTitle(String line) {
    return TITLE.matcher(line).matches();
  }

  /** Whether the line opens (or closes) a fenced code block. */
  static boolean isFence(String line) {
    return FENCE.matcher(line).matches() && !hasBacktickInInfo(line);
  }

  private static boolean closes(String opening, String line) {
    String stripped = line.strip();
    char mark = opening.charAt(0);
    int length = 0;
    while (length < opening.length() && opening.charAt(length) == mark) {
      length++;
    }
    if (line.length() - line.stripLeading().length() > 3 || stripped.length() < length) {
      return false;
    }
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) != mark) {
        return false;
      }
    }
    return true;
  }

  /** A backtick fence's info string cannot hold a backtick ({@code ```a`b} is inline code). */
  private static boolean hasBacktickInInfo(String line) {
    String stripped = line.strip();
    if (stripped.charAt(0) != '`') {
      return false;
    }
    int i = 0;
    while (i < stripped.length() && stripped.charAt(i) == '`') {
      i++;
    }
    return stripped.indexOf('`', i) >= 0;
  }
}
