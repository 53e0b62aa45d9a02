package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text and Markdown files take edits by line; every other line stays as it was. */
class TextDocumentTest {

  private static final Corpus CORPUS = Corpus.of("text");
  private static final TestConfigs.Markdown MARKDOWN = new TestConfigs.Markdown(List.of());

  static Stream<String> corpus() {
    return CORPUS.names();
  }

  static Stream<Arguments> oneLineSyncs() {
    return Stream.of(
        arguments(
            "gitignore",
            List.of(Edit.Add.item(List.of(), "*.rig-tmp", 12)),
            List.of("+*.rig-tmp")),
        arguments(
            "README.md",
            List.of(Edit.Add.item(List.of(), "Part of the platform.", 5)),
            List.of("+Part of the platform.")),
        arguments(
            "setext.md",
            List.of(new Edit.Set(List.of(3), "The payments service.")),
            List.of("-Payments service.", "+The payments service.")),
        arguments(
            "frontmatter.md",
            List.of(Edit.Add.item(List.of(), "# Notes", 4)),
            List.of("+# Notes")),
        arguments(
            "no-final-break.txt",
            List.of(Edit.Add.item(List.of(), "Copyright 2026", 2)),
            List.of("+Copyright 2026")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneLineSyncs")
  void aOneLineSyncChangesExactlyTheRequiredLines(
      String name, List<Edit> edits, List<String> changed) throws Exception {
    String before = CORPUS.read(name);
    String after = MARKDOWN.open(before).apply(edits);

    assertEquals(changed, Corpus.changedLines(before, after));
    CORPUS.assertSynced(name, after);
    DocumentLaws.assertReparses(MARKDOWN::parse, MARKDOWN.open(before), edits, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void noEditsGiveTheFileBackByteForByte(String name) throws Exception {
    String text = CORPUS.read(name);
    DocumentLaws.assertNoOp(MARKDOWN.open(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyEditOfEveryLineReparsesToWhatTheEditsMean(String name) throws Exception {
    String text = CORPUS.read(name);
    Document<List<String>> document = MARKDOWN.open(text);
    DocumentLaws.Values values = new DocumentLaws.Values(n -> "probe " + n, n -> "");
    for (List<Edit> edits : DocumentLaws.probes(document.content(), values, 400)) {
      DocumentLaws.assertReparses(MARKDOWN::parse, document, edits, true);
    }
  }

  @Test
  void aSyncOfTheReadmeKeepsItsTitleAndAddsTheBuildSectionOutsideItsCode() throws Exception {
    TestConfigs.Markdown readme =
        new TestConfigs.Markdown(
            List.of(
                """
                # orders

                ## Build

                ```bash
                mvn verify
                ```
                """));
    String before = CORPUS.read("README.md");

    String after = readme.plan(before).orElseThrow();

    assertEquals(
        List.of("+## Build", "+", "+```bash", "+mvn verify", "+```"),
        Corpus.changedLines(before, after));
    assertEquals(List.of(), Corpus.changedLines(after, readme.plan(after).orElse(after)));
  }

  @Test
  void requiredMarkdownThatLeavesAFenceOpenIsABugInTheConfig() {
    TestConfigs.Markdown broken = new TestConfigs.Markdown(List.of("# App", "```", "code"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, broken::renderRequired);
    assertEquals(
        TestConfigs.Markdown.class.getName()
            + ".configs() opens a code fence at line 2 (```) that it never closes; the rest of"
            + " the page would become code",
        e.getMessage());
  }
}
