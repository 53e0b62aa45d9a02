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
 * Reads XML into the content model with the JDK's own SAX parser.
 *
 * <ul>
 *   <li>The document is {@code {rootName: content}}.
 *   <li>An element with only text is that text ({@code ""} when empty or blank).
 *   <li>An element with children or attributes is a map: attributes first, as {@code "@name"} keys,
 *       then children; text next to attributes is {@code "#text"}.
 *   <li>Repeated sibling elements are a list under their name.
 * </ul>
 *
 * <p>Comments and processing instructions are dropped. Text mixed with child elements is an error,
 * as is a DOCTYPE: rig could not write either back faithfully.
 */
final class XmlTreeReader extends DefaultHandler {

  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  private final String expectedRoot;
  private final Deque<Element> open = new ArrayDeque<>();
  private Map<String, Object> document = new LinkedHashMap<>();
  private Locator locator;

  private XmlTreeReader(String expectedRoot) {
    this.expectedRoot = expectedRoot;
  }

  /**
   * @param expectedRoot the root element the file must have, or null for any: a file with another
   *     root is reported rather than merged, since rig would have to replace it whole
   */
  static Map<String, Object> read(String text, String expectedRoot) throws MalformedFileException {
    if (text.isBlank()) {
      return new LinkedHashMap<>();
    }
    XmlTreeReader handler = new XmlTreeReader(expectedRoot);
    try {
      XMLReader reader = newFactory().newSAXParser().getXMLReader();
      setEnglishMessages(reader);
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      throw new MalformedFileException(
          Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), message(e), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading XML from a string", e);
    }
    return handler.document;
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

  /** The parser's messages follow the default locale unless told otherwise. */
  private static void setEnglishMessages(XMLReader reader) {
    try {
      reader.setProperty(LOCALE_PROPERTY, Locale.ROOT);
    } catch (SAXException e) {
      // Another parser: its messages may be localized, positions are still right.
    }
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

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes)
      throws SAXException {
    Element parent = open.peek();
    if (parent == null && expectedRoot != null && !expectedRoot.equals(name)) {
      throw new SAXParseException(
          "the root element is <"
              + name
              + "> but rig manages this file as <"
              + expectedRoot
              + ">; rig will not replace the whole document: fix the root element or move the"
              + " file away",
          locator);
    }
    if (parent != null) {
      if (!isXmlWhitespace(parent.text)) {
        throw mixedContent(parent);
      }
      parent.hasChildren = true;
    }
    Element element = new Element(name);
    for (int i = 0; i < attributes.getLength(); i++) {
      element.content.put("@" + attributes.getQName(i), attributes.getValue(i));
    }
    open.push(element);
  }

  @Override
  public void characters(char[] characters, int start, int length) throws SAXException {
    Element element = open.peek();
    if (element == null) {
      return;
    }
    element.text.append(characters, start, length);
    if (element.hasChildren && !isXmlWhitespace(element.text)) {
      throw mixedContent(element);
    }
  }

  @Override
  public void endElement(String uri, String localName, String name) {
    Element element = open.pop();
    Object value = element.value();
    Element parent = open.peek();
    if (parent == null) {
      document = new LinkedHashMap<>();
      document.put(element.name, value);
    } else {
      parent.add(element.name, value);
    }
  }

  @Override
  public void error(SAXParseException e) throws SAXException {
    throw e;
  }

  private SAXParseException mixedContent(Element element) {
    return new SAXParseException(
        "element <"
            + element.name
            + "> mixes text with child elements; rig cannot rewrite"
            + " mixed content without losing it",
        locator);
  }

  static boolean isXmlWhitespace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** An element being read. */
  private static final class Element {
    final String name;
    final Map<String, Object> content = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    boolean hasChildren;

    Element(String name) {
      this.name = name;
    }

    /** An element's value is never a list, so a list here is always repeated siblings. */
    @SuppressWarnings("unchecked")
    void add(String child, Object value) {
      Object previous = content.get(child);
      if (previous == null) {
        content.put(child, value);
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
      boolean blank = isXmlWhitespace(text);
      if (hasChildren) {
        return content;
      }
      if (content.isEmpty()) {
        return blank ? "" : text.toString();
      }
      if (!blank) {
        content.put("#text", text.toString());
      }
      return content;
    }
  }
}
