package dev.rig.runtime.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How an XML text is laid out, read from the text itself so that new elements look like the
 * file's own: the indentation of a line, one level of indentation, the quote around attribute
 * values, how empty elements are written.
 */
final class XmlStyle {

  /** How many elements, from the top of the file, the layout is read from. */
  private static final int SAMPLE = 2_000;

  private final String text;
  private final XmlElement root;
  private final boolean pom;
  private XmlWriter.Layout layout;
  private int[] lines;

  XmlStyle(String text, XmlElement root, boolean pom) {
    this.text = text;
    this.root = root;
    this.pom = pom;
  }

  /** The layout of new elements, detected from the whole text once. */
  XmlWriter.Layout layout() {
    if (layout == null) {
      layout = detect();
    }
    return layout;
  }

  /** The start of the line that holds {@code offset}. */
  int lineStart(int offset) {
    return lines()[2 * lineOf(offset)];
  }

  /** Whether only spaces and tabs stand before {@code offset} on its line. */
  boolean startsLine(int offset) {
    return lines()[2 * lineOf(offset) + 1] >= offset;
  }

  /** The spaces and tabs that begin the line holding {@code offset}. */
  String indentOf(int offset) {
    int line = lineOf(offset);
    return text.substring(lines()[2 * line], lines()[2 * line + 1]);
  }

  /** For each line, its start and the end of its leading spaces and tabs, in one array. */
  private int[] lines() {
    if (lines == null) {
      int count = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        count++;
      }
      lines = new int[2 * count];
      int line = 0;
      int start = 0;
      while (true) {
        int indentEnd = start;
        while (indentEnd < text.length() && isBlank(text.charAt(indentEnd))) {
          indentEnd++;
        }
        lines[2 * line] = start;
        lines[2 * line + 1] = indentEnd;
        int end = text.indexOf('\n', start);
        if (end < 0) {
          break;
        }
        start = end + 1;
        line++;
      }
    }
    return lines;
  }

  private int lineOf(int offset) {
    int[] lines = lines();
    int low = 0;
    int high = lines.length / 2 - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lines[2 * middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /**
   * Where the line after an element begins, when only spaces, tabs and comments follow it on its
   * own line; -1 when something else does (the file writes elements side by side there).
   */
  int nextLineAfter(int offset) {
    int at = offset;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n') {
        return at + 1;
      }
      if (isBlank(c)) {
        at++;
      } else if (text.startsWith("<!--", at)) {
        at = text.indexOf("-->", at + 4) + 3;
      } else {
        return -1;
      }
    }
    return -1;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private XmlWriter.Layout detect() {
    Map<String, Integer> steps = new HashMap<>();
    int doubleQuotes = 0;
    int singleQuotes = 0;
    int selfClosed = 0;
    int openClosed = 0;
    Deque<XmlElement> pending = new ArrayDeque<>();
    pending.push(root);
    // The first elements of the file tell its style; a huge file need not be read to the end.
    for (int seen = 0; !pending.isEmpty() && seen < SAMPLE; seen++) {
      XmlElement element = pending.pop();
      for (XmlParser.Attribute attribute : element.attributes) {
        if (attribute.quote() == '"') {
          doubleQuotes++;
        } else {
          singleQuotes++;
        }
      }
      if (element.selfClosing) {
        selfClosed++;
      } else if (element.endTagStart == element.startTagEnd && element.children.isEmpty()) {
        openClosed++;
      }
      if (element.parent != null && startsLine(element.start)
          && startsLine(element.parent.start)) {
        String indent = indentOf(element.start);
        String parentIndent = indentOf(element.parent.start);
        if (indent.length() > parentIndent.length() && indent.startsWith(parentIndent)) {
          String step = indent.substring(parentIndent.length());
          steps.put(step, steps.getOrDefault(step, 0) + 1);
        }
      }
      for (int i = element.children.size() - 1; i >= 0; i--) {
        pending.push(element.children.get(i));
      }
    }
    String indent = "  ";
    int best = 0;
    for (Map.Entry<String, Integer> step : steps.entrySet()) {
      int count = step.getValue();
      if (count > best || (count == best && step.getKey().compareTo(indent) < 0)) {
        best = count;
        indent = step.getKey();
      }
    }
    return new XmlWriter.Layout(
        indent, singleQuotes > doubleQuotes ? '\'' : '"', selfClosed >= openClosed, pom);
  }
}
