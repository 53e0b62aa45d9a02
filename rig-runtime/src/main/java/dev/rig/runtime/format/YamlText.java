package dev.rig.runtime.format;

/** Lines, columns and the gaps between nodes in a YAML text. */
final class YamlText {

  final String text;

  /** The line break the text uses: {@code \r\n} when it has one, else {@code \n}. */
  final String newline;

  YamlText(String text) {
    this.text = text;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  int length() {
    return text.length();
  }

  char at(int index) {
    return text.charAt(index);
  }

  /** Where the line that holds {@code index} starts. */
  int lineStart(int index) {
    int i = index;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** Where the line that holds {@code index} ends: its line break, or the end of the text. */
  int lineEnd(int index) {
    int i = index;
    while (i < text.length() && text.charAt(i) != '\n') {
      i++;
    }
    if (i > 0 && i <= text.length() && i > index && text.charAt(i - 1) == '\r') {
      return i - 1;
    }
    return i;
  }

  /** Where the line after the one ending at {@code lineEnd} starts, or -1 at the end. */
  int nextLine(int lineEnd) {
    if (lineEnd >= text.length()) {
      return -1;
    }
    return text.charAt(lineEnd) == '\r' ? lineEnd + 2 : lineEnd + 1;
  }

  int column(int index) {
    return index - lineStart(index);
  }

  /** Whether only spaces stand between the start of its line and {@code index}. */
  boolean startsLine(int index) {
    for (int i = lineStart(index); i < index; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The first character of the line at {@code lineStart} that is not a space, or -1. */
  int firstNonSpace(int lineStart) {
    int end = lineEnd(lineStart);
    for (int i = lineStart; i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return i;
      }
    }
    return -1;
  }

  /** Whether the line at {@code lineStart} holds only a comment. */
  boolean isCommentLine(int lineStart) {
    int first = firstNonSpace(lineStart);
    return first >= 0 && text.charAt(first) == '#';
  }

  /**
   * The first {@code wanted} character from {@code from} on, stepping over white space and
   * comments only (what lies between two nodes), or -1.
   */
  int find(int from, char wanted) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == wanted) {
        return i;
      }
      if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        i = lineEnd(i);
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** {@code index} moved back over white space (line breaks included). */
  int trimBack(int index, int floor) {
    int i = index;
    while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Past the anchors ({@code &a}) and tags ({@code !t}) that start a node at {@code start}. */
  int skipProperties(int start, int end) {
    int i = start;
    while (i < end && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
      while (i < end && !Character.isWhitespace(text.charAt(i)) && ",[]{}".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    return Math.min(i, end);
  }

  /** 1-based line and column of {@code index}, for messages. */
  int[] position(int index) {
    int line = 1;
    int lineStart = 0;
    int limit = Math.min(index, text.length());
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, limit - lineStart + 1};
  }

  static String spaces(int count) {
    return " ".repeat(Math.max(0, count));
  }
}
