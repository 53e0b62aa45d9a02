package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text and Markdown files take edits by line; every other line stays as it was. */
class TextDocumentTest extends DocumentCorpusTest {

  private static final Corpus CORPUS = Corpus.of("text");
  private static final TestConfigs.Markdown MARKDOWN = new TestConfigs.Markdown(List.of());

  TextDocumentTest() {
    super(
        "text",
        MARKDOWN::parse,
        new DocumentLaws.Values(n -> "probe " + n, n -> ""));
  }

  static Stream<String> corpus() {
    return CORPUS.names();
  }
  @Override
  Document<?> open(String text) throws MalformedFileException {
    return MARKDOWN.open(text);
  }

  static Stream<Arguments> oneValueSyncs() {
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
