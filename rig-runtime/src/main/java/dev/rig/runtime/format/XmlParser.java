package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rig's own XML reader: a strict, non-validating XML 1.0 (fifth edition) well-formedness check of
 * a whole text, which hands {@link XmlTreeReader} the events a SAX parser would: start tags with
 * their attributes in document order, character data, end tags. Each event also says where it
 * sits in the text (the tag's and each attribute value's offsets, where the text begins), which
 * {@link XmlDocument} needs to edit the text in place: the parser passes every offset as it reads,
 * so the text is walked once.
 *
 * <p><b>Why rig has its own.</b> rig reads every project's pom in every build, in a fresh JVM.
 * Merely setting up the JDK's SAX parser loads about 140 classes of {@code java.xml} that are not
 * in the JDK's class-data archive, some 35 to 40 ms of a 300 ms run, while reading a pom takes a
 * few. This reader loads nothing outside {@code java.base}.
 *
 * <p><b>Accepts</b>, as the JDK's parser does: a byte order mark (U+FEFF) first; an XML
 * declaration ({@code version="1.x"}, optional {@code encoding} and {@code standalone}) at the very
 * start only; comments, processing instructions and whitespace before and after the one root
 * element; names by the NameStartChar and NameChar productions, colons included (rig is not
 * namespace-aware: a name is the qualified name as written); attributes {@code name = "v"} or
 * {@code 'v'}; empty-element tags; the five predefined entities and character references in text
 * and attribute values; CDATA sections. Line ends {@code \r\n} and {@code \r} are delivered as
 * {@code \n}; in attribute values each literal tab or line end is a space (characters written as
 * references stay as they are).
 *
 * <p><b>Refuses</b>, with the line and column where it sees the problem and, mostly, the JDK
 * parser's own English words (users know them, and rig's docs show them): a DOCTYPE anywhere
 * (rig reads no DTDs, which can pull in outside content), any other entity, characters that are
 * not XML characters (controls, lone surrogates, U+FFFE, U+FFFF), {@code --} in a comment, a
 * {@code xml} processing instruction that is not the declaration, {@code <} in an attribute value,
 * a repeated attribute, {@code ]]>} in text, end tags that do not match, unclosed markup, and
 * anything but comments, processing instructions and whitespace after the root element.
 *
 * <p>Reading is iterative, with the open elements on a list rather than the call stack, and each
 * character is looked at a bounded number of times, so no input can overflow rig's stack or make
 * it hang. Depth and size limits are {@link XmlTreeReader}'s.
 */
final class XmlParser {

  /**
   * What the parser tells its reader, in document order, with where each piece sits in the text
   * (offsets are char indexes into the text as given, before any line-end normalization).
   */
  interface Handler {
    /**
     * A start tag, or an empty-element tag (then {@link #endElement} follows at once).
     *
     * @param attributes the normalized values, in the order of {@code tag.attributes()}; reused for
     *     the next tag, so read them here
     * @param tag where the tag and its attributes sit; a new one for each tag
     */
    void startElement(String name, Attributes attributes, StartTag tag);

    /**
     * Character data, never empty; one run of text may come in several pieces.
     *
     * @param textOffset where the first character data since the last tag that is not whitespace
     *     begins: the character itself, the {@code &} of a reference or the {@code <} of a CDATA
     *     section (whatever it holds), comments and processing instructions passed over; -1 while
     *     there is none (then {@code characters} is whitespace)
     */
    void characters(String characters, int textOffset);

    /**
     * An end tag, or the end of an empty-element tag.
     *
     * @param endTagStart the {@code <} of the end tag; for an empty-element tag, just after it
     * @param end just after the end tag's {@code >}; for an empty-element tag, just after it
     */
    void endElement(String name, int endTagStart, int end);
  }

  /**
   * A start tag, {@code <name attributes>} or {@code <name attributes/>}, as it sits in the text.
   *
   * @param start its {@code <}
   * @param nameEnd just after its name
   * @param end just after its {@code >}
   */
  record StartTag(
      int start, int nameEnd, int end, boolean selfClosing, List<Attribute> attributes) {}

