package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .properties} file the way {@link java.util.Properties#load(java.io.Reader)} does,
 * but keeps the order of the file and reports where a {@code \\u} escape is malformed.
 *
 * <p>The syntax: comment lines start with {@code #} or {@code !}; a line ending in an odd number of
 * backslashes continues on the next line (whose leading whitespace is dropped); the key ends at the
 * first unescaped {@code =}, {@code :} or whitespace; escapes are {@code \t \n \r \f}, {@code
 * \\uXXXX} and a backslash before any other character. A key given twice keeps its last value, in
 * the place of its first.
 */
final class PropertiesReader {

  /**
   * One {@code key=value} of the file and where it is.
   *
   * @param start the start of its first line
   * @param keyEnd just after the key as written
   * @param valueStart where the value as written starts ({@code contentEnd} for an empty one)
   * @param contentEnd the end of its last line, before the line break
   * @param end just after that line break (the end of the text when there is none)
   */
  record Entry(
      String key, String value, int start, int keyEnd, int valueStart, int contentEnd, int end) {

    /** What the file writes between this key and its value, such as {@code =} or {@code : }. */
    String separator(String text) {
      return text.substring(keyEnd, valueStart);
    }
  }

  private final String text;
  private int position;
  private int line = 1;

  /** The current logical line, and where each of its characters is in the file. */
  private final StringBuilder logical = new StringBuilder();

  private int[] lines = new int[64];
  private int[] columns = new int[64];
  private int[] offsets = new int[64];

  /** Where the current logical line starts, and where its last line's content and break end. */
  private int entryStart;
  private int contentEnd;

  private PropertiesReader(String text) {
    this.text = text;
  }

  static Map<String, Object> read(String text) throws MalformedFileException {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Entry entry : entries(text)) {
      properties.put(entry.key(), entry.value());
    }
    return properties;
  }

  /** Every entry of the file, in order, a key given twice as often as it is given. */
  static List<Entry> entries(String text) throws MalformedFileException {
    return new PropertiesReader(text).readAll();
  }

  private List<Entry> readAll() throws MalformedFileException {
    List<Entry> entries = new ArrayList<>();
    while (readLogicalLine()) {
      int at = 0;
      int length = logical.length();
      StringBuilder key = new StringBuilder();
      while (at < length && !isKeyEnd(logical.charAt(at))) {
        at = unescapeOne(at, key);
      }
      int keyEnd = at == 0 ? offsets[0] : offsets[at - 1] + 1;
      while (at < length && isWhitespace(logical.charAt(at))) {
        at++;
      }
      if (at < length && (logical.charAt(at) == '=' || logical.charAt(at) == ':')) {
        at++;
        while (at < length && isWhitespace(logical.charAt(at))) {
          at++;
        }
      }
      int valueStart = at < length ? offsets[at] : contentEnd;
      StringBuilder value = new StringBuilder();
      while (at < length) {
        at = unescapeOne(at, value);
      }
      entries.add(
          new Entry(
              key.toString(),
              value.toString(),
              entryStart,
              keyEnd,
              valueStart,
              contentEnd,
              position));
    }
    return entries;
  }

  /**
   * Reads the next logical line that is not blank or a comment into {@link #logical}, joining
   * continuation lines and dropping leading whitespace. Returns false at the end of the text.
   */
  private boolean readLogicalLine() {
    logical.setLength(0);
    boolean continuing = false;
    while (position < text.length() || continuing) {
      if (position >= text.length()) {
        // A backslash at the very end continues into nothing: Properties drops it too.
        return true;
      }
      int column = 1;
      if (!continuing) {
        entryStart = position;
      }
      while (position < text.length() && isWhitespace(text.charAt(position))) {
        position++;
        column++;
      }
      boolean atLineEnd = position >= text.length() || isLineBreak(text.charAt(position));
      if (!continuing
          && (atLineEnd || text.charAt(position) == '#' || text.charAt(position) == '!')) {
        skipRestOfLine();
        continue;
      }
      int start = logical.length();
      while (position < text.length() && !isLineBreak(text.charAt(position))) {
        append(text.charAt(position), line, column, position);
        position++;
        column++;
      }
      contentEnd = position;
      skipLineBreak();
      int backslashes = 0;
      for (int i = logical.length() - 1; i >= start && logical.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      continuing = backslashes % 2 == 1;
      if (!continuing) {
        return true;
      }
      logical.setLength(logical.length() - 1);
    }
    return false;
  }

  /** Appends the character at {@code at}, unescaped, to {@code out}; returns the next index. */
  private int unescapeOne(int at, StringBuilder out) throws MalformedFileException {
    char c = logical.charAt(at);
    if (c != '\\') {
      out.append(c);
      return at + 1;
    }
    if (at + 1 >= logical.length()) {
      // A lone backslash at the end of the text: Properties drops it.
      return at + 1;
    }
    char escaped = logical.charAt(at + 1);
    switch (escaped) {
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      case 'u' -> {
        return unicode(at, out);
      }
      default -> out.append(escaped);
    }
    return at + 2;
  }

  private int unicode(int backslash, StringBuilder out) throws MalformedFileException {
    int value = 0;
    int first = backslash + 2;
    for (int i = first; i < first + 4; i++) {
      int digit = i < logical.length() ? Character.digit(logical.charAt(i), 16) : -1;
      if (digit < 0) {
        String found = logical.substring(backslash, Math.min(first + 4, logical.length()));
        throw new MalformedFileException(
            lines[backslash],
            columns[backslash],
            "malformed escape \""
                + found
                + "\": \\u must be followed by four hexadecimal"
                + " digits (write \\\\u for a literal backslash-u)");
      }
      value = value * 16 + digit;
    }
    out.append((char) value);
    return first + 4;
  }

  private void append(char c, int atLine, int atColumn, int offset) {
    int index = logical.length();
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, index * 2);
      columns = Arrays.copyOf(columns, index * 2);
      offsets = Arrays.copyOf(offsets, index * 2);
    }
    lines[index] = atLine;
    columns[index] = atColumn;
    offsets[index] = offset;
    logical.append(c);
  }

  private void skipRestOfLine() {
    while (position < text.length() && !isLineBreak(text.charAt(position))) {
      position++;
    }
    skipLineBreak();
  }

  private void skipLineBreak() {
    if (position < text.length() && text.charAt(position) == '\r') {
      position++;
      if (position < text.length() && text.charAt(position) == '\n') {
        position++;
      }
      line++;
    } else if (position < text.length() && text.charAt(position) == '\n') {
      position++;
      line++;
    }
  }

  private boolean isKeyEnd(char c) {
    return c == '=' || c == ':' || isWhitespace(c);
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
