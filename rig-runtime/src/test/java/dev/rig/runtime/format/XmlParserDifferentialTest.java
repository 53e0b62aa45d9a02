package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@link XmlParser} against the JDK's SAX parser, which rig used before and which serves here as
 * the oracle: each well-formed text gives the same events (names, attributes in order with their
 * normalized values, character data, end tags), and each malformed text is refused by both.
 */
class XmlParserDifferentialTest {

  static Stream<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(XmlCorpusTest.CORPUS)) {
      return files.map(Path::toString).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpusFilesGiveTheSameEventsAsTheJdkParser(String file) throws Exception {
    String text = Files.readString(Path.of(file));

    assertEquals(jdk(text), rig(text));
    XmlTreeReader.read(text, null);
  }

  /**
   * Each corpus file mutated a hundred times (characters and bits of markup deleted and
   * inserted, seeded): both parsers read the text with the same events, or both refuse it. Texts
   * whose XML declaration was touched are left out: rig refuses an encoding name that is not one
   * (XML 1.0 [81]) and reads {@code version="1.x"} as 1.0, where the JDK's parser, reading
   * characters, looks at neither.
   */
  @ParameterizedTest
  @MethodSource("corpus")
  void mutatedCorpusFilesGetTheSameVerdictAsTheJdkParser(String file) throws Exception {
    String original = Files.readString(Path.of(file)).replace("\uFEFF", "");
    String alphabet = "<>&;'\"=/!?-[]#x: \n\tab1";
    String[] markup = {"<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "&amp;", "&#", "</", "/>",
        "<!DOCTYPE", "\r\n", "\r", "\u00e9", "\uD83D", "&lt;", "xml"};
    Random random = new Random(file.hashCode());
    for (int n = 0; n < 100; n++) {
      StringBuilder mutant = new StringBuilder(original);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(mutant.length() + 1);
        switch (random.nextInt(4)) {
          case 0 -> mutant.delete(at, Math.min(at + 1, mutant.length()));
          case 1 -> mutant.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 2 -> mutant.insert(at, markup[random.nextInt(markup.length)]);
          default -> mutant.delete(at, Math.min(at + random.nextInt(8), mutant.length()));
        }
      }
      String text = mutant.toString();
      if (!declaration(text).equals(declaration(original))) {
        continue;
      }
      assertEquals(verdict(() -> jdk(text)), verdict(() -> rig(text)), text);
    }
  }

  private static String declaration(String text) {
    return text.startsWith("<?xml") ? text.substring(0, text.indexOf('>') + 1) : "";
  }

  private interface Reading {
    List<String> events() throws Exception;
  }

  /** The events, or that the text was refused. */
  private static String verdict(Reading reading) {
    try {
      return String.valueOf(reading.events());
    } catch (Exception e) {
      return "refused";
    }
  }

  static Stream<String> wellFormed() {
    return Stream.of(
        "<a>\r\n  <b>x\r\ny</b>\r\n  <c\r\n  d='1'/>\r\n</a>\r\n",
        "<a>\r<b>x\ry</b>\r\r</a>\r",
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a/>",
        "\uFEFF<a/>",
        "<?xml version='1.0' encoding='ISO-8859-1' standalone='yes' ?>\n<a/>\n",
        "<?xml version=\"1.0\"?><a/>",
        "<a>&lt;&gt;&amp;&apos;&quot; x &lt;y&gt;</a>",
        "<a x='&lt;&amp;&gt;&quot;&apos;' y=\"&#10;&#9;&#13;&#32;\"/>",
        "<a>&#65;&#x42;&#x1F680;&#128512;&#xd;&#xA;&#9;</a>",
        "<a>x<![CDATA[<x> & ]] ]>\r\n\r]]>y</a>",
        "<a><![CDATA[]]></a>",
        "<?pi data?><a><?m2e ignore?></a><?end?>",
        "<?xml-stylesheet href='a.xsl'?><a/>",
        "<!-- c --><a><!-- - x - --></a><!----> <!-- \r\n -->",
        "<a x='1\t2\n3\r\n4\r5' y = \"q'\" z\n=\n'\"'\t/>",
        "<a x=' leading and  double  spaces '/>",
        "<ünï名前 αβ='1' _x.y-z:w='2' x·='3'><ÀÖ/><x·̀/></ünï名前>",
        "<a x='🚀'>🚀 text 😀 \uD800\uDC00 \uDBFF\uDFFF</a>",
        "<a>a > b ]] ]> ]</a>",
        "<a></a >",
        "<a\n  x='1'\n/>",
        "<a xmlns:b='urn:b'><b:c b:d='1'/><:e/></a>",
        "<a>\n  <b/>\n  <!-- between -->\n  <c>text</c>\n</a>\n\n<!-- after -->\n",
        "<project><properties><x.y>1</x.y></properties><dependencies/></project>",
        "<a>\uE000\uFFFD\u0085\u2028</a>",
        "<a>text &amp; more <![CDATA[cdata]]> tail</a>",
        "<e>".repeat(XmlConfigFile.MAX_DEPTH) + "x" + "</e>".repeat(XmlConfigFile.MAX_DEPTH));
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void trickyTextsGiveTheSameEventsAsTheJdkParser(String text) throws Exception {
    assertEquals(jdk(text), rig(text));
  }

  static Stream<String> malformed() {
    return Stream.of(
        // characters
        "<a>&#xD800;</a>", "<a>\u0001</a>", "<a>\u0000</a>", "<a>\uD800</a>", "<a>\uDC00x</a>",
        "<a>\uFFFE</a>", "<a>\uFFFF</a>", "<a x='\u0002'/>", "<a/>\u0000", "\u0007<a/>",
        "<a><!-- \u0001 --></a>", "<a><?pi \u0001?></a>", "<a><![CDATA[\u0001]]></a>",
        "\uFEFF\uFEFF<a/>",
        // comments
        "<a><!-- x -- --></a>", "<a><!-- x ---></a>", "<a><!-- x", "<!-- x --", "<a><!- x --></a>",
        // text
        "<a>]]></a>", "<a>x]]>y</a>",
        // attributes
        "<a x='<'/>", "<a x='1' x='1'/>", "<a x='1' y='2' x='3'/>", "<a x=1/>", "<a x/>",
        "<a x='1'y='2'/>", "<a x='1/>", "<a x=\"1'/>", "<a x='1' / >", "<a =\"1\"/>",
        // references
        "<a>&foo;</a>", "<a x='&foo;'/>", "<a>&amp</a>", "<a>& </a>", "<a>&#;</a>", "<a>&#x;</a>",
        "<a>&#xZZ;</a>", "<a>&#0;</a>", "<a>&#1114112;</a>", "<a>&#99999999999999999999;</a>",
        "<a>&#X41;</a>", "<a>&#x41</a>", "<a x='&'/>", "<a>&#xFFFE;</a>", "<a>&#8;</a>",
        // tags
        "<a></b>", "<a></ab>", "<ab></a>", "<a>", "<a", "<a><b></a></b>", "<a></a", "<a></>",
        "<1a/>", "<a><1b/></a>", "<-a/>", "<a><.b/></a>", "< a/>", "<a/ >", "<a><b/>",
        // DOCTYPE, wherever it is
        "<!DOCTYPE a><a/>", "<a><!DOCTYPE a></a>", "<a/><!DOCTYPE a>",
        "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>",
        // prolog and trailing section
        "<a/><b/>", "<a/>text", "text<a/>", " <?xml version='1.0'?><a/>", "<a><?xml x?></a>",
        "<a/><?XmL?>", "<!-- c -->", "<?pi?>", "<a/><![CDATA[x]]>", "<![CDATA[x]]><a/>",
        "<a/>&amp;",
        // XML declaration
        "<?xml version='2.0'?><a/>", "<?xml encoding='UTF-8'?><a/>",
        "<?xml version='1.0' standalone='maybe'?><a/>",
        "<?xml version='1.0'encoding='UTF-8'?><a/>",
        "<?xml version='1.0'", "<?xml version=1.0?><a/>", "<?xml version='1.0' ?><?xml version='1.0'?><a/>",
        // processing instructions
        "<a><?pi", "<a><?pi x", "<? x?><a/>", "<?pi?x?><a/>", "<a><?1?></a>");
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedTextsAreRefusedByBoth(String text) {
    assertThrows(SAXException.class, () -> jdk(text), "the JDK's parser reads it");
    assertThrows(MalformedFileException.class, () -> rig(text), "rig's parser reads it");
  }

  @Test
  void elementsNestedPastTheLimitAreRefusedByTheReader() throws MalformedFileException {
    int depth = XmlConfigFile.MAX_DEPTH + 1;
    String text = "<e>".repeat(depth) + "</e>".repeat(depth);

    assertEquals(depth * 2, rig(text).size(), "the parser itself reads any depth");
    MalformedFileException e =
        assertThrows(MalformedFileException.class, () -> XmlTreeReader.read(text, null));
    assertEquals("1:" + (3 * XmlConfigFile.MAX_DEPTH + 1), e.line() + ":" + e.column());
  }

  @Test
  void anEncodingNameThatIsNoNameIsRefused() {
    // The JDK's parser, reading characters, does not look at the name; XML 1.0 [81] does.
    assertThrows(
        MalformedFileException.class, () -> rig("<?xml version='1.0' encoding='8bit'?><a/>"));
  }

  @Test
  void supplementaryNamesOfTheFifthEditionAreRead() throws MalformedFileException {
    // The JDK's parser still uses the fourth edition's name characters here.
    assertEquals(
        List.of("start \uD800\uDC00 [\uD800\uDC01=1, x‿⁀=2]", "end \uD800\uDC00"),
        rig("<\uD800\uDC00 \uD800\uDC01='1' x‿⁀='2'/>"));
  }

  @Test
  void hostileInputIsReadInLinearTime() {
    int n = 2_000_000;
    List<String> hostile = List.of(
        "<a><!--- " + " x".repeat(n) + "</a>",
        "<a " + "x".repeat(n),
        "<a>" + "]".repeat(n),
        "<a><![CDATA[" + "]]".repeat(n),
        "<a>" + "<b>".repeat(n / 4),
        "<a " + IntStream.range(0, n / 10).mapToObj(i -> "a" + i + "='1' ")
            .collect(Collectors.joining()) + "a0='1'/>",
        "<a>" + "&#".repeat(n) + "</a>",
        "<?pi " + "?".repeat(n));
    long start = System.nanoTime();
    for (String text : hostile) {
      try {
        rig(text);
        fail("read: " + text.substring(0, 20));
      } catch (MalformedFileException expected) {
        // Refused, and quickly.
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > 5_000) {
      fail("hostile input took " + millis + " ms");
    }
  }

  /** rig's parser's events, adjacent character data joined. */
  static List<String> rig(String text) throws MalformedFileException {
    Recorder recorder = new Recorder();
    XmlParser.parse(text, new XmlParser.Handler() {
      @Override
      public void startElement(String name, XmlParser.Attributes attributes,
          XmlParser.StartTag tag) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < attributes.length(); i++) {
          pairs.add(attributes.name(i) + "=" + attributes.value(i));
        }
        recorder.event("start " + name + " " + pairs);
      }

      @Override
      public void characters(String characters, int textOffset) {
        recorder.text.append(characters);
      }

      @Override
      public void endElement(String name, int endTagStart, int end) {
        recorder.event("end " + name);
      }
    });
    return recorder.events;
  }

  /**
   * The JDK's parser's events, set up as rig set it up before it had its own. It takes a byte
   * order mark only when it decodes bytes, so one is taken off here (rig's files reach the parser
   * with it removed anyway).
   */
  static List<String> jdk(String text) throws Exception {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    XMLReader reader = factory.newSAXParser().getXMLReader();
    for (String limit : List.of("jdk.xml.maxElementDepth", "jdk.xml.elementAttributeLimit",
        "jdk.xml.maxGeneralEntitySizeLimit", "jdk.xml.totalEntitySizeLimit",
        "jdk.xml.entityReplacementLimit")) {
      reader.setProperty(limit, "0");
    }
    Recorder recorder = new Recorder();
    reader.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String name, Attributes attributes) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
          pairs.add(attributes.getQName(i) + "=" + attributes.getValue(i));
        }
        recorder.event("start " + name + " " + pairs);
      }

      @Override
      public void characters(char[] characters, int start, int length) {
        recorder.text.append(characters, start, length);
      }

      @Override
      public void endElement(String uri, String local, String name) {
        recorder.event("end " + name);
      }
    });
    reader.setErrorHandler(new DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws SAXException {
        throw e;
      }
    });
    reader.parse(new InputSource(new StringReader(text)));
    return recorder.events;
  }

  private static final class Recorder {
    final List<String> events = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    void event(String event) {
      if (text.length() > 0) {
        events.add("text " + text);
        text.setLength(0);
      }
      events.add(event);
    }
  }
}
