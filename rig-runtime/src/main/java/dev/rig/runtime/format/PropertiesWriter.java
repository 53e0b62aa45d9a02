package dev.rig.runtime.format;

import dev.rig.runtime.internal.content.Scalars;
import java.util.Map;

/**
 * Writes {@code key=value} lines that {@link java.util.Properties#load} reads back to the same
 * entries, in the order of the map. Characters outside printable ASCII are written as {@code
 * \\uXXXX}, so that the file means the same whether it is read as ISO-8859-1 (as {@code
 * Properties.load(InputStream)} does) or as UTF-8.
 */
final class PropertiesWriter {

  private PropertiesWriter() {}

  static String write(Map<String, Object> properties) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> entry : properties.entrySet()) {
      escape(entry.getKey(), true, true, out);
      out.append('=');
      escape(Scalars.text(entry.getValue()), false, true, out);
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Appends {@code text} escaped as a key or a value.
   *
   * @param asciiOnly whether characters outside printable ASCII are written as {@code \\uXXXX};
   *     otherwise only control characters are
   */
  static void escape(String text, boolean isKey, boolean asciiOnly, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        // A key ends at the first of these; in a value only a leading space would be lost.
        case ' ' -> out.append(isKey || i == 0 ? "\\ " : " ");
        case '=', ':' -> out.append(isKey ? "\\" + c : String.valueOf(c));
        // Only a key can start a line, where these would start a comment.
        case '#', '!' -> out.append(isKey && i == 0 ? "\\" + c : String.valueOf(c));
        default -> {
          if (c < 0x20 || c == 0x7F || (c > 0x7E && (asciiOnly || !isPrintable(text, i)))) {
            Text.appendUnicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** Whether the character at {@code i} shows as itself: not a control, format or lone half. */
  private static boolean isPrintable(String text, int i) {
    char c = text.charAt(i);
    if (Character.isSurrogate(c)) {
      return !Text.isLoneSurrogate(text, i);
    }
    int type = Character.getType(c);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}
