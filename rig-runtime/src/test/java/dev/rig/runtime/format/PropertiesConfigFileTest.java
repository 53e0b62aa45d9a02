package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.format.PlanAssertions.UNCHANGED;
import static dev.rig.runtime.format.PlanAssertions.assertMalformed;
import static dev.rig.runtime.format.PlanAssertions.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PropertiesConfigFileTest {

  static final Map<String, Object> APPLICATION =
      map("server", map("port", 8080), "spring.application.name", "auth", "feature.enabled", true);

  @Test
  void nestedMapsBecomeDottedKeysAndEveryValueIsText() {
    assertEquals(
        """
        server.port=8080
        spring.application.name=auth
        feature.enabled=true
        """,
        new TestConfigs.Properties(APPLICATION).renderRequired());
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments(
            "a correct file with comments and other syntax is left alone",
            """
            # my settings
            ! also a comment
            spring.application.name : auth
            server.port    8080
            feature.enabled=\\
                true
            my.own=1
            """,
            UNCHANGED),
        arguments(
            "a required value overrides the user's, the user's additions survive",
            """
            my.own=1
            server.port=9090
            """,
            """
            my.own=1
            server.port=8080
            spring.application.name=auth
            feature.enabled=true
            """),
        arguments(
            "numbers are text: 8080.0 is not 8080",
            "server.port=8080.0\nspring.application.name=auth\nfeature.enabled=true\n",
            "server.port=8080\nspring.application.name=auth\nfeature.enabled=true\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, String before, String after) throws MalformedFileException {
    assertPlan(new TestConfigs.Properties(APPLICATION), before, after);
  }

  static Stream<Arguments> syntax() {
    return Stream.of(
        arguments("equals", "a=b", "a", "b"),
        arguments("colon", "a:b", "a", "b"),
        arguments("space", "a b", "a", "b"),
        arguments("spaces around the separator", "  a  =  b  ", "a", "b  "),
        arguments("separator in the value", "url=http://x?a=b", "url", "http://x?a=b"),
        arguments("escaped separators in the key", "a\\=b\\:c\\ d=e", "a=b:c d", "e"),
        arguments("escapes", "a=\\t\\n\\r\\f\\\\\\q", "a", "\t\n\r\f\\q"),
        arguments("unicode escape", "a=caf\\u00e9", "a", "café"),
        arguments("continuation", "a=one, \\\n    two, \\\n\tthree", "a", "one, two, three"),
        arguments("even backslashes do not continue", "a=x\\\\\nb=y", "a", "x\\"),
        arguments("a comment sign inside a continuation is text", "a=x\\\n  # y", "a", "x# y"),
        arguments("no value", "a", "a", ""),
        arguments("the last of a repeated key", "a=1\na=2", "a", "2"),
        arguments("a lone backslash at the end", "a=x\\", "a", "x"),
        arguments("carriage returns", "a=1\r\nb=2\rc=3", "c", "3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntax")
  void readsWhatJavaUtilPropertiesReads(String rule, String text, String key, String value)
      throws MalformedFileException, IOException {
    Properties reference = new Properties();
    reference.load(new StringReader(text));

    Map<String, Object> parsed = new TestConfigs.Properties(map()).parse(text);

    assertEquals(value, reference.getProperty(key), "java.util.Properties");
    assertEquals(value, parsed.get(key));
    assertEquals(new LinkedHashMap<>(reference), new LinkedHashMap<>(parsed));
  }

  @Test
  void writesWhatJavaUtilPropertiesReadsBack() throws IOException, MalformedFileException {
    Map<String, Object> tricky =
        map(
            "key with spaces", " leading and trailing ",
            "#hash", "!bang",
            "sep=:", "a=b:c",
            "back\\slash", "tab\tline\nbreak\r",
            "ünï", "café 🚀",
            "empty", "");
    TestConfigs.Properties config = new TestConfigs.Properties(tricky);

    String text = config.renderRequired();
    Properties reference = new Properties();
    reference.load(new StringReader(text));

    assertEquals(new LinkedHashMap<>(tricky), new LinkedHashMap<>(reference));
    assertEquals(tricky, config.parse(text));
    assertPlan(config, text, UNCHANGED);
    assertEquals(
        "key\\ with\\ spaces=\\ leading and trailing \n"
            + "\\#hash=!bang\n"
            + "sep\\=\\:=a=b:c\n"
            + "back\\\\slash=tab\\tline\\nbreak\\r\n"
            + "\\u00FCn\\u00EF=caf\\u00E9 \\uD83D\\uDE80\n"
            + "empty=\n",
        text);
  }

  @Test
  void propertiesHoldNoLists() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestConfigs.Properties(map("a", map("b", list("x")))).renderRequired());

    assertEquals(
        TestConfigs.Properties.class.getName()
            + ".configs() at a.b: a properties file holds no lists; join the items into one string"
            + " (e.g. \"a,b\")",
        e.getMessage());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("too few digits", "a=\\u12\n", 1, 3, "malformed escape \"\\u12\": \\u must be followed by four hexadecimal digits"),
        arguments("not hexadecimal", "a=\\uZZZZ\n", 1, 3, "malformed escape \"\\uZZZZ\""),
        arguments("in a key", "key\\u00=v\n", 1, 4, "malformed escape \"\\u00=v\""),
        arguments("on a continuation line", "a = b \\\n    \\u004\n", 2, 5, "malformed escape \"\\u004\""),
        arguments("at the end of the file", "ok=1\nbad=x\\u", 2, 6, "malformed escape \"\\u\""),
        arguments("after a comment", "# \\u zzz is fine here\nbad=\\ug000\n", 2, 5, "malformed escape \"\\ug000\""),
        arguments("after a tab", "\tk=\\u+123\n", 1, 4, "malformed escape \"\\u+123\""),
        arguments("second escape of a value", "k=\\u0041\\u00\n", 1, 9, "malformed escape \"\\u00\""),
        arguments("key after an escaped space", "a\\ \\uXYZW=1\n", 1, 4, "malformed escape \"\\uXYZW\""),
        arguments("third line of a continuation", "k=a\\\n b\\\n  c\\u1\n", 3, 4, "malformed escape \"\\u1\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedEscapesAreReportedWithTheirPosition(
      String name, String text, int line, int column, String problem) {
    assertMalformed(new TestConfigs.Properties(APPLICATION), text, line, column, problem);
  }
}