  /**
   * One attribute in a start tag.
   *
   * @param start where its name begins
   * @param valueStart the first character inside the quotes
   * @param valueEnd the closing quote
   * @param quote the quote character
   */
  record Attribute(String name, int start, int valueStart, int valueEnd, char quote) {}

  /** The normalized values of one start tag's attributes, in document order. */
  static final class Attributes {
    private static final int FEW = 16;
    private final List<String> values = new ArrayList<>();
    /** Where they sit; a new list for each tag that has attributes, since its tag keeps it. */
    private List<Attribute> positions = List.of();
    /** The names, once a tag has many attributes: a repeated one is found without a long scan. */
    private Set<String> many;

    int length() {
      return values.size();
    }

    String name(int i) {
      return positions.get(i).name();
    }

    String value(int i) {
      return values.get(i);
    }

    private void clear() {
      values.clear();
      positions = List.of();
      many = null;
    }

    private boolean contains(String name) {
      if (many != null) {
        return many.contains(name);
      }
      for (Attribute attribute : positions) {
        if (attribute.name().equals(name)) {
          return true;
        }
      }
      return false;
    }

    /** Adds an attribute; false when the tag already has one of that name. */
    private boolean add(Attribute attribute, String value) {
      if (contains(attribute.name())) {
        return false;
      }
      if (positions.isEmpty()) {
        positions = new ArrayList<>(4);
      }
      positions.add(attribute);
      values.add(value);
      if (many != null) {
        many.add(attribute.name());
      } else if (positions.size() > FEW) {
        many = new HashSet<>();
        for (Attribute each : positions) {
          many.add(each.name());
        }
      }
      return true;
    }
  }

  /** What rig says about a DOCTYPE, wherever it is. */
  static final String DOCTYPE =
      "the file has a DOCTYPE declaration; rig reads no DTDs (they can pull in outside content):"
          + " remove the DOCTYPE";

  private static final String UNCLOSED =
      "XML document structures must start and end within the same entity.";

  private final String text;
  private final int length;
  private final Handler handler;
  private final List<String> open = new ArrayList<>();
  private final Attributes attributes = new Attributes();
  private final StringBuilder characters = new StringBuilder();
  private final StringBuilder value = new StringBuilder();
  private int at;
  /** See {@link Handler#characters}: reset after each tag. */
  private int textOffset = -1;

  private XmlParser(String text, Handler handler) {
    this.text = text;
    this.length = text.length();
    this.handler = handler;
  }

  /**
   * Reads {@code text} and tells {@code handler} what it holds.
   *
   * @throws MalformedFileException at the first place where the text is not well-formed XML 1.0,
   *     or holds a DOCTYPE
   */
  static void parse(String text, Handler handler) throws MalformedFileException {
    new XmlParser(text, handler).document();
  }

  private void document() throws MalformedFileException {
    if (length > 0 && text.charAt(0) == '\uFEFF') {
      at = 1;
    }
    if (text.startsWith("<?xml", at) && at + 5 < length && isWhitespace(text.charAt(at + 5))) {
      declaration();
    }
    misc(false);
    if (at >= length) {
      throw error(at, "The root element is required in a well-formed document.");
    }
    startTag();
    while (!open.isEmpty()) {
      content();
    }
    misc(true);
  }

  // ---- prolog and trailing section

  /**
   * Skips whitespace, comments and processing instructions before the root element (stopping at
   * its {@code <}) or after it (to the end).
   */
  private void misc(boolean afterRoot) throws MalformedFileException {
    while (at < length) {
      char c = text.charAt(at);
      if (isWhitespace(c)) {
        at++;
      } else if (c != '<') {
        checkChar(at, afterRoot ? "in markup after the end of the element content"
            : "in the prolog of the document");
        throw error(at, afterRoot ? "Content is not allowed in trailing section."
            : "Content is not allowed in prolog.");
      } else if (text.startsWith("<?", at)) {
        processingInstruction();
      } else if (text.startsWith("<!--", at)) {
        comment();
      } else if (text.startsWith("<!DOCTYPE", at)) {
        throw error(at + 9, DOCTYPE);
      } else if (!afterRoot && at + 1 < length && isNameStart(text.codePointAt(at + 1))) {
        return;
      } else {
        throw error(at + 1, afterRoot
            ? "The markup in the document following the root element must be well-formed."
            : "The markup in the document preceding the root element must be well-formed.");
      }
    }
  }

