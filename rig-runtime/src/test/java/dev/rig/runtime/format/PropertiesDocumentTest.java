package dev.rig.runtime.format;

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

/** Properties files keep comments, separators, continuations and escapes of what no edit names. */
class PropertiesDocumentTest extends DocumentCorpusTest {

  private static final Corpus CORPUS = Corpus.of("properties");
  private static final TestConfigs.Properties PROPERTIES = new TestConfigs.Properties(map());

  PropertiesDocumentTest() {
    super(
        "properties",
        PROPERTIES::parse,
        new DocumentLaws.Values(n -> "probe " + n, n -> " lead: #" + n + " = caf\u00e9\t\\"));
  }

  static Stream<String> corpus() {
    return CORPUS.names();
  }
  @Override
  Document<Map<String, Object>> open(String text) throws MalformedFileException {
    return PROPERTIES.open(text);
  }

  static Stream<Arguments> oneValueSyncs() {
    return Stream.of(
        arguments(
            "application.properties",
            List.of(new Edit.Set(List.of("server.port"), "9090")),
            List.of("-server.port = 8080", "+server.port = 9090")),
        arguments(
            "continuation.properties",
            List.of(new Edit.Set(List.of("java.opts"), "-Xmx2g")),
            List.of(
                "-java.opts=-Xms256m \\",
                "-    -Xmx1g \\",
                "-    -XX:+UseG1GC",
                "+java.opts=-Xmx2g")),
        arguments(
            "messages_fr.properties",
            List.of(Edit.Add.entry(List.of(), "button.delete", "Supprimer l'\u00e9l\u00e9ment", 3)),
            List.of("+button.delete=Supprimer l'\u00e9l\u00e9ment")),
        arguments(
            "gradle.properties",
            List.of(Edit.Add.entry(List.of(), "org.gradle.configuration-cache", "true", 4)),
            List.of("+org.gradle.configuration-cache true")),
        arguments(
            "duplicates.properties",
            List.of(new Edit.Set(List.of("a"), "4")),
            List.of("-a=3", "+a=4")));
  }

  @Test
  void aNewEntryGoesAfterTheEntryBeforeItWithTheFilesSeparator() throws Exception {
    String text = "# comment\na: 1\n\n# section\nb: 2\n";

    assertEquals(
        "# comment\na: 1\nx: y\nz: w\n\n# section\nb: 2\nend: 3\n",
        open(text)
            .apply(
                List.of(
                    Edit.Add.entry(List.of(), "x", "y", 1),
                    Edit.Add.entry(List.of(), "z", "w", 1),
                    Edit.Add.entry(List.of(), "end", "3", 2))));
    assertEquals(
        "# comment\nfirst: 0\na: 1\n\n# section\nb: 2\n",
        open(text).apply(List.of(Edit.Add.entry(List.of(), "first", "0", 0))));
  }

  @Test
  void aKeyAloneOnItsLineGainsASeparatorWhenSet() throws Exception {
    assertEquals(
        "a=1\nflag=on\n", open("a=1\nflag\n").apply(List.of(new Edit.Set(List.of("flag"), "on"))));
  }

  @Test
  void removingAKeyRemovesEveryLineThatGivesIt() throws Exception {
    assertEquals(
        "# keep\nb=2\n",
        open("# keep\na=1\nb=2\na=3 \\\n  continued\n")
            .apply(List.of(new Edit.Remove(List.of("a")))));
  }

  @Test
  void valuesAreEscapedForTheFile() throws Exception {
    assertEquals(
        "k=\\u00E9 \\\\ lead\n",
        open("k=v\n").apply(List.of(new Edit.Set(List.of("k"), "\u00e9 \\ lead"))));
    assertEquals(
        "k=\\ x\u00e9\n", open("k=\u00e0\n").apply(List.of(new Edit.Set(List.of("k"), " x\u00e9"))));
  }

  @Test
  void editsThatMissTheDocumentAreRefused() throws Exception {
    Document<Map<String, Object>> document = open("a=1\n");

    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(new Edit.Set(List.of("nope"), "1"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(Edit.Add.entry(List.of(), "a", "2", 0))));
    assertThrows(
        IllegalArgumentException.class,
        () -> document.apply(List.of(new Edit.Set(List.of("a", "b"), "1"))));
  }
}
