package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads XML into the content model with rig's own {@link XmlParser}, and records where each element
 * sits in the text (see {@link XmlElement}) so that {@link XmlDocument} can edit it in place.
 *
 * <ul>
 *   <li>The document is {@code {rootName: content}}.
 *   <li>An element with only text is that text ({@code ""} when empty or blank).
 *   <li>An element with children or attributes is a map: attributes first, as {@code "@name"} keys,
 *       then children; text next to attributes is {@code "#text"}.
 *   <li>Repeated sibling elements are a list under their name.
 * </ul>
 *
 * <p>Comments and processing instructions are not content (they stay in the text). Text mixed
 * with child elements is an error, as is a DOCTYPE. Elements may nest {@link
 * XmlConfigFile#MAX_DEPTH} deep and a file may hold {@link XmlConfigFile#MAX_CHARS} characters.
 * Reading is iterative and linear in the size of the text, so that no input can hang rig or
 * overflow its stack.
 */
final class XmlTreeReader implements XmlParser.Handler {

  /** The content of a text and where its elements sit; {@code root} is null for a blank text. */
  record Parsed(Map<String, Object> content, XmlElement root) {}

  private final String expectedRoot;
  private final Deque<Open> open = new ArrayDeque<>();
  private Parsed parsed;

  private XmlTreeReader(String expectedRoot) {
    this.expectedRoot = expectedRoot;
  }

  /** The content of {@code text}; see {@link #parse}. */
  static Map<String, Object> read(String text, String expectedRoot) throws MalformedFileException {
    return parse(text, expectedRoot).content();
  }

  /**
   * @param expectedRoot the root element the file must have, or null for any: a file with another
   *     root is reported rather than merged, since rig would have to replace it whole
   */
  static Parsed parse(String text, String expectedRoot) throws MalformedFileException {
    if (text.isBlank()) {
      return new Parsed(new LinkedHashMap<>(), null);
    }
    if (text.length() > XmlConfigFile.MAX_CHARS) {
      throw XmlParser.malformed(text, XmlConfigFile.MAX_CHARS, XmlConfigFile.TOO_LARGE);
    }
    XmlTreeReader handler = new XmlTreeReader(expectedRoot);
    try {
      XmlParser.parse(text, handler);
    } catch (Refusal e) {
      throw XmlParser.malformed(text, e.offset, e.getMessage());
    }
    return handler.parsed;
  }

  @Override
  public void startElement(String name, XmlParser.Attributes attributes, XmlParser.StartTag tag) {
    Open parent = open.peek();
    if (parent == null && expectedRoot != null && !expectedRoot.equals(name)) {
      throw new Refusal(tag.start() + 1,
          "the root element is <" + name + "> but rig manages this file as <" + expectedRoot
              + ">; rig will not replace the whole document: fix the root element or move the"
              + " file away");
    }
    if (open.size() >= XmlConfigFile.MAX_DEPTH) {
      throw new Refusal(tag.start(),
          "elements nest more than " + XmlConfigFile.MAX_DEPTH + " levels deep here; rig reads"
              + " XML up to that depth: a config file is far shallower, is this the right file?");
    }
    if (parent != null && parent.element.hasText) {
      throw mixedContent(parent.element, parent.textOffset);
    }
    XmlElement element = new XmlElement(name, parent == null ? null : parent.element, tag);
    if (parent != null) {
      parent.element.addChild(element);
      parent.dropText();
    }
    Open opened = new Open(element);
    for (int i = 0; i < attributes.length(); i++) {
      opened.put("@" + attributes.name(i), attributes.value(i));
    }
    open.push(opened);
  }

  @Override
  public void characters(String characters, int textOffset) {
    Open current = open.peek();
    if (current == null) {
      return;
    }
    boolean blank = isXmlWhitespace(characters);
    if (!current.element.children.isEmpty()) {
      if (!blank) {
        throw mixedContent(current.element, textOffset);
      }
      return;
    }
    if (!blank && !current.element.hasText) {
      current.element.hasText = true;
      current.textOffset = textOffset;
    }
    current.append(characters);
  }

  @Override
  public void endElement(String name, int endTagStart, int end) {
    Open closed = open.pop();
    XmlElement element = closed.element;
    if (!element.selfClosing) {
      element.endTagStart = endTagStart;
      element.end = end;
    }
    Object value = closed.value();
    Open parent = open.peek();
    if (parent == null) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put(element.name, value);
      parsed = new Parsed(document, element);
    } else {
      parent.add(element.name, value);
    }
  }

  private Refusal mixedContent(XmlElement element, int offset) {
    return new Refusal(offset,
        "element <" + element.name + "> mixes text with child elements; rig cannot rewrite"
            + " mixed content without losing it");
  }

  static boolean isXmlWhitespace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!XmlParser.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A problem rig finds itself, at an offset of the text. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Refusal(int offset, String message) {
      super(message);
      this.offset = offset;
    }
  }

  /** An element being read. */
  private static final class Open {
    final XmlElement element;
    /** Its attributes and children, made when it has one. */
    Map<String, Object> content;
    /** Its character data while it has no children; most elements have one piece. */
    String text;
    StringBuilder moreText;
    /** Where its first character data that is not whitespace is. */
    int textOffset;

    Open(XmlElement element) {
      this.element = element;
    }

    void put(String key, Object value) {
      if (content == null) {
        content = new LinkedHashMap<>();
      }
      content.put(key, value);
    }

    void append(String characters) {
      if (text == null) {
        text = characters;
      } else {
        if (moreText == null) {
          moreText = new StringBuilder(text);
        }
        moreText.append(characters);
      }
    }

    /** Drops the character data, which is blank, once a child element arrives. */
    void dropText() {
      text = null;
      moreText = null;
    }

    /** An element's value is never a list, so a list here is always repeated siblings. */
    @SuppressWarnings("unchecked")
    void add(String child, Object value) {
      Object previous = content == null ? null : content.get(child);
      if (previous == null) {
        put(child, value);
      } else if (previous instanceof List<?> siblings) {
        ((List<Object>) siblings).add(value);
      } else {
        List<Object> siblings = new ArrayList<>();
        siblings.add(previous);
        siblings.add(value);
        content.put(child, siblings);
      }
    }

    Object value() {
      if (!element.children.isEmpty()) {
        return content;
      }
      String characters = moreText != null ? moreText.toString() : text;
      if (content == null) {
        return element.hasText ? characters : "";
      }
      if (element.hasText) {
        content.put("#text", characters);
      }
      return content;
    }
  }
}
