package dev.rig.runtime.format;

import dev.rig.runtime.internal.content.Numbers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a JSON file writes its values (its indent and the text between a key and its value), and
 * values of the content model written that way: a new file in rig's style, a new value in the
 * style of the file it goes into.
 *
 * <p>Strings keep every character as it is except those JSON must escape; a lone surrogate (which
 * UTF-8 cannot hold) is written as its {@code \\uXXXX} escape, so that it survives as written.
 *
 * @param indent one level of indentation
 * @param keySeparator what goes between a key and its value, such as {@code ": "}
 */
record JsonStyle(String indent, String keySeparator) {

  /** rig's own layout: two-space indents and {@code "key": value}. */
  static final JsonStyle DEFAULT = new JsonStyle("  ", ": ");

  /** What separates two members on one line: {@code ", "}, or {@code ","} in a compact file. */
  String inlineSeparator() {
    return keySeparator.endsWith(" ") ? ", " : ",";
  }

  /**
   * {@code value} as JSON text. A map or list in a {@code multiline} context puts each member on a
   * line of its own, indented one level more than {@code lineIndent}, the indentation of the line
   * the value starts on; otherwise everything stays on one line.
   */
  String render(Object value, String lineIndent, boolean multiline) {
    StringBuilder out = new StringBuilder();
    render(value, lineIndent, multiline, out);
    return out.toString();
  }

  private void render(Object value, String lineIndent, boolean multiline, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      container(map.entrySet().iterator(), map.isEmpty(), '{', '}', lineIndent, multiline, out);
    } else if (value instanceof List<?> list) {
      container(list.iterator(), list.isEmpty(), '[', ']', lineIndent, multiline, out);
    } else {
      scalar(value, out);
    }
  }

  private void container(
      Iterator<?> members,
      boolean empty,
      char open,
      char close,
      String lineIndent,
      boolean multiline,
      StringBuilder out) {
    out.append(open);
    if (empty) {
      out.append(close);
      return;
    }
    String inner = lineIndent + indent;
    boolean first = true;
    while (members.hasNext()) {
      Object member = members.next();
      if (!first) {
        out.append(multiline ? "," : inlineSeparator());
      }
      first = false;
      if (multiline) {
        out.append('\n').append(inner);
      }
      Object value = member;
      if (member instanceof Map.Entry<?, ?> entry) {
        string((String) entry.getKey(), out);
        out.append(keySeparator);
        value = entry.getValue();
      }
      render(value, inner, multiline, out);
    }
    if (multiline) {
      out.append('\n').append(lineIndent);
    }
    out.append(close);
  }

  /** A member's key and value, for a new member of an object. */
  String member(String key, Object value, String lineIndent, boolean multiline) {
    StringBuilder out = new StringBuilder();
    string(key, out);
    out.append(keySeparator);
    render(value, lineIndent, multiline, out);
    return out.toString();
  }

  private static void scalar(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Boolean bool) {
      out.append(bool);
    } else if (value instanceof Number number) {
      if (!Numbers.isFinite(number)) {
        throw new IllegalArgumentException(
            number + " cannot be written: JSON has no NaN or infinity");
      }
      out.append(Numbers.literal(number));
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " value: " + value);
    }
  }

  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || Text.isLoneSurrogate(text, i)) {
            Text.appendUnicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
