package dev.rig.runtime.format;

import dev.rig.runtime.internal.content.Scalars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of the content model as XML, the reverse of {@link XmlTreeReader}: a list as
 * repeated elements, attributes in the order of the map, an empty value as an empty element.
 *
 * <p>A whole document gets an XML declaration and two-space indents. A fragment (new elements
 * that {@link XmlDocument} puts into an existing file) follows that file's {@link Layout}.
 * Elements may nest {@value XmlConfigFile#MAX_DEPTH} deep, as in a file rig reads.
 */
final class XmlWriter {

  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  /**
   * How new elements look.
   *
   * @param indent one level of indentation, as the file has it ({@code "  "}, {@code "\t"})
   * @param quote the quote around attribute values
   * @param selfClosingEmpty whether an element without content is written {@code <a/>} rather
   *     than {@code <a></a>}
   * @param pom whether new elements go in {@linkplain PomElementOrder Maven's canonical order}
   *     rather than in the content's order
   */
  record Layout(String indent, char quote, boolean selfClosingEmpty, boolean pom) {

    static final Layout DEFAULT = new Layout("  ", '"', true, false);

    /** The canonical order of the children of the element at {@code path}; empty for none. */
    List<String> childOrder(List<String> path) {
      return pom ? PomElementOrder.childrenOf(path) : List.of();
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final Layout layout;
  /** Line break and indentation before a line at depth 0; null to write everything on one line. */
  private final String lineStart;

  private XmlWriter(Layout layout, String lineStart) {
    this.layout = layout;
    this.lineStart = lineStart;
  }

  static String write(Map<String, Object> document) {
    if (document.size() != 1) {
      throw new IllegalArgumentException(
          "an XML document has exactly one root element, but the content has "
              + (document.isEmpty() ? "none" : document.size() + ": " + document.keySet()));
    }
    XmlWriter writer = new XmlWriter(Layout.DEFAULT, "\n");
    Map.Entry<String, Object> root = document.entrySet().iterator().next();
    writer.element(root.getKey(), root.getValue(), 0, new ArrayList<>());
    return DECLARATION + writer.out.substring(1) + "\n";
  }

  /**
   * The elements {@code name} holding {@code value} (several when it is a list), without leading
   * indentation or trailing line break. Lines after the first start with {@code lineStart} (a line
   * break and the indentation of the line the fragment starts on); a null {@code lineStart} writes
   * everything on one line.
   *
   * @param path the element names from the root to the parent of the new elements
   */
  static String fragment(
      String name, Object value, Layout layout, String lineStart, List<String> path) {
    XmlWriter writer = new XmlWriter(layout, lineStart);
    writer.element(name, value, 0, new ArrayList<>(path));
    String written = writer.out.toString();
    return lineStart == null ? written : written.substring(lineStart.length());
  }

  private void element(String name, Object value, int depth, List<String> path) {
    checkName(name);
    if (path.size() >= XmlConfigFile.MAX_DEPTH) {
      throw new IllegalArgumentException("<" + name + "> would nest more than "
          + XmlConfigFile.MAX_DEPTH + " levels deep; rig writes XML up to that depth");
    }
    if (value instanceof List<?> repeated) {
      for (Object item : repeated) {
        if (item instanceof List) {
          throw new IllegalArgumentException(
              "<" + name + "> holds a list inside a list, which XML cannot express");
        }
        element(name, item, depth, path);
      }
      return;
    }
    newLine(depth);
    out.append('<').append(name);
    if (!(value instanceof Map<?, ?> map)) {
      closeWithText(name, Scalars.text(value));
      return;
    }
    String text = null;
    List<Map.Entry<?, ?>> children = new ArrayList<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = (String) entry.getKey();
      if (key.startsWith("@")) {
        attribute(name, key.substring(1), entry.getValue());
      } else if (key.equals("#text")) {
        text = Scalars.text(entry.getValue());
      } else if (!isEmptyList(entry.getValue())) {
        children.add(entry);
      }
    }
    if (!children.isEmpty() && text != null && !text.isEmpty()) {
      throw new IllegalArgumentException(
          "<" + name + "> has both #text and child elements; rig writes no mixed content");
    }
    if (children.isEmpty()) {
      closeWithText(name, text == null ? "" : text);
      return;
    }
    out.append('>');
    path.add(name);
    List<String> order = layout.childOrder(path);
    if (!order.isEmpty()) {
      children.sort(new Comparator<Map.Entry<?, ?>>() {
        @Override
        public int compare(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
          return Integer.compare(rank(order, (String) a.getKey()), rank(order, (String) b.getKey()));
        }
      });
    }
    for (Map.Entry<?, ?> child : children) {
      element((String) child.getKey(), child.getValue(), depth + 1, path);
    }
    path.remove(path.size() - 1);
    newLine(depth);
    out.append("</").append(name).append('>');
  }

  /** Where a name goes in a canonical order: unknown names after the known ones. */
  static int rank(List<String> order, String name) {
    int rank = order.indexOf(name);
    return rank < 0 ? order.size() : rank;
  }

  private void closeWithText(String name, String text) {
    if (!text.isEmpty()) {
      out.append('>').append(escapeText(text)).append("</").append(name).append('>');
    } else if (layout.selfClosingEmpty()) {
      out.append("/>");
    } else {
      out.append("></").append(name).append('>');
    }
  }

  private void newLine(int depth) {
    if (lineStart != null) {
      out.append(lineStart).append(layout.indent().repeat(depth));
    }
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
    out.append(' ').append(attribute(name, Scalars.text(value), layout.quote()));
  }

  /** {@code name="value"}, escaped for the quote. */
  static String attribute(String name, String value, char quote) {
    return name + '=' + quote + escapeAttribute(value, quote) + quote;
  }

  /**
   * XML names: a letter, {@code _} or {@code :} first, then also digits, {@code -} and {@code .}.
   */
  static void checkName(String name) {
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

  static String escapeText(String text) {
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

  static String escapeAttribute(String text, char quote) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '"' -> escaped.append(quote == '"' ? "&quot;" : "\"");
        case '\'' -> escaped.append(quote == '\'' ? "&apos;" : "'");
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
