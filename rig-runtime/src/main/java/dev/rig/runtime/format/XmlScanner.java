package dev.rig.runtime.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where tags sit in XML text that {@link XmlParser} is reading at the same time. The parser
 * decides what the text means and whether it is well-formed; this scanner only walks the same
 * text in step with the parser's events and reports offsets.
 *
 * <p>Because the parser has already read every character the scanner passes over, the scanner
 * can rely on well-formedness: no {@code <} inside attribute values or text, comments closed,
 * quotes matched.
 */
final class XmlScanner {

  private final String text;
  private int position;

  XmlScanner(String text) {
    this.text = text;
  }

  /** A start tag: {@code <name attributes>} or {@code <name attributes/>}. */
  record StartTag(int start, int nameEnd, int end, boolean selfClosing, List<Attribute> attributes) {}

  /**
   * One attribute in a start tag.
   *
   * @param start where its name begins
   * @param valueStart the first character inside the quotes
   * @param valueEnd the closing quote
   * @param quote the quote character
   */
  record Attribute(String name, int start, int valueStart, int valueEnd, char quote) {}

  /** Skips character data, comments, processing instructions and CDATA up to the next tag. */
  StartTag nextStartTag(String name) {
    int start = skipToTag();
    if (text.startsWith("</", start)) {
      throw out("a start tag <" + name + ">", start);
    }
    int nameEnd = start + 1 + name.length();
    if (!text.startsWith(name, start + 1)) {
      throw out("a start tag <" + name + ">", start);
    }
    int at = nameEnd;
    List<Attribute> attributes = List.of();
    while (true) {
      at = skipWhitespace(at);
      char c = text.charAt(at);
      if (c == '>') {
        position = at + 1;
        return new StartTag(start, nameEnd, position, false, attributes);
      }
      if (c == '/') {
        position = at + 2;
        return new StartTag(start, nameEnd, position, true, attributes);
      }
      if (attributes.isEmpty()) {
        attributes = new ArrayList<>(4);
      }
      int attributeStart = at;
      while (!isWhitespace(text.charAt(at)) && text.charAt(at) != '=') {
        at++;
      }
      String attributeName = text.substring(attributeStart, at);
      at = skipWhitespace(at);
      at = skipWhitespace(at + 1); // '='
      char quote = text.charAt(at);
      int valueEnd = text.indexOf(quote, at + 1);
      attributes.add(new Attribute(attributeName, attributeStart, at + 1, valueEnd, quote));
      at = valueEnd + 1;
    }
  }

  /** Skips to the next end tag {@code </name>} and returns where it starts. */
  int nextEndTag(String name) {
    int start = skipToTag();
    if (!text.startsWith("</", start) || !text.startsWith(name, start + 2)) {
      throw out("the end tag </" + name + ">", start);
    }
    position = text.indexOf('>', start + 2 + name.length()) + 1;
    return start;
  }

  /**
   * Where the next character data begins after the last tag read, past whitespace, comments and
   * processing instructions: for pointing at text that should not be there.
   */
  int nextContent() {
    int at = position;
    while (at < text.length()) {
      if (isWhitespace(text.charAt(at))) {
        at++;
      } else if (text.startsWith("<!--", at)) {
        at = text.indexOf("-->", at + 4) + 3;
      } else if (text.startsWith("<?", at)) {
        at = text.indexOf("?>", at + 2) + 2;
      } else {
        return at;
      }
      if (at < 3) {
        return text.length();
      }
    }
    return at;
  }

  /** Where the scanner stands: just after the last tag it read. */
  int position() {
    return position;
  }

  /** The offset of the next {@code <} that opens a start or end tag. */
  private int skipToTag() {
    int at = position;
    while (true) {
      at = text.indexOf('<', at);
      if (at < 0) {
        throw out("a tag", text.length());
      }
      if (text.startsWith("<!--", at)) {
        at = text.indexOf("-->", at + 4) + 3;
      } else if (text.startsWith("<![CDATA[", at)) {
        at = text.indexOf("]]>", at + 9) + 3;
      } else if (text.startsWith("<?", at)) {
        at = text.indexOf("?>", at + 2) + 2;
      } else if (text.startsWith("<!", at)) {
        at = endOfDeclaration(at);
      } else {
        return at;
      }
      if (at < 3) {
        throw out("the end of a comment, CDATA section or declaration", position);
      }
    }
  }

  /** The end of a {@code <!DOCTYPE ...>} declaration, internal subset included. */
  private int endOfDeclaration(int at) {
    int depth = 0;
    char quote = 0;
    for (int i = at + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private int skipWhitespace(int at) {
    while (isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private IllegalStateException out(String expected, int at) {
    return new IllegalStateException(
        "rig's XML scanner lost step with the parser: expected " + expected + " at offset " + at);
  }
}
