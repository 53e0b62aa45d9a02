package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON files keep every byte no edit names; new members take the file's own layout. */
class JsonDocumentTest extends DocumentCorpusTest {

  private static final Corpus CORPUS = Corpus.of("json");
  private static final TestConfigs.Json JSON = new TestConfigs.Json(map());

  JsonDocumentTest() {
    super(
        "json",
        JSON::parse,
        new DocumentLaws.Values(n -> "probe " + n, n -> map("k" + n, list(n, "x"), "e", map())));
  }

  static Stream<String> corpus() {
    return CORPUS.names();
  }
  @Override
  Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return JSON.open(text);
  }

  static Stream<Arguments> oneValueSyncs() {
    return Stream.of(
        arguments(
            "package.json",
            List.of(new Edit.Set(List.of("version"), "1.5.0")),
            List.of("-  \"version\": \"1.4.2\",", "+  \"version\": \"1.5.0\",")),
        arguments(
            "tsconfig.json",
            List.of(Edit.Add.entry(List.of("compilerOptions"), "noUnusedLocals", true, 7)),
            List.of(
                "-        \"types\": []",
                "+        \"types\": [],",
                "+        \"noUnusedLocals\": true")),
        arguments(
            "tabs.json",
            List.of(Edit.Add.item(List.of("ignorePatterns"), "coverage/", 1)),
            List.of("-\t\t\"dist/\"", "+\t\t\"dist/\",", "+\t\t\"coverage/\"")),
        arguments(
            "matrix.json",
            List.of(new Edit.Set(List.of("weights", "a"), 2)),
            List.of(
                "-   \"weights\" : { \"a\" : 1.50, \"b\" : 2e3 },",
                "+   \"weights\" : { \"a\" : 2, \"b\" : 2e3 },")),
        arguments(
            "compact.json",
            List.of(Edit.Add.entry(List.of("scripts"), "test", "node --test", 1)),
            List.of(
                "-{\"name\":\"compact\",\"version\":\"0.1.0\",\"scripts\":{\"start\":\"node"
                    + " index.js\"},\"tags\":[\"a\",\"b\"]}",
                "+{\"name\":\"compact\",\"version\":\"0.1.0\",\"scripts\":{\"start\":\"node"
                    + " index.js\",\"test\":\"node --test\"},\"tags\":[\"a\",\"b\"]}")),
        arguments(
            "renovate.json",
            List.of(new Edit.Set(List.of("prConcurrentLimit"), 10)),
            List.of("-  \"prConcurrentLimit\": 5,", "+  \"prConcurrentLimit\": 10,")));
  }

  @Test
  void newMembersOfAnEmptyObjectFollowTheIndentOfTheFile() throws Exception {
    String text = "{\n    \"a\": {},\n    \"b\": []\n}\n";

    String after =
        open(text)
            .apply(
                List.of(
                    Edit.Add.entry(List.of("a"), "x", map("y", 1), 0),
                    Edit.Add.item(List.of("b"), "z", 0)));

    assertEquals(
        """
        {
            "a": {
                "x": {
                    "y": 1
                }
            },
            "b": [
                "z"
            ]
        }
        """,
        after);
  }

  @Test
  void removingMembersKeepsTheCommasRight() throws Exception {
    String text = "{\"a\": 1, \"b\": [1, 2, 3], \"c\": 3}";
    Document<Map<String, Object>> document = open(text);

    assertEquals(
        "{\"b\": [2], \"c\": 3}",
        document.apply(
            List.of(
                new Edit.Remove(List.of("a")),
                new Edit.Remove(List.of("b", 0)),
                new Edit.Remove(List.of("b", 2)))));
    assertEquals(
        "{\"a\": 1}",
        document.apply(List.of(new Edit.Remove(List.of("b")), new Edit.Remove(List.of("c")))));
    assertEquals(
        "{}",
        document.apply(
            List.of(
                new Edit.Remove(List.of("a")),
                new Edit.Remove(List.of("b")),
                new Edit.Remove(List.of("c")))));
  }

  @Test
  void aSingleValueGainsItemsAsAListAndAnEmptyOneGainsEntriesAsAnObject() throws Exception {
    String text = "{\n  \"files\": \"dist\",\n  \"config\": null\n}\n";

    String after =
        open(text)
            .apply(
                List.of(
                    Edit.Add.item(List.of("files"), "lib", 1),
                    Edit.Add.entry(List.of("config"), "port", 8080, 0)));

    assertEquals(
        """
        {
          "files": [
            "dist",
            "lib"
          ],
          "config": {
            "port": 8080
          }
        }
        """,
        after);
  }

  @Test
  void theTextAroundTheTopLevelObjectIsKept() throws Exception {
    String text = "\n  {\"a\": 1}  \n\n";

    assertEquals(
        "\n  {\"a\": 2}  \n\n", open(text).apply(List.of(new Edit.Set(List.of("a"), 2))));
  }

  @Test
  void newStringsKeepEveryCharacterAndEscapeOnlyWhatJsonMust() throws Exception {
    String after =
        open("{}\n")
            .apply(List.of(Edit.Add.entry(List.of(), "s", "caf\u00e9 \"q\" \\ \n\t \ud800 \u0001", 0)));

    assertEquals("{\n  \"s\": \"caf\u00e9 \\\"q\\\" \\\\ \\n\\t \\uD800 \\u0001\"\n}\n", after);
  }

  @Test
  void editsThatMissTheDocumentAreRefused() throws Exception {
    Document<Map<String, Object>> document = open("{\"a\": {\"b\": 1}}");

    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(new Edit.Set(List.of("nope"), 1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(Edit.Add.entry(List.of("a"), "b", 2, 0))));
    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(Edit.Add.entry(List.of("a", "b"), "c", 2, 0))));
  }

  @Test
  void anObjectThatGainsAnItemStandsForAListOfOne() throws Exception {
    Document<Map<String, Object>> document = open("{\"a\": {\"b\": 1}}");
    List<Edit> edits =
        List.of(
            Edit.Add.item(List.of("a"), "x", 1), new Edit.Set(List.of("a", 0, "b"), 2));

    assertEquals("{\"a\": [{\"b\": 2}, \"x\"]}", document.apply(edits));
    DocumentLaws.assertReparses(JSON::parse, document, edits, true);
  }
}
