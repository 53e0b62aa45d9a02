package dev.rig.runtime.internal.engine;

import java.nio.file.Path;

/**
 * A path as rig prints it. A file name may hold any character but {@code /} and NUL, and config
 * classes and folders come from elsewhere: a name with a line break could forge a line of rig's
 * output ({@code rig: 0 files checked, all in sync}), a bidirectional override could disguise it.
 * Every path rig prints goes through here, so that such characters show as escapes on one line.
 */
public final class PrintedPaths {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PrintedPaths() {}

  /**
   * {@code path} with line breaks, tabs and other control and format characters written as {@code
   * \n}, {@code \r}, {@code \t} or {@code \\uXXXX}; every other character as it is.
   */
  public static String of(String path) {
    int first = 0;
    while (first < path.length() && !needsEscape(path, first)) {
      first++;
    }
    if (first == path.length()) {
      return path;
    }
    StringBuilder shown = new StringBuilder(path.length() + 8).append(path, 0, first);
    for (int i = first; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!needsEscape(path, i)) {
        shown.append(c);
      } else if (c == '\n') {
        shown.append("\\n");
      } else if (c == '\r') {
        shown.append("\\r");
      } else if (c == '\t') {
        shown.append("\\t");
      } else {
        shown
            .append("\\u")
            .append(HEX[(c >> 12) & 0xF])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return shown.toString();
  }

  /** {@link #of(String)} of the path's text. */
  public static String of(Path path) {
    return of(path.toString());
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.UNASSIGNED:
        return true;
      case Character.SURROGATE:
        return Character.isHighSurrogate(c)
            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
            : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
      default:
        return false;
    }
  }
}
