package dev.rig.runtime.format;

import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.content.Numbers;
import java.util.List;
import java.util.Map;

/**
 * Writes content as YAML in a {@link YamlStyle}: a whole file, or the new parts of one. Block
 * style unless asked for flow; strings plain unless YAML 1.2 or 1.1 would read them as something
 * else ({@link YamlScalars#canBePlain}); multi-line strings as literal blocks ({@code |}).
 *
 * <p>Block text is returned with its first line unindented (it goes where the caller places it)
 * and each later line indented to the column given; lines end with {@code \n}.
 */
final class YamlWriter {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final YamlStyle style;

  YamlWriter(YamlStyle style) {
    this.style = style;
  }

  int indent() {
    return style.indent();
  }

  int sequenceIndent() {
    return style.sequenceIndent();
  }

  /** A whole file that holds {@code content}, ending with a line break. */
  String document(Map<String, Object> content) {
    if (content.isEmpty()) {
      return "{}\n";
    }
    return block(content, 0, -style.indent()) + "\n";
  }

  /**
   * A map or a list in block style whose entries or items start at {@code column}; a scalar, or an
   * empty map or list, as a single value.
   *
   * @param owner the column of the key or dash that owns the value (a literal block's lines go
   *     one indent further)
   */
  String block(Object value, int column, int owner) {
    String lineStart = "\n" + YamlText.spaces(column);
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (out.length() > 0) {
          out.append(lineStart);
        }
        out.append(entry((String) entry.getKey(), entry.getValue(), column));
      }
      return out.toString();
    }
    if (value instanceof List<?> list && !list.isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (Object item : list) {
        if (out.length() > 0) {
          out.append(lineStart);
        }
        out.append(item(item, column));
      }
      return out.toString();
    }
    return scalar(value, owner, null);
  }

  /** {@code key: value} with the key at {@code column}. */
  String entry(String key, Object value, int column) {
    String written = key(key, false);
    if (isNonEmptyMap(value)) {
      int child = column + style.indent();
      return written + ":\n" + YamlText.spaces(child) + block(value, child, column);
    }
    if (isNonEmptyList(value)) {
      int child = column + style.sequenceIndent();
      return written + ":\n" + YamlText.spaces(child) + block(value, child, column);
    }
    return written + ": " + scalar(value, column, null);
  }

  /** {@code - value} with the dash at {@code dash}. */
  String item(Object value, int dash) {
    return "- " + block(value, dash + 2, dash);
  }

  /** A value in flow style: {@code {a: 1, b: [x, y]}}. */
  String flow(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(key((String) entry.getKey(), true)).append(": ").append(flow(entry.getValue()));
      }
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : list) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(flow(item));
      }
      return out.append(']').toString();
    }
    return single(value, true, null);
  }

  /**
   * A single value in block context: a literal block for multi-line text, else as {@link
   * #single}.
   */
  String scalar(Object value, int owner, YamlNode.Scalar.Style like) {
    if (value instanceof Map) {
      return "{}";
    }
    if (value instanceof List) {
      return "[]";
    }
    if (value instanceof String text && literalFits(text)
        && (like == null || like == YamlNode.Scalar.Style.PLAIN || like.ordinal() >= 3)) {
      return literal(text, owner + style.indent());
    }
    return single(value, false, like);
  }

  /**
   * A single value on one line.
   *
   * @param like the style of the value it replaces, kept where it can hold the new value; null
   *     for a new value
   */
  String single(Object value, boolean flow, YamlNode.Scalar.Style like) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean bool) {
      return bool.toString();
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof Tagged tagged) {
      return tagged.value().isEmpty()
          ? tagged.writtenTag()
          : tagged.writtenTag() + " " + (YamlScalars.plainSyntax(tagged.value(), flow)
              ? tagged.value() : doubleOrSingle(tagged.value()));
    }
    if (value instanceof String text) {
      return string(text, flow, like);
    }
    throw new IllegalArgumentException(
        "cannot write a " + value.getClass().getName() + " value: " + value);
  }

  private String string(String text, boolean flow, YamlNode.Scalar.Style like) {
    boolean plain = like == YamlNode.Scalar.Style.PLAIN || (like == null && !style.quoteAll())
        || (like != null && like.ordinal() >= 3);
    if (plain && YamlScalars.canBePlain(text, flow)) {
      return text;
    }
    char quote = like == YamlNode.Scalar.Style.SINGLE_QUOTED ? '\''
        : like == YamlNode.Scalar.Style.DOUBLE_QUOTED ? '"' : style.quote();
    return quote == '\'' && singleQuotable(text) ? "'" + text.replace("'", "''") + "'"
        : doubleQuoted(text);
  }

  /** A key: plain where it can be, quoted otherwise. */
  String key(String key, boolean flow) {
    return YamlScalars.canBePlain(key, flow) ? key : doubleOrSingle(key);
  }

  private String doubleOrSingle(String text) {
    return style.quote() == '\'' && singleQuotable(text)
        ? "'" + text.replace("'", "''") + "'"
        : doubleQuoted(text);
  }

  private static boolean singleQuotable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || !YamlScalars.printable(c)) {
        return false;
      }
    }
    return true;
  }

  static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c == '\t' || YamlScalars.printable(c)) {
            out.append(c);
          } else if (c <= 0xFF) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether a literal block holds {@code text} exactly. */
  private static boolean literalFits(String text) {
    int lineBreak = text.indexOf('\n');
    if (lineBreak < 0 || text.isBlank() || text.startsWith(" ") || text.startsWith("\t")) {
      return false;
    }
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty() && line.isBlank()) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && (c == '\r' || !YamlScalars.printable(c))) {
        return false;
      }
    }
    return true;
  }

  private static String literal(String text, int column) {
    String body = text;
    String chomp;
    if (!text.endsWith("\n")) {
      chomp = "-";
    } else if (text.endsWith("\n\n")) {
      chomp = "+";
      body = text.substring(0, text.length() - 1);
    } else {
      chomp = "";
      body = text.substring(0, text.length() - 1);
    }
    StringBuilder out = new StringBuilder("|").append(chomp);
    for (String line : body.split("\n", -1)) {
      out.append('\n');
      if (!line.isEmpty()) {
        out.append(YamlText.spaces(column)).append(line);
      }
    }
    return out.toString();
  }

  private static String number(Number number) {
    if (Numbers.isFinite(number)) {
      return Numbers.literal(number);
    }
    double value = number.doubleValue();
    if (Double.isNaN(value)) {
      return ".nan";
    }
    return value > 0 ? ".inf" : "-.inf";
  }

  private static boolean isNonEmptyMap(Object value) {
    return value instanceof Map<?, ?> map && !map.isEmpty();
  }

  private static boolean isNonEmptyList(Object value) {
    return value instanceof List<?> list && !list.isEmpty();
  }
}