  /** {@code <?xml version="1.0" encoding="..." standalone="..."?>}, at the start only. */
  private void declaration() throws MalformedFileException {
    at += 5;
    skipWhitespace();
    if (!text.startsWith("version", at)) {
      throw error(at, "The version is required in the XML declaration.");
    }
    at += 7;
    String version = pseudoAttribute("version");
    if (!isVersion(version)) {
      throw error(at, "XML version \"" + version + "\" is not supported, only XML 1.0 is"
          + " supported.");
    }
    boolean space = skipWhitespace();
    String encoding = optionalPseudoAttribute("encoding", space);
    if (encoding != null) {
      if (!isEncodingName(encoding)) {
        throw error(at, "Invalid encoding name \"" + encoding + "\".");
      }
      space = skipWhitespace();
    }
    String standalone = optionalPseudoAttribute("standalone", space);
    if (standalone != null) {
      if (!standalone.equals("yes") && !standalone.equals("no")) {
        throw error(at, "The standalone document declaration value must be \"yes\" or \"no\","
            + " not \"" + standalone + "\".");
      }
      skipWhitespace();
    }
    if (!text.startsWith("?>", at)) {
      throw error(at, "The XML declaration must end with \"?>\".");
    }
    at += 2;
  }

  /**
   * The value of the declaration's {@code name} when it comes next, else null; {@code space} tells
   * whether white space came before it, as it must.
   */
  private String optionalPseudoAttribute(String name, boolean space)
      throws MalformedFileException {
    if (!text.startsWith(name, at)) {
      return null;
    }
    if (!space) {
      throw error(at, "White space is required before the " + name + " pseudo attribute in the"
          + " XML declaration.");
    }
    at += name.length();
    return pseudoAttribute(name);
  }

  /** {@code = "value"} after a name in the XML declaration. */
  private String pseudoAttribute(String name) throws MalformedFileException {
    skipWhitespace();
    if (at >= length || text.charAt(at) != '=') {
      throw error(at, "The ' = ' character must follow \"" + name + "\" in the XML declaration.");
    }
    at++;
    skipWhitespace();
    char quote = at < length ? text.charAt(at) : 0;
    if (quote != '"' && quote != '\'') {
      throw error(at, "The value following \"" + name + "\" in the XML declaration must be a"
          + " quoted string.");
    }
    int start = ++at;
    while (at < length && text.charAt(at) != quote && text.charAt(at) != '<') {
      at++;
    }
    if (at >= length || text.charAt(at) != quote) {
      throw error(at, "The XML declaration must end with \"?>\".");
    }
    return text.substring(start, at++);
  }

