package dev.rig.runtime.format;

/** Small text rules every format follows. */
final class Text {

  private Text() {}

  /** Files end with a line break (an empty file stays empty). */
  static String endWithLineBreak(String text) {
    if (text.isEmpty() || text.endsWith("\n")) {
      return text;
    }
    return text + "\n";
  }

  /** The spaces and tabs that start the line holding {@code offset}. */
  static String lineIndent(CharSequence text, int offset) {
    int start = lineStart(text, offset);
    int end = start;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.subSequence(start, end).toString();
  }

  /** The offset of the first character of the line holding {@code offset}. */
  static int lineStart(CharSequence text, int offset) {
    int start = Math.min(offset, text.length());
    while (start > 0 && text.charAt(start - 1) != '\n') {
      start--;
    }
    return start;
  }

  /** Whether the char at {@code i} is half of a surrogate pair whose other half is missing. */
  static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Appends {@code c} as {@code \\uXXXX}, as JSON and properties files escape a character. */
  static void appendUnicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
