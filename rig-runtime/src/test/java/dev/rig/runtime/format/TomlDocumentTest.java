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

/**
 * TOML files edited through tomlj keep comments, inline tables, arrays of tables, dotted keys and
 * indentation of everything no edit names.
 */
class TomlDocumentTest extends DocumentCorpusTest {

  private static final Corpus CORPUS = Corpus.of("toml");
  private static final TestConfigs.Toml TOML = new TestConfigs.Toml(map());

  TomlDocumentTest() {
    super(
        "toml",
        TOML::parse,
        new DocumentLaws.Values(n -> "probe " + n, n -> map("k" + n, list(n, "x"))));
  }

  static Stream<String> corpus() {
    return CORPUS.names();
  }
  @Override
  Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return TOML.open(text);
  }

  /** tomlj moves a new table under its own header, after the plain keys. */
  @Override
  boolean orderedKeys() {
    return false;
  }

  /** tomlj parses slowly: fewer probes than the other formats, still every key of the corpus. */
  @Override
  int probes() {
    return 150;
  }

  static Stream<Arguments> oneValueSyncs() {
    return Stream.of(
        arguments(
            "pyproject.toml",
            List.of(new Edit.Set(List.of("tool", "ruff", "line-length"), 100)),
            List.of("-line-length = 88", "+line-length = 100")),
        arguments(
            "Cargo.toml",
            List.of(new Edit.Set(List.of("dependencies", "serde", "version"), "1.0.200")),
            List.of(
                "-serde = { version = \"1.0\", features = [\"derive\"] }",
                "+serde = { version = \"1.0.200\", features = [\"derive\"] }")),
        arguments(
            "settings.toml",
            List.of(Edit.Add.item(List.of("server", "ports"), 8003, 3)),
            List.of(
                "-server.ports = [ 8000, 8001, 8002 ]",
                "+server.ports = [ 8000, 8001, 8002, 8003 ]")),
        arguments(
            "netlify.toml",
            List.of(new Edit.Set(List.of("redirects", 0, "status"), 302)),
            List.of("-  status = 301", "+  status = 302")));
  }

  @Test
  void aNewArrayOfTablesItemFollowsTheLastOne() throws Exception {
    String before = CORPUS.read("pyproject.toml");

    String after =
        open(before)
            .apply(
                List.of(
                    Edit.Add.item(
                        List.of("tool", "mypy", "overrides"),
                        map("module", "scripts.*", "ignore_errors", true),
                        2)));

    assertEquals(
        List.of(
            "+",
            "+[[tool.mypy.overrides]]",
            "+module = \"scripts.*\"",
            "+ignore_errors = true"),
        Corpus.changedLines(before, after));
  }

  @Test
  void aNewKeyGoesWithItsTableAndANewTableUnderItsOwnHeader() throws Exception {
    String before = CORPUS.read("Cargo.toml");

    String after =
        open(before)
            .apply(
                List.of(
                    Edit.Add.entry(List.of("package"), "license", "MIT", 4),
                    Edit.Add.entry(List.of(), "lints", map("rust", map("unsafe_code", "forbid")), 4)));

    assertEquals(
        List.of(
            "+license = \"MIT\"",
            "+",
            "+[lints.rust]",
            "+unsafe_code = \"forbid\""),
        Corpus.changedLines(before, after));
  }

  @Test
  void addsAndRemovesInOneArrayReferToTheOriginalItems() throws Exception {
    Document<Map<String, Object>> document = open("a = [1, 2, 3]\n");

    assertEquals(
        "a = [0, 2, 9, 4]\n",
        document.apply(
            List.of(
                new Edit.Remove(List.of("a", 0)),
                new Edit.Remove(List.of("a", 2)),
                Edit.Add.item(List.of("a"), 0, 0),
                Edit.Add.item(List.of("a"), 9, 2),
                Edit.Add.item(List.of("a"), 4, 3))));
  }

  @Test
  void aFileLargerThanTomlsLimitIsRefusedWhereItPassesTheLimit() {
    String text = "a = 1\n# " + "x".repeat(16 << 20) + "\n";

    PlanAssertions.assertMalformed(
        TOML, text, 2, (16 << 20) - 6 + 1, "the file is larger than rig reads as TOML (16 MiB");
  }

  @Test
  void valuesTomlCannotHoldAreRefused() throws Exception {
    Document<Map<String, Object>> document = open("a = 1\n");

    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(new Edit.Set(List.of("a"), null))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            document.apply(
                List.of(new Edit.Set(List.of("a"), new java.math.BigInteger("99999999999999999999")))));
    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(new Edit.Set(List.of("nope"), 1))));
  }
}