  /** {@code 1.} and digits: a 1.0 reader reads any 1.x document as 1.0. */
  private static boolean isVersion(String version) {
    if (version.length() < 3 || !version.startsWith("1.")) {
      return false;
    }
    for (int i = 2; i < version.length(); i++) {
      if (version.charAt(i) < '0' || version.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z] ([A-Za-z0-9._] | '-')*}; rig reads text, so the name itself is not used. */
  private static boolean isEncodingName(String name) {
    if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // ---- elements

  /** Reads from {@link #at} inside an open element up to and including the next markup. */
  private void content() throws MalformedFileException {
    if (at >= length) {
      throw error(length, UNCLOSED);
    }
    char c = text.charAt(at);
    if (c == '&') {
      if (textOffset < 0) {
        textOffset = at;
      }
      reference(characters);
    } else if (c != '<') {
      text();
    } else {
      flushCharacters();
      markup();
    }
  }

  private void markup() throws MalformedFileException {
    if (text.startsWith("</", at)) {
      endTag();
    } else if (text.startsWith("<!--", at)) {
      comment();
    } else if (text.startsWith("<![CDATA[", at)) {
      cdata();
    } else if (text.startsWith("<?", at)) {
      processingInstruction();
    } else if (text.startsWith("<!DOCTYPE", at)) {
      throw error(at + 9, DOCTYPE);
    } else if (at + 1 < length && isNameStart(text.codePointAt(at + 1))) {
      startTag();
    } else {
      throw error(at + 1,
          "The content of elements must consist of well-formed character data or markup.");
    }
  }

  /** {@code <name attributes>} or {@code <name attributes/>}. */
  private void startTag() throws MalformedFileException {
    int start = at++;
    String name = name();
    int nameEnd = at;
    attributes.clear();
    while (true) {
      boolean space = skipWhitespace();
      char c = at < length ? text.charAt(at) : 0;
      boolean empty = c == '/' && text.startsWith("/>", at);
      if (c == '>' || empty) {
        at += empty ? 2 : 1;
        textOffset = -1;
        handler.startElement(name, attributes,
            new StartTag(start, nameEnd, at, empty, attributes.positions));
        if (empty) {
          handler.endElement(name, at, at);
        } else {
          open.add(name);
        }
        return;
      }
      if (at >= length) {
        throw error(length, UNCLOSED);
      }
      if (c == '/' || !space || !isNameStart(text.codePointAt(at))) {
        throw error(c == '/' ? at + 1 : at, "Element type \"" + name + "\" must be followed by either attribute"
            + " specifications, \">\" or \"/>\".");
      }
      attribute(name);
    }
  }

  /** {@code name = "value"} in the start tag of {@code element}. */
  private void attribute(String element) throws MalformedFileException {
    int start = at;
    String name = name();
    skipWhitespace();
    if (at >= length || text.charAt(at) != '=') {
      throw error(at, "Attribute name \"" + name + "\" associated with an element type \""
          + element + "\" must be followed by the ' = ' character.");
    }
    at++;
    skipWhitespace();
    char quote = at < length ? text.charAt(at) : 0;
    if (quote != '"' && quote != '\'') {
      throw error(at, "Open quote is expected for attribute \"" + name + "\" associated with an"
          + " element type \"" + element + "\".");
    }
    int valueStart = ++at;
    value.setLength(0);
    attributeValue(quote, element, name);
    if (!attributes.add(new Attribute(name, start, valueStart, at - 1, quote), value.toString())) {
      throw error(at, "Attribute \"" + name + "\" was already specified for element \""
          + element + "\".");
    }
  }

  /** The value up to and past the closing {@code quote}, normalized into {@link #value}. */
  private void attributeValue(char quote, String element, String name)
      throws MalformedFileException {
    while (true) {
      if (at >= length) {
        throw error(length, UNCLOSED);
      }
      char c = text.charAt(at);
      if (c == quote) {
        at++;
        return;
      } else if (c == '<') {
        throw error(at, "The value of attribute \"" + name + "\" associated with an element type"
            + " \"" + element + "\" must not contain the '<' character.");
      } else if (c == '&') {
        reference(value);
      } else if (c == '\t' || c == '\n' || c == '\r') {
        value.append(' ');
        at += c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n' ? 2 : 1;
      } else {
        int width = charWidth(at);
        if (width == 0) {
          throw invalidChar(at, "in the value of attribute \"" + name + "\" of element \""
              + element + "\"");
        }
        value.append(text, at, at + width);
        at += width;
      }
    }
  }

  /** {@code </name>}, which must close the innermost open element. */
  private void endTag() throws MalformedFileException {
    int start = at;
    at += 2;
    String name = open.get(open.size() - 1);
    int after = at + name.length();
    if (!text.startsWith(name, at) || (after < length && isNameChar(text.codePointAt(after)))) {
      throw error(at, "The element type \"" + name + "\" must be terminated by the matching"
          + " end-tag \"</" + name + ">\".");
    }
    at = after;
    skipWhitespace();
    if (at >= length) {
      throw error(length, UNCLOSED);
    }
    if (text.charAt(at) != '>') {
      throw error(at, "The end-tag for element type \"" + name + "\" must end with a '>'"
          + " delimiter.");
    }
    at++;
    open.remove(open.size() - 1);
    textOffset = -1;
    handler.endElement(name, start, at);
  }

  /** A run of character data up to the next {@code <} or {@code &}. */
  private void text() throws MalformedFileException {
    int start = at;
    while (at < length) {
      char c = text.charAt(at);
      if (c == '<' || c == '&') {
        break;
      }
      if (c == '\r') {
        characters.append(text, start, at).append('\n');
        at += at + 1 < length && text.charAt(at + 1) == '\n' ? 2 : 1;
        start = at;
      } else if (c == ']' && text.startsWith("]]>", at)) {
        throw error(at + 3, "The character sequence \"]]>\" must not appear in content unless used"
            + " to mark the end of a CDATA section.");
      } else {
        if (textOffset < 0 && !isWhitespace(c)) {
          textOffset = at;
        }
        at += checkChar(at, "in the element content of the document");
      }
    }
    characters.append(text, start, at);
  }

  /** {@code <![CDATA[...]]>}: its characters as they are, line ends normalized. */
  private void cdata() throws MalformedFileException {
    if (textOffset < 0) {
      textOffset = at;
    }
    at += 9;
    int end = text.indexOf("]]>", at);
    if (end < 0) {
      throw error(length, "The CDATA section must end with \"]]>\".");
    }
    int start = at;
    while (at < end) {
      if (text.charAt(at) == '\r') {
        characters.append(text, start, at).append('\n');
        at += text.charAt(at + 1) == '\n' ? 2 : 1;
        start = at;
      } else {
        at += checkChar(at, "in the CDATA section");
      }
    }
    characters.append(text, start, end);
    at = end + 3;
  }

  private void flushCharacters() {
    if (characters.length() > 0) {
      handler.characters(characters.toString(), textOffset);
      characters.setLength(0);
    }
  }

  // ---- references

  /** {@code &name;} or a character reference, appended to {@code out}. */
  private void reference(StringBuilder out) throws MalformedFileException {
    at++;
    if (at < length && text.charAt(at) == '#') {
      characterReference(out);
      return;
    }
    if (at >= length || !isNameStart(text.codePointAt(at))) {
      throw error(at, "The entity name must immediately follow the '&' in the entity reference.");
    }
    String name = name();
    if (at >= length || text.charAt(at) != ';') {
      throw error(at, "The reference to entity \"" + name + "\" must end with the ';'"
          + " delimiter.");
    }
    at++;
    switch (name) {
      case "lt" -> out.append('<');
      case "gt" -> out.append('>');
      case "amp" -> out.append('&');
      case "apos" -> out.append('\'');
      case "quot" -> out.append('"');
      default -> throw error(at, "The entity \"" + name + "\" was referenced, but not declared.");
    }
  }

  /** {@code &#N;} or {@code &#xH;}, which must name an XML character. */
  private void characterReference(StringBuilder out) throws MalformedFileException {
    at++;
    boolean hex = at < length && text.charAt(at) == 'x';
    if (hex) {
      at++;
    }
    int digits = at;
    int code = 0;
    while (at < length && Character.digit(text.charAt(at), hex ? 16 : 10) >= 0
        && text.charAt(at) < 0x80) {
      // Capped past the last code point, so that a long reference cannot overflow.
      code = Math.min(code * (hex ? 16 : 10) + Character.digit(text.charAt(at), 16), 0x110000);
      at++;
    }
    if (at == digits) {
      throw error(at, hex
          ? "A hexadecimal representation must immediately follow the \"&#x\" in a character"
              + " reference."
          : "A decimal representation must immediately follow the \"&#\" in a character"
              + " reference.");
    }
    if (at >= length || text.charAt(at) != ';') {
      throw error(at, "The character reference must end with the ';' delimiter.");
    }
    at++;
    if (!isXmlChar(code)) {
      throw error(at, "Character reference \"&#" + text.substring(digits - (hex ? 1 : 0), at - 1)
          + "\" is an invalid XML character.");
    }
    out.appendCodePoint(code);
  }

  // ---- comments and processing instructions

  /** {@code <!-- ... -->}, with no {@code --} inside. */
  private void comment() throws MalformedFileException {
    at += 4;
    while (true) {
      if (at >= length) {
        throw error(length, "The comment must end with \"-->\".");
      }
      if (text.charAt(at) == '-' && at + 1 < length && text.charAt(at + 1) == '-') {
        at += 2;
        if (at < length && text.charAt(at) == '>') {
          at++;
          return;
        }
        if (at >= length) {
          throw error(length, "The comment must end with \"-->\".");
        }
        throw error(at, "The string \"--\" is not permitted within comments.");
      }
      at += checkChar(at, "in the comment");
    }
  }

  /** {@code <?target data?>}; the target must not be {@code xml} in any case. */
  private void processingInstruction() throws MalformedFileException {
    at += 2;
    if (at >= length || !isNameStart(text.codePointAt(at))) {
      throw error(at, "The processing instruction must begin with the name of the target.");
    }
    String target = name();
    if (target.length() == 3
        && (target.charAt(0) | 0x20) == 'x'
        && (target.charAt(1) | 0x20) == 'm'
        && (target.charAt(2) | 0x20) == 'l') {
      throw error(at, "The processing instruction target matching \"[xX][mM][lL]\" is not"
          + " allowed.");
    }
    if (at < length && !isWhitespace(text.charAt(at)) && !text.startsWith("?>", at)) {
      throw error(at, "White space is required between the processing instruction target and"
          + " data.");
    }
    while (!text.startsWith("?>", at)) {
      if (at >= length) {
        throw error(length, "The processing instruction must end with \"?>\".");
      }
      at += checkChar(at, "in the processing instruction");
    }
    at += 2;
  }

  // ---- characters and names

  /** A Name at {@link #at}, whose first character the caller has checked. */
  private String name() {
    int start = at;
    at += Character.charCount(text.codePointAt(at));
    while (at < length) {
      char c = text.charAt(at);
      if (c < 0x80) {
        if (!isAsciiNameChar(c)) {
          break;
        }
        at++;
      } else {
        int code = text.codePointAt(at);
        if (!isNameChar(code)) {
          break;
        }
        at += Character.charCount(code);
      }
    }
    return text.substring(start, at);
  }

  /**
   * How many chars the XML character at {@code i} takes (2 for a surrogate pair).
   *
   * @param where a constant: the message is made only for a character that is not allowed
   */
  private int checkChar(int i, String where) throws MalformedFileException {
    int width = charWidth(i);
    if (width == 0) {
      throw invalidChar(i, where);
    }
    return width;
  }

  /** How many chars the XML character at {@code i} takes, or 0 when it is not one. */
  private int charWidth(int i) {
    char c = text.charAt(i);
    if ((c >= 0x20 && c < 0xD800) || c == '\n' || c == '\t' || c == '\r'
        || (c >= 0xE000 && c <= 0xFFFD)) {
      return 1;
    }
    if (Character.isHighSurrogate(c) && i + 1 < length
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return 2;
    }
    return 0;
  }

  /** At the character, or just after a lone high surrogate, where the JDK's parser points. */
  private MalformedFileException invalidChar(int i, String where) {
    return error(Character.isHighSurrogate(text.charAt(i)) ? i + 1 : i,
        "An invalid XML character (Unicode: 0x"
        + Integer.toHexString(text.charAt(i)) + ") was found " + where + ".");
  }

  private boolean skipWhitespace() {
    int start = at;
    while (at < length && isWhitespace(text.charAt(at))) {
      at++;
    }
    return at > start;
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** XML 1.0 fifth edition, production [4] NameStartChar. */
  static boolean isNameStart(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }

  /** XML 1.0 fifth edition, production [4a] NameChar. */
  static boolean isNameChar(int c) {
    if (c < 0x80) {
      return isAsciiNameChar((char) c);
    }
    return isNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F)
        || (c >= 0x203F && c <= 0x2040);
  }

  private static boolean isAsciiNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == ':' || c == '-' || c == '.';
  }

  /**
   * The problem at {@code offset}: line and column are 1-based, a line ending at {@code \n},
   * {@code \r\n} or {@code \r}, the column counted in chars from the line's start.
   */
  private MalformedFileException error(int offset, String problem) {
    return malformed(text, offset, problem);
  }

  /**
   * The problem at {@code offset} of {@code text}, as {@link #error} places it; {@link
   * XmlTreeReader}'s own refusals use it too, so that every position in one file counts lines
   * alike.
   */
  static MalformedFileException malformed(String text, int offset, String problem) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return new MalformedFileException(line, end - lineStart + 1, problem);
  }
}
