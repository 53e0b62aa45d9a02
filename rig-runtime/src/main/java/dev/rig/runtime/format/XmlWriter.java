package dev.rig.runtime.format;

import dev.rig.runtime.content.Scalars;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of the content model as XML, the reverse of {@link XmlTreeReader}: an XML
 * declaration, two-space indents, attributes in the order of the map, a list as repeated elements,
 * an empty value as {@code <name/>}.
 */
final class XmlWriter {

  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final StringBuilder out = new StringBuilder(DECLARATION);

  private XmlWriter() {}

  static String write(Map<String, Object> document) {
    if (document.size() != 1) {
      throw new IllegalArgumentException(
          "an XML document has exactly one root element, but the content has "
              + (document.isEmpty() ? "none" : document.size() + ": " + document.keySet()));
    }
    XmlWriter writer = new XmlWriter();
    Map.Entry<String, Object> root = document.entrySet().iterator().next();
    writer.element(root.getKey(), root.getValue(), 0);
    return writer.out.toString();
  }

  private void element(String name, Object value, int depth) {
    checkName(name);
    if (value instanceof List<?> repeated) {
      for (Object item : repeated) {
        if (item instanceof List) {
          throw new IllegalArgumentException(
              "<" + name + "> holds a list inside a list, which XML cannot express");
        }
        element(name, item, depth);
      }
      return;
    }
    indent(depth);
    out.append('<').append(name);
    if (!(value instanceof Map<?, ?> map)) {
      String text = Scalars.text(value);
      if (text.isEmpty()) {
        out.append("/>\n");
      } else {
        out.append('>').append(escapeText(text)).append("</").append(name).append(">\n");
      }
      return;
    }
    String text = null;
    boolean hasChildren = false;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = (String) entry.getKey();
      if (key.startsWith("@")) {
        attribute(name, key.substring(1), entry.getValue());
      } else if (key.equals("#text")) {
        text = Scalars.text(entry.getValue());
      } else if (!isEmptyList(entry.getValue())) {
        hasChildren = true;
      }
    }
    if (hasChildren && text != null && !text.isEmpty()) {
      throw new IllegalArgumentException(
          "<" + name + "> has both #text and child elements; rig writes no mixed content");
    }
    if (!hasChildren) {
      if (text == null || text.isEmpty()) {
        out.append("/>\n");
      } else {
        out.append('>').append(escapeText(text)).append("</").append(name).append(">\n");
      }
      return;
    }
    out.append(">\n");
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = (String) entry.getKey();
      if (!key.startsWith("@") && !key.equals("#text")) {
        element(key, entry.getValue(), depth + 1);
      }
    }
    indent(depth);
    out.append("</").append(name).append(">\n");
  }

  /** Zero repeated elements: nothing to write. */
  private static boolean isEmptyList(Object value) {
    return value instanceof List<?> list && list.isEmpty();
  }

  private void attribute(String element, String name, Object value) {
    checkName(name);
    if (!Scalars.isScalar(value)) {
      throw new IllegalArgumentException(
          "attribute " + name + " of <" + element + "> must be a single value, not " + value);
    }
    out.append(' ')
        .append(name)
        .append("=\"")
        .append(escapeAttribute(Scalars.text(value)))
        .append('"');
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }

  /**
   * XML names: a letter, {@code _} or {@code :} first, then also digits, {@code -} and {@code .}.
   */
  private static void checkName(String name) {
    boolean valid = !name.isEmpty();
    for (int i = 0; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      boolean start = Character.isLetter(c) || c == '_' || c == ':';
      valid = i == 0 ? start : start || Character.isDigit(c) || c == '-' || c == '.';
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is not a valid XML element or attribute name");
    }
  }

  private static String escapeText(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        // A raw carriage return would be read back as a line feed.
        case '\r' -> escaped.append("&#13;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String escapeAttribute(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '"' -> escaped.append("&quot;");
        // Parsers turn raw tabs and line breaks in attributes into spaces.
        case '\t' -> escaped.append("&#9;");
        case '\n' -> escaped.append("&#10;");
        case '\r' -> escaped.append("&#13;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
