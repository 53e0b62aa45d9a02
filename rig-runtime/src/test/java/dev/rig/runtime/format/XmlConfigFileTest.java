package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.format.PlanAssertions.UNCHANGED;
import static dev.rig.runtime.format.PlanAssertions.assertMalformed;
import static dev.rig.runtime.format.PlanAssertions.assertPlan;
import static dev.rig.runtime.format.PlanAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XmlConfigFileTest {

  static Map<String, Object> dependency(String groupId, String artifactId, String version) {
    return map("groupId", groupId, "artifactId", artifactId, "version", version);
  }

  /** The part of a pom a base library would require. */
  static final Map<String, Object> POM =
      map(
          "project",
          map(
              "@xmlns", "http://maven.apache.org/POM/4.0.0",
              "modelVersion", "4.0.0",
              "properties", map("maven.compiler.release", 17),
              "dependencies",
                  map(
                      "dependency",
                      list(
                          dependency("org.slf4j", "slf4j-api", "2.0.13"),
                          map(
                              "groupId", "org.junit.jupiter",
                              "artifactId", "junit-jupiter",
                              "version", "5.11.0",
                              "scope", "test")))));

  static final String POM_TEXT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
        </properties>
        <dependencies>
          <dependency>
            <groupId>org.slf4j</groupId>
            <artifactId>slf4j-api</artifactId>
            <version>2.0.13</version>
          </dependency>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>5.11.0</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
      </project>
      """;

  @Test
  void writesADeclarationTwoSpaceIndentsAndRepeatedElements() {
    assertEquals(POM_TEXT, new TestConfigs.Xml(POM).renderRequired());
  }

  @Test
  void readsAPomOntoTheTree() throws MalformedFileException {
    String pom =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- the project -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <artifactId>app</artifactId>
          <dependencies>
            <dependency>
              <groupId>g</groupId>
              <artifactId>a</artifactId>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <configuration>
                  <compilerArgs>
                    <arg>-Xlint:all</arg>
                    <arg>-Werror</arg>
                  </compilerArgs>
                  <skip/>
                  <note lang="en">a &lt; b</note>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """;

    assertEquals(
        map(
            "project",
            map(
                "@xmlns", "http://maven.apache.org/POM/4.0.0",
                "@xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "artifactId", "app",
                "dependencies", map("dependency", map("groupId", "g", "artifactId", "a")),
                "build",
                    map(
                        "plugins",
                        map(
                            "plugin",
                            map(
                                "artifactId", "maven-compiler-plugin",
                                "configuration",
                                    map(
                                        "compilerArgs", map("arg", list("-Xlint:all", "-Werror")),
                                        "skip", "",
                                        "note", map("@lang", "en", "#text", "a < b"))))))),
        new TestConfigs.Xml(POM).parse(pom));
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments("a missing pom is created", null, POM_TEXT),
        arguments("a pom that holds everything is left alone, comments and all", """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <!-- keep me -->
              <modelVersion>4.0.0</modelVersion>
              <artifactId>mine</artifactId>
              <properties><maven.compiler.release>17</maven.compiler.release></properties>
              <dependencies>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.12.1</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>org.slf4j</groupId>
                  <artifactId>slf4j-api</artifactId>
                  <version>${slf4j.version}</version>
                </dependency>
              </dependencies>
            </project>
            """.replace("</properties>", "<slf4j.version>2.1.0</slf4j.version></properties>"),
            UNCHANGED),
        arguments(
            "a single dependency with an older version is raised; the missing one is added",
            """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <artifactId>mine</artifactId>
              <properties>
                <maven.compiler.release>11</maven.compiler.release>
                <my.prop>x</my.prop>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.slf4j</groupId>
                  <artifactId>slf4j-api</artifactId>
                  <version>1.7.36</version>
                  <exclusions>
                    <exclusion><groupId>x</groupId><artifactId>y</artifactId></exclusion>
                  </exclusions>
                </dependency>
              </dependencies>
            </project>
            """,
            """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <artifactId>mine</artifactId>
              <properties>
                <maven.compiler.release>17</maven.compiler.release>
                <my.prop>x</my.prop>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.slf4j</groupId>
                  <artifactId>slf4j-api</artifactId>
                  <version>2.0.13</version>
                  <exclusions>
                    <exclusion><groupId>x</groupId><artifactId>y</artifactId></exclusion>
                  </exclusions>
                </dependency>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.11.0</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """),
        arguments(
            "an empty element takes the required children, on one line like the file",
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<properties/><dependencies></dependencies></project>",
            POM_TEXT.lines().skip(1).map(String::strip).collect(Collectors.joining())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, String before, String after) throws MalformedFileException {
    assertPlan(new TestConfigs.Xml(POM), before, after);
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        arguments("a pom", POM),
        arguments(
            "escaping",
            map(
                "root",
                map(
                    "@attr", "a & b < c \"quoted\" 'single' tab\there\nline",
                    "text", "x < y && z > w ]]> \"q\"",
                    "multi", "line one\n  line two\n",
                    "unicode", "ünï 🚀"))),
        arguments(
            "attributes with text, empty elements, names with dots and colons",
            map(
                "a:root",
                map(
                    "@xmlns:a", "urn:a",
                    "with.dots", "1",
                    "empty", "",
                    "only-attributes", map("@x", "1", "@y", "2"),
                    "text-and-attribute", map("@lang", "en", "#text", "hello"),
                    "repeated", list("1", map("@n", "2"), map("deep", list("a", "b")))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void roundTrip(String name, Map<String, Object> tree) throws MalformedFileException {
    TestConfigs.Xml config = new TestConfigs.Xml(tree);

    String text = config.renderRequired();

    // Every XML value is text: the round trip gives the normalized tree back.
    assertSameTree(config.normalize(tree), config.parse(text), true);
    assertPlan(config, text, UNCHANGED);
  }

  @Test
  void numbersAndBooleansAreText() throws MalformedFileException {
    TestConfigs.Xml config =
        new TestConfigs.Xml(map("settings", map("port", 8080, "ratio", 0.5, "debug", false)));

    assertEquals(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <settings>
          <port>8080</port>
          <ratio>0.5</ratio>
          <debug>false</debug>
        </settings>
        """,
        config.renderRequired());
    assertPlan(config, "<settings><debug>false</debug><ratio>0.50</ratio><port>8080</port></settings>",
        // "0.50" is other text than "0.5": XML values are text.
        "<settings><debug>false</debug><ratio>0.5</ratio><port>8080</port></settings>");
  }

  @Test
  void aRequiredPropertyThatLowersAVersionKeptThroughItIsSettledInOneSync()
      throws MalformedFileException {
    TestConfigs.Xml config =
        new TestConfigs.Xml(
            map(
                "project",
                map(
                    "properties", map("lib.version", "1.0"),
                    "dependencies",
                        map("dependency", list(dependency("g", "lib", "2.0"))))));

    assertPlan(
        config,
        """
        <project>
          <properties>
            <lib.version>3.0</lib.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>g</groupId>
              <artifactId>lib</artifactId>
              <version>${lib.version}</version>
            </dependency>
          </dependencies>
        </project>
        """,
        """
        <project>
          <properties>
            <lib.version>1.0</lib.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>g</groupId>
              <artifactId>lib</artifactId>
              <version>2.0</version>
            </dependency>
          </dependencies>
        </project>
        """);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("wrong end tag", "<a><b></a>", 1, 9, "The element type \"b\" must be terminated by the matching end-tag \"</b>\"."),
        arguments("unclosed root", "<a>\n", 2, 1, "XML document structures must start and end within the same entity."),
        arguments("attribute twice", "<a x='1' x='2'/>", 1, 15, "Attribute \"x\" was already specified for element \"a\"."),
        arguments("undeclared entity", "<a>\n  <b>&foo;</b>\n</a>", 2, 11, "The entity \"foo\" was referenced, but not declared."),
        arguments("DOCTYPE", "<!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>", 1, 10, "the file has a DOCTYPE declaration; rig reads no DTDs"),
        arguments("two roots", "<a></a>\n<b/>", 2, 2, "The markup in the document following the root element must be well-formed."),
        arguments("unquoted attribute", "<a b=1/>", 1, 6, "Open quote is expected for attribute \"b\" associated with an element type \"a\"."),
        arguments("name starting with a digit", "<a>\n<1b/></a>", 2, 2, "The content of elements must consist of well-formed character data or markup."),
        arguments("double hyphen in a comment", "<a><!-- x -- y --></a>", 1, 13, "The string \"--\" is not permitted within comments."),
        arguments("declaration not first", "  <?xml version='1.0'?><a/>", 1, 8, "The processing instruction target matching \"[xX][mM][lL]\" is not allowed."),
        arguments("text mixed with elements", "<a>\n  text <b/>\n</a>", 2, 3, "element <a> mixes text with child elements"),
        arguments("text after elements", "<a>\n  <b/>\n  tail</a>", 3, 3, "element <a> mixes text with child elements"),
        arguments("text mixed with elements, lines ending in CR", "<a>\r  text <b/>\r</a>", 2, 3, "element <a> mixes text with child elements"),
        arguments("invalid character reference", "<a>&#0;</a>", 1, 8, "Character reference \"&#0\" is an invalid XML character."),
        arguments(
            "another root element is not replaced",
            "<?xml version=\"1.0\"?>\n<settings>\n  <a/>\n</settings>\n",
            2,
            2,
            "the root element is <settings> but rig manages this file as <a>; rig will not"
                + " replace the whole document: fix the root element or move the file away"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFilesAreReportedWithTheirPosition(
      String name, String text, int line, int column, String problem) {
    assertMalformed(new TestConfigs.Xml(map("a", map())), text, line, column, problem);
  }
}
