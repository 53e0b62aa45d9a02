package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML into the content model with the JDK's own SAX parser, and records where each element
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
final class XmlTreeReader extends DefaultHandler {

  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  /**
   * The JDK's own limits, set to the same values on every JDK (JDK 25's defaults refuse a file of
   * more than 100,000 characters or 100 levels): rig's own limits above apply instead.
   */
  private static final String[] JDK_LIMITS = {
    "jdk.xml.maxElementDepth",
    "jdk.xml.elementAttributeLimit",
    "jdk.xml.maxGeneralEntitySizeLimit",
    "jdk.xml.totalEntitySizeLimit",
    "jdk.xml.entityReplacementLimit",
  };

  /** The content of a text and where its elements sit; {@code root} is null for a blank text. */
  record Parsed(Map<String, Object> content, XmlElement root) {}

  private final String text;
  private final String expectedRoot;
  private final XmlScanner scanner;
  private final Deque<Open> open = new ArrayDeque<>();
  private Parsed parsed;

  private XmlTreeReader(String text, String expectedRoot) {
    this.text = text;
    this.expectedRoot = expectedRoot;
    this.scanner = new XmlScanner(text);
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
      throw malformed(text, XmlConfigFile.MAX_CHARS, XmlConfigFile.TOO_LARGE);
    }
    XmlTreeReader handler = new XmlTreeReader(text, expectedRoot);
    try {
      XMLReader reader = newFactory().newSAXParser().getXMLReader();
      configure(reader);
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.parse(new InputSource(new StringReader(text)));
    } catch (Refusal e) {
      throw malformed(text, e.offset, e.getMessage());
    } catch (SAXParseException e) {
      throw new MalformedFileException(
          Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), message(e), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading XML from a string", e);
    }
    return handler.parsed;
  }

  private static SAXParserFactory newFactory() throws ParserConfigurationException, SAXException {
    // The JDK's parser, whatever else is on the class path, with outside content shut off.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory;
  }

  private static void configure(XMLReader reader) throws SAXException {
    for (String limit : JDK_LIMITS) {
      // 0 is "no limit": rig's own limits are checked as it reads.
      reader.setProperty(limit, "0");
    }
    // The parser's messages follow the default locale unless told otherwise.
    reader.setProperty(LOCALE_PROPERTY, Locale.ROOT);
  }

  private static String message(SAXParseException e) {
    String message =
        e.getMessage() == null ? "the XML cannot be read" : e.getMessage().replaceAll("\\s+", " ");
    if (message.contains("DOCTYPE is disallowed")) {
      return "the file has a DOCTYPE declaration; rig reads no DTDs (they can pull in outside"
          + " content): remove the DOCTYPE";
    }
    return message;
  }

  static MalformedFileException malformed(String text, int offset, String problem) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new MalformedFileException(line, end - lineStart + 1, problem);
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    // Positions come from the scanner, which knows offsets.
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes)
      throws SAXException {
    XmlScanner.StartTag tag = scanner.nextStartTag(name);
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
    List<XmlScanner.Attribute> positions = tag.attributes();
    if (positions.size() != attributes.getLength()) {
      throw new IllegalStateException("rig's XML scanner found " + positions.size()
          + " attributes in <" + name + ">, the parser " + attributes.getLength());
    }
    for (int i = 0; i < attributes.getLength(); i++) {
      opened.put("@" + positions.get(i).name(), attributes.getValue(i));
    }
    open.push(opened);
  }

  @Override
  public void characters(char[] characters, int start, int length) throws SAXException {
    Open current = open.peek();
    if (current == null) {
      return;
    }
    boolean blank = isXmlWhitespace(characters, start, length);
    if (!current.element.children.isEmpty()) {
      if (!blank) {
        throw mixedContent(current.element, scanner.nextContent());
      }
      return;
    }
    if (!blank && !current.element.hasText) {
      current.element.hasText = true;
      current.textOffset = scanner.nextContent();
    }
    current.append(characters, start, length);
  }

  @Override
  public void endElement(String uri, String localName, String name) {
    Open closed = open.pop();
    XmlElement element = closed.element;
    if (!element.selfClosing) {
      element.endTagStart = scanner.nextEndTag(name);
      element.end = scanner.position();
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

  @Override
  public void error(SAXParseException e) throws SAXException {
    throw e;
  }

  private Refusal mixedContent(XmlElement element, int offset) {
    return new Refusal(offset,
        "element <" + element.name + "> mixes text with child elements; rig cannot rewrite"
            + " mixed content without losing it");
  }

  static boolean isXmlWhitespace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!XmlScanner.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isXmlWhitespace(char[] characters, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (!XmlScanner.isWhitespace(characters[i])) {
        return false;
      }
    }
    return true;
  }

  /** A problem rig finds itself, at an offset of the text. */
  private static final class Refusal extends SAXException {
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

    void append(char[] characters, int start, int length) {
      if (text == null) {
        text = new String(characters, start, length);
      } else {
        if (moreText == null) {
          moreText = new StringBuilder(text);
        }
        moreText.append(characters, start, length);
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
