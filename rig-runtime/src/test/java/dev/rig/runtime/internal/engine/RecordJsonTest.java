package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The record's JSON: every value of the content model comes back as it went in. */
class RecordJsonTest {

  private static Object roundTrip(Object value) throws MalformedFileException {
    StringBuilder out = new StringBuilder();
    RecordJson.write(out, value, 0, 0);
    return RecordJson.read(out.toString());
  }

  @Test
  void stringsAreWrittenWithTheSameEscapesWhateverSurroundsThem() {
    assertEquals("\"plain é ☃\"", RecordJson.quote("plain é ☃"));
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\"", RecordJson.quote("a\"b\\c\nd\re\tf\u0001g"));
    assertEquals("\"\\\"\\\"\"", RecordJson.quote("\"\""));
    assertEquals("\"\"", RecordJson.quote(""));
  }

  @Test
  void everyValueOfTheContentModelComesBack() throws MalformedFileException {
    Map<String, Object> content =
        map(
            "text", "quote \" backslash \\ tab \t newline \n bell \u0007 é ☃",
            "int", 1,
            "long", 5_000_000_000L,
            "big", new BigInteger("123456789012345678901234567890"),
            "decimal", new BigDecimal("1.50"),
            "flags", list(true, false, null),
            "tagged", Tagged.of("!!python/name:material.extensions.emoji.twemoji", ""),
            "$dollar", map("$$two", "x"),
            "nan", Double.NaN,
            "empty", map(),
            "none", list(),
            "long line",
                list(
                    "a rather long string that does not fit", "on one line with the other one",
                    "and a third one"));

    assertEquals(content, roundTrip(content));
  }

  @Test
  void shortValuesStayOnOneLineLongOnesBreak() {
    StringBuilder out = new StringBuilder();
    RecordJson.write(
        out,
        map(
            "dependency",
            list(
                map("groupId", "dev.rig", "artifactId", "rig-runtime", "version", "0.1.0"),
                map("groupId", "org.junit.jupiter", "artifactId", "junit-jupiter",
                    "version", "6.1.3", "scope", "test", "a key to make it long", "yes it is"))),
        0,
        0);

    assertEquals(
        """
        {
          "dependency": [
            {"groupId": "dev.rig", "artifactId": "rig-runtime", "version": "0.1.0"},
            {
              "groupId": "org.junit.jupiter",
              "artifactId": "junit-jupiter",
              "version": "6.1.3",
              "scope": "test",
              "a key to make it long": "yes it is"
            }
          ]
        }""",
        out.toString());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("{\"a\": 1,}", 1, 9, "expected a key in double quotes"),
        arguments("{\n  \"a\": [1, 2\n}", 3, 1, "expected ']', found '}'"),
        arguments("{\"a\": 1, \"a\": 2}", 1, 10, "the key \"a\" twice"),
        arguments("{\"a\": tru}", 1, 7, "unexpected 't'"),
        arguments("{\"a\": \"\\x\"}", 1, 9, "an unknown escape \\x"),
        arguments("{\"a\": 01}", 1, 8, "expected '}', found '1'"),
        arguments("", 1, 1, "the file is empty"),
        arguments("{} {}", 1, 4, "more after the end of the JSON value"),
        arguments("{\"$nope\": 1}", 1, 1, "unknown key $nope"),
        arguments("[".repeat(600), 1, 502, "nested deeper than 500 levels"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("malformed")
  void malformedTextIsReportedWhereItIsWrong(String text, int line, int column, String problem) {
    MalformedFileException e =
        assertThrows(MalformedFileException.class, () -> RecordJson.read(text));
    assertEquals(line + ":" + column + ": " + problem,
        e.line() + ":" + e.column() + ": " + e.problem());
  }
}
