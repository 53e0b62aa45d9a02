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
import dev.rig.runtime.content.Tagged;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlConfigFileTest {

  static final Map<String, Object> LOGGING =
      map("logging", map("version", 1, "root", map("level", "INFO")));

  @Test
  void writesBlockStyleWithTwoSpaceIndentsAndNoDocumentMarker() {
    Map<String, Object> workflow =
        map(
            "name", "CI",
            "on", map("push", map("branches", list("main"))),
            "jobs",
                map(
                    "build",
                    map(
                        "runs-on", "ubuntu-latest",
                        "steps",
                            list(
                                map("uses", "actions/checkout@v4"),
                                map("name", "Test", "run", "mvn -B verify\necho done\n")))));

    assertEquals(
        """
        name: CI
        "on":
          push:
            branches:
              - main
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Test
                run: |
                  mvn -B verify
                  echo done
        """,
        new TestConfigs.Yaml(workflow).renderRequired());
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments(
            "a missing file is created",
            LOGGING,
            null,
            """
            logging:
              version: 1
              root:
                level: INFO
            """),
        arguments(
            "a correct file with the user's own keys and comments is left alone",
            LOGGING,
            """
            # mine
            logging:
              version: 1
              root: {level: INFO}
              handlers: [console]
            """,
            UNCHANGED),
        arguments(
            "numbers compare by value",
            LOGGING,
            """
            logging:
              version: 1.0
              root:
                level: INFO
            """,
            UNCHANGED),
        arguments(
            "a required value overrides the user's, the user's additions survive",
            LOGGING,
            """
            logging:
              version: 1
              root:
                level: DEBUG
                handlers: [console]
            extra: true
            """,
            """
            logging:
              version: 1
              root:
                level: INFO
                handlers: [console]
            extra: true
            """),
        arguments(
            "an empty file gets the required content",
            LOGGING,
            "",
            """
            logging:
              version: 1
              root:
                level: INFO
            """),
        arguments(
            "a key left empty is filled in",
            map("on", map("push", map("branches", list("main")))),
            "on:\n",
            """
            on:
              push:
                branches:
                  - main
            """),
        arguments(
            "workflow steps merge by id, then by name, without duplicates",
            map(
                "steps",
                list(
                    map("id", "build", "run", "mvn -B verify"),
                    map("name", "Upload", "uses", "actions/upload-artifact@v4"))),
            """
            steps:
              - id: build
                run: mvn package
                env: {CI: "1"}
              - name: Upload
                uses: actions/upload-artifact@v3
              - name: Mine
                run: echo hi
            """,
            """
            steps:
              - id: build
                run: mvn -B verify
                env: {CI: "1"}
              - name: Upload
                uses: actions/upload-artifact@v4
              - name: Mine
                run: echo hi
            """),
        arguments(
            "a dependency whose version the user raised is kept",
            map("deps", list(map("groupId", "g", "artifactId", "a", "version", "1.0"))),
            """
            deps:
              - groupId: g
                artifactId: a
                version: 2.1.0
            """,
            UNCHANGED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, Map<String, Object> required, String before, String after)
      throws MalformedFileException {
    assertPlan(new TestConfigs.Yaml(required), before, after);
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        arguments(
            "strings that look like other things stay strings",
            map(
                "list",
                list(
                    "yes", "no", "on", "off", "true", "null", "~", "", "1.0", "0x10", "1_000",
                    "1e3", ".inf", "2001-12-14", "+1", "-", "?", ":", "a: b", "#x", "- x", " lead",
                    "trail ", "it's", "\"dq\"", "@at", "`bt", "%pct", "*star", "&amp", "!bang",
                    "|pipe", ">gt", "[", "{", "tab\there", "ünïcödé", "emoji 🚀", ".INF", "-.Inf", ".NaN",
                    "NULL", "Null", "TRUE", "False", "ON", "Off", "YES", "No", "Y", "n", "=",
                    "<<", "0o17", "017", "1:20", "12e03", "-0", "+.5"))),
        arguments(
            "multi-line strings",
            map(
                "script", "line one\nline two\n",
                "no-final-break", "a\nb",
                "blank lines", "a\n\n\nb\n",
                "trailing spaces", "a  \nb\n",
                "leading spaces", "  indented\nnot\n")),
        arguments(
            "numbers and other scalars",
            map(
                "int", 1,
                "long", 12345678901L,
                "big", new BigInteger("123456789012345678901234567890"),
                "decimal", new BigDecimal("1.50"),
                "double", 0.1,
                "negative", -2.5,
                "nan", Double.NaN,
                "inf", Double.POSITIVE_INFINITY,
                "minus inf", Double.NEGATIVE_INFINITY,
                "yes", true,
                "no", false,
                "nothing", null)),
        arguments(
            "keys YAML would misread",
            map("on", 1, "yes", 2, "1", 3, "a b", 4, "a: b", 5, "#", 6, "y", 7)),
        arguments(
            "nesting and empty values",
            map(
                "empty map", map(),
                "empty list", list(),
                "nested lists", list(list(1, 2), list()),
                "maps in lists", list(map("a", map("b", list(map("c", 1))))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void roundTrip(String name, Map<String, Object> tree) throws MalformedFileException {
    TestConfigs.Yaml config = new TestConfigs.Yaml(tree);

    String text = config.renderRequired();

    assertSameTree(tree, config.parse(text), true);
    assertPlan(config, text, UNCHANGED);
  }

  @Test
  void readsAliasesMergeKeysAndYaml12Scalars() throws MalformedFileException {
    String text =
        """
        defaults: &defaults
          retries: 3
          timeout: 10
        service:
          <<: *defaults
          timeout: 30
        copies: [*defaults]
        region: &region eu-west-1
        backup: *region
        enabled: yes
        debug: off
        country: NO
        zip: 01234
        big: 1e3
        octal: 0o17
        hex: 0x1F
        really: true
        nothing: ~
        """;

    assertEquals(
        map(
            "defaults", map("retries", 3, "timeout", 10),
            "service", map("retries", 3, "timeout", 30),
            "copies", list(map("retries", 3, "timeout", 10)),
            "region", "eu-west-1",
            "backup", "eu-west-1",
            "enabled", "yes",
            "debug", "off",
            "country", "NO",
            "zip", 1234,
            "big", new BigDecimal("1e3"),
            "octal", 15,
            "hex", 31,
            "really", true,
            "nothing", null),
        new TestConfigs.Yaml(map()).parse(text));
  }

  @Test
  void standardTagsSayHowToReadAValueAndOtherTagsAreKept() throws MalformedFileException {
    assertEquals(
        map(
            "s", "123",
            "i", 7,
            "b", false,
            "data", new Tagged("tag:yaml.org,2002:binary", "aGVsbG8="),
            "ref", new Tagged("Ref", "Bucket")),
        new TestConfigs.Yaml(map())
            .parse("s: !!str 123\ni: !!int 7\nb: !!bool false\ndata: !!binary aGVsbG8=\n"
                + "ref: !Ref Bucket\n"));
  }

  @Test
  void tagsOfSingleValuesSurviveARewrite() throws MalformedFileException {
    Map<String, Object> required =
        map(
            "site_name", "auth-service",
            "markdown_extensions",
                list(
                    map(
                        "pymdownx.emoji",
                        map(
                            "emoji_index",
                            Tagged.of("!!python/name:material.extensions.emoji.twemoji", "")))));
    TestConfigs.Yaml config = new TestConfigs.Yaml(required);

    assertPlan(
        config,
        """
        site_name: old
        markdown_extensions:
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
              emoji_generator: !!python/name:material.extensions.emoji.to_svg
        extra:
          bucket: !Ref Bucket
          text: !Sub "it's ${AWS::Region}\\n"
          list: [!Ref a, !Num 5]
        """,
        """
        site_name: auth-service
        markdown_extensions:
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
              emoji_generator: !!python/name:material.extensions.emoji.to_svg
        extra:
          bucket: !Ref Bucket
          text: !Sub "it's ${AWS::Region}\\n"
          list: [!Ref a, !Num 5]
        """);
    assertEquals(
        map("v", new Tagged("Ref", "Bucket")), config.parse("v: !Ref Bucket\n"));
  }

  @Test
  void aSecondDocumentIsKeptByteForByteWhileTheFirstIsSynced() throws MalformedFileException {
    assertPlan(
        new TestConfigs.Yaml(LOGGING),
        """
        logging:
          version: 2  # mine
          root: {level: INFO}
        ---
        # the second document is not rig's
        b: [1, 2]
        """,
        """
        logging:
          version: 1  # mine
          root: {level: INFO}
        ---
        # the second document is not rig's
        b: [1, 2]
        """);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("unclosed flow list", "a: [1, 2\n", 2, 1, "the list that opens with '[' at line 1, column 4 is not closed: a ',' or ']' is missing"),
        arguments("unclosed flow map", "a: {x: 1\n", 2, 1, "the map that opens with '{' at line 1, column 4 is not closed"),
        arguments("bad indentation", "a:\n  - b\n c: 1\n", 3, 2, "this line is not indented like the lines before it"),
        arguments("unterminated string", "a: \"unterminated\n", 2, 1, "the quoted text that starts at line 1, column 4 has no closing quote"),
        arguments("tab indentation", "key: value\n\tbad: tab\n", 2, 1, "a tab where YAML allows only spaces: indent with spaces"),
        arguments("two colons", "a: b: c\n", 1, 5, "a ': ' where no key can start: quote a value that holds ': '"),
        arguments("over-indented key", "a:\n  b: 1\n   c: 2\n", 3, 5, "a ': ' where no key can start"),
        arguments("duplicate key", "a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key \"a\"; keep one of the two"),
        arguments("nested duplicate key", "top:\n  x: 1\n  x: 1\n", 3, 3, "duplicate key \"x\""),
        arguments("unknown alias", "a: *nope\n", 1, 4, "alias *nope refers to no anchor &nope defined before it"),
        arguments("an alias of the value that holds it", "a: &v [1, *v]\n", 1, 11, "alias *v refers to the value that contains it"),
        arguments("a list at the top", "- 1\n- 2\n", 1, 1, "the file must hold a mapping at the top level, not a list"),
        arguments("a string at the top", "just text\n", 1, 1, "the file must hold a mapping at the top level, not a single value"),
        arguments("a list as a key", "? [a, b]\n: 1\n", 1, 3, "a key must be a single value"),
        arguments("a tag on a map", "Resources: !Sub\n  x: 1\n", 1, 12, "the tag !Sub is not supported here: rig keeps the tags of single values only"),
        arguments("a value that is not its tag", "n: !!int twelve\n", 1, 4, "the value twelve does not match its tag !!int"),
        arguments("a number too long to read", "n: " + "9".repeat(1001) + "\n", 1, 4, "a number of 1001 characters; rig reads numbers of up to 1000"),
        arguments("an exponent too large to read", "n: 1e999999999\n", 1, 4, "has an exponent beyond ±9999"),
        arguments("a character that starts no value", "a: @x\n", 1, 4, "'@' cannot start a value: quote the value"),
        arguments("an unknown escape", "a: \"\\q\"\n", 1, 6, "unknown escape \\q in double-quoted text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFilesAreReportedWithTheirPosition(
      String name, String text, int line, int column, String problem) {
    assertMalformed(new TestConfigs.Yaml(LOGGING), text, line, column, problem);
  }

  @Test
  void aliasesCannotExplode() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 8; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1))));
      bomb.append("]\n");
    }

    assertMalformed(
        new TestConfigs.Yaml(LOGGING),
        bomb.toString(),
        4,
        45,
        "aliases stand for more than 10000 values in all, the most rig expands");
  }
}
