package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.format.PlanAssertions.UNCHANGED;
import static dev.rig.runtime.format.PlanAssertions.assertMalformed;
import static dev.rig.runtime.format.PlanAssertions.assertPlan;
import static dev.rig.runtime.format.PlanAssertions.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonConfigFileTest {

  static final Map<String, Object> PACKAGE =
      map("name", "app", "scripts", map("test", "vitest"), "private", true);

  @Test
  void writesTwoSpaceIndentsAndAFinalLineBreak() {
    Map<String, Object> content =
        map("name", "app", "version", 1.5, "files", list("dist", map()), "empty", list(), "none", null);

    assertEquals(
        """
        {
          "name": "app",
          "version": 1.5,
          "files": [
            "dist",
            {}
          ],
          "empty": [],
          "none": null
        }
        """,
        new TestConfigs.Json(content).renderRequired());
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments(
            "a missing file is created",
            null,
            """
            {
              "name": "app",
              "scripts": {
                "test": "vitest"
              },
              "private": true
            }
            """),
        arguments(
            "a correct file in another layout is left alone",
            "{\"private\":true,\"name\":\"app\",\"scripts\":{\"test\":\"vitest\",\"lint\":\"eslint\"}}",
            UNCHANGED),
        arguments(
            "a required value overrides the user's, the user's additions and layout survive",
            """
            {
              "name": "mine",
              "scripts": {"lint": "eslint", "test": "jest"},
              "dependencies": {"left-pad": "1.0.0"}
            }
            """,
            """
            {
              "name": "app",
              "scripts": {"lint": "eslint", "test": "vitest"},
              "private": true,
              "dependencies": {"left-pad": "1.0.0"}
            }
            """),
        arguments(
            "an empty file gets the required content",
            "",
            """
            {
              "name": "app",
              "scripts": {
                "test": "vitest"
              },
              "private": true
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, String before, String after) throws MalformedFileException {
    assertPlan(new TestConfigs.Json(PACKAGE), before, after);
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        arguments(
            "strings",
            map("s", list("", "quote \" and backslash \\", "tab\t", "line\nbreak", "ünï 🚀", "\u0001", "</script>"))),
        arguments(
            "numbers",
            map(
                "int", 1,
                "long", 12345678901L,
                "big", new BigInteger("123456789012345678901234567890"),
                "decimal", new BigDecimal("1.50"),
                "exponent", new BigDecimal("1E+3"),
                "double", 0.1,
                "negative", -2.5)),
        arguments(
            "nesting",
            map(
                "a", map("b", map("c", list(1, list(2, map("d", null))))),
                "empty map", map(),
                "empty list", list(),
                "booleans", list(true, false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void roundTrip(String name, Map<String, Object> tree) throws MalformedFileException {
    TestConfigs.Json config = new TestConfigs.Json(tree);

    String text = config.renderRequired();

    assertSameTree(tree, config.parse(text), true);
    assertPlan(config, text, UNCHANGED);
  }

  @Test
  void jsonHasNoNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestConfigs.Json(map("x", Double.NaN)).renderRequired());

    assertEquals(
        TestConfigs.Json.class.getName()
            + ".configs() at x: NaN cannot be written: JSON has no NaN or infinity",
        e.getMessage());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("trailing comma", "{\"a\": 1,}", 1, 9, "Unexpected character ('}'): was expecting double-quote to start field name"),
        arguments("missing colon", "{\"a\" 1}", 1, 6, "was expecting a colon to separate field name and value"),
        arguments("bad literal", "{\n  \"a\": tru\n}", 2, 8, "Unrecognized token 'tru'"),
        arguments("wrong closing bracket", "{\"a\": [1, 2}", 1, 12, "Unexpected close marker '}': expected ']' (for Array starting at line 1, column 7)"),
        arguments("raw line break in a string", "{\"a\": \"x\n\"}", 1, 9, "Illegal unquoted character"),
        arguments("leading zero", "{\"a\": 01}", 1, 8, "Leading zeroes not allowed"),
        arguments("unquoted key", "{a: 1}", 1, 2, "was expecting double-quote to start field name"),
        arguments("exponent without digits", "{\"a\": 1.5e}", 1, 8, "Exponent indicator not followed by a digit"),
        arguments("NaN", "{\"a\": NaN}", 1, 10, "Non-standard token 'NaN', which JSON does not allow"),
        arguments("bad escape", "{\"a\": \"\\q\"}", 1, 9, "Unrecognized character escape 'q'"),
        arguments("cut short", "{\n\"a\": 1\n", 3, 1, "Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)"),
        arguments("comment", "// c\n{}", 1, 1, "JSON allows no comments"),
        arguments("duplicate key", "{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate key \"a\"; keep one of the two"),
        arguments("array at the top", "[1, 2]", 1, 1, "the file must hold an object at the top level, not a list"),
        arguments("second value", "{\"a\": 1}\n{\"b\": 2}", 2, 1, "unexpected content after the end of the top-level value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFilesAreReportedWithTheirPosition(
      String name, String text, int line, int column, String problem) {
    assertMalformed(new TestConfigs.Json(PACKAGE), text, line, column, problem);
  }
}
