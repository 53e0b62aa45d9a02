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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TomlConfigFileTest {

  static final Map<String, Object> PYPROJECT =
      map(
          "project",
          map(
              "name", "auth-service",
              "dependencies", list("fastapi>=0.110", "pyjwt>=2.8")),
          "tool", map("ruff", map("line-length", 100)));

  @Test
  void writesTablesArraysOfTablesAndInlineArrays() {
    Map<String, Object> content =
        map(
            "title", "rig",
            "tool", map("ruff", map("line-length", 100, "lint", map("select", list("E", "F")))),
            "bin", list(map("name", "a", "path", "src/a.rs"), map("name", "b")),
            "mixed", list(1, "two", map("three", 3)),
            "long",
                list(
                    "a rather long string item",
                    "another rather long string item",
                    "and a third rather long item"),
            "key with space", map("dotted.key", true));

    assertEquals(
        """
        title = "rig"
        mixed = [1, "two", { three = 3 }]
        long = [
          "a rather long string item",
          "another rather long string item",
          "and a third rather long item",
        ]

        [tool.ruff]
        line-length = 100

        [tool.ruff.lint]
        select = ["E", "F"]

        [[bin]]
        name = "a"
        path = "src/a.rs"

        [[bin]]
        name = "b"

        ["key with space"]
        "dotted.key" = true
        """,
        new TestConfigs.Toml(content).renderRequired());
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments(
            "a missing file is created",
            null,
            """
            [project]
            name = "auth-service"
            dependencies = ["fastapi>=0.110", "pyjwt>=2.8"]

            [tool.ruff]
            line-length = 100
            """),
        arguments(
            "a correct file with comments, dotted keys and extras is left alone",
            """
            # my project
            project.name = "auth-service"
            project.dependencies = [
              "pyjwt>=2.8",
              "fastapi>=0.110",
              "httpx",
            ]
            [tool.ruff]
            line-length = 100.0
            """,
            UNCHANGED),
        arguments(
            "a required value overrides the user's, the user's additions survive",
            """
            [project]
            name = "old-name"
            version = "1.0.0"
            dependencies = ["httpx"]

            [tool.black]
            line-length = 88
            """,
            """
            [project]
            name = "auth-service"
            version = "1.0.0"
            dependencies = ["httpx", "fastapi>=0.110", "pyjwt>=2.8"]

            [tool.black]
            line-length = 88

            [tool.ruff]
            line-length = 100
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, String before, String after) throws MalformedFileException {
    assertPlan(new TestConfigs.Toml(PYPROJECT), before, after);
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        arguments(
            "strings",
            map(
                "s",
                list("", "quote \" backslash \\", "tab\t", "line\nbreak\r\n", "ünï 🚀", "\u0001\u007f",
                    "'single'", "\"\"\"triple"))),
        arguments(
            "keys that need quotes",
            map("a.b", 1, "with space", 2, "", 3, "ünï", 4, "quote\"", map("x", 1), "bare-key_1", 5)),
        arguments(
            "numbers and booleans",
            map(
                "int", 1,
                "long", Long.MIN_VALUE,
                "decimal", new BigDecimal("1.5"),
                "double", 0.1,
                "nan", Double.NaN,
                "inf", Double.NEGATIVE_INFINITY,
                "bool", true)),
        arguments(
            "tables in arrays of tables in tables",
            map(
                "a",
                map(
                    "b",
                    list(
                        map("c", map("d", 1), "e", list(map("f", 1), map("f", 2))),
                        map("c", map()))))),
        arguments(
            "inline structures",
            map(
                "nested", list(list(1, 2), list(), list(map("x", list(map())))),
                "empty table", map(),
                "empty list", list())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void roundTrip(String name, Map<String, Object> tree) throws MalformedFileException {
    TestConfigs.Toml config = new TestConfigs.Toml(tree);

    String text = config.renderRequired();

    // TOML writes a table's plain values before its sub-tables: compare without key order.
    assertSameTree(tree, config.parse(text), false);
    assertPlan(config, text, UNCHANGED);
  }

  @Test
  void datesAndTimesOfAFileSurviveARewrite() throws MalformedFileException {
    TestConfigs.Toml config = new TestConfigs.Toml(map("required", 1));
    String before =
        """
        odt = 1979-05-27T07:32:00+05:30
        utc = 1979-05-27T07:32:00Z
        ldt = 1979-05-27T00:32:00.999
        date = 1979-05-27
        time = 07:00:00
        """;
    Map<String, Object> dates =
        map(
            "odt", OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
            "utc", OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC),
            "ldt", LocalDateTime.of(1979, 5, 27, 0, 32, 0, 999_000_000),
            "date", LocalDate.of(1979, 5, 27),
            "time", LocalTime.of(7, 0));

    assertEquals(dates, config.parse(before));
    assertPlan(config, before, before + "required = 1\n");
  }

  @Test
  void tomlHasNoNull() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestConfigs.Toml(map("a", map("b", null))).renderRequired());

    assertEquals(
        TestConfigs.Toml.class.getName()
            + ".configs() at a.b: TOML has no null value; leave the key out instead",
        e.getMessage());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("missing value", "a = \n", 1, 5, "expected a value"),
        arguments("key defined twice", "a = 1\na = 2\n", 2, 1, "a previously defined at line 1, column 1"),
        arguments("table defined twice", "[t]\nx = 1\n[t]\ny = 2\n", 3, 1, "t previously defined at line 1, column 1"),
        arguments("unclosed table header", "[a\nb = 1\n", 1, 3, "Unexpected end of line, expected ]"),
        arguments("unterminated string", "a = \"x\n", 1, 7, "expected \" or a character"),
        arguments("two values on a line", "a = 1 b\n", 1, 7, "Unexpected 'b', expected a newline or end-of-input"),
        arguments("no key", "= 1\n", 1, 1, "Unexpected '=', expected a key"),
        arguments("unclosed array", "a = [1,\n", 2, 1, "expected ] or a value"),
        arguments("unclosed inline table", "a = {x = 1\n", 2, 1, "expected } or a comma"),
        arguments("invalid date", "x = 1979-13-01\n", 1, 10, "Invalid month (valid range 01..12)"),
        arguments("invalid escape", "a = \"\\q\"\n", 1, 6, "Invalid escape sequence '\\q'"),
        arguments("leading zero", "a = 0777\n", 1, 5, "Leading zeros are not allowed"),
        arguments("first error of several", "ok = 1\nbad = \nworse = [\n", 2, 7, "expected a value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFilesAreReportedWithTheirPosition(
      String name, String text, int line, int column, String problem) {
    assertMalformed(new TestConfigs.Toml(PYPROJECT), text, line, column, problem);
  }
}
