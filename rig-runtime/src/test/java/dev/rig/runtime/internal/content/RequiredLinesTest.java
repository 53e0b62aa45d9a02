package dev.rig.runtime.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredLinesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("all lines there", List.of("a", "mine", "b"), List.of("a", "b"), List.of("a", "mine", "b")),
        arguments("order of existing lines is free", List.of("b", "a"), List.of("a", "b"), List.of("b", "a")),
        arguments("missing line goes after the required line before it", List.of("a", "mine"), List.of("a", "b"), List.of("a", "b", "mine")),
        arguments("missing lines keep their order", List.of("a", "mine"), List.of("a", "b", "c"), List.of("a", "b", "c", "mine")),
        arguments("nothing before: right before the required line after it", List.of("mine", "b"), List.of("a", "b"), List.of("mine", "a", "b")),
        arguments("nothing before or after: at the end", List.of("mine"), List.of("a", "b"), List.of("mine", "a", "b")),
        arguments("empty file", List.of(), List.of("a", "b"), List.of("a", "b")),
        arguments(
            "a blank line is found near its neighbours",
            List.of("# Title", "", "intro", "## Usage", "", "text"),
            List.of("## Usage", "", "run it"),
            List.of("# Title", "", "intro", "## Usage", "", "run it", "text")),
        arguments("lines compare exactly", List.of("a "), List.of("a"), List.of("a ", "a")),
        arguments(
            "a blank line further down is not the one after the cursor",
            List.of("# Title", "", "intro", "", "## Usage", "", "text"),
            List.of("# Title", "", "badge", "", "## Build", "", "mvn install"),
            List.of("# Title", "", "badge", "", "## Build", "", "mvn install", "intro", "", "## Usage",
                "", "text")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void merge(String rule, List<String> before, List<String> required, List<String> after) {
    assertEquals(before.equals(after), RequiredLines.contains(before, required));
    List<String> merged = RequiredLines.merge(before, required);
    assertEquals(after, merged);
    assertTrue(RequiredLines.contains(merged, required));
    assertEquals(merged, RequiredLines.merge(merged, required));
  }

  static Stream<Arguments> normalized() {
    return Stream.of(
        arguments(List.of("a\nb"), List.of("a", "b")),
        arguments(List.of("a\n"), List.of("a")),
        arguments(List.of("a\n\n"), List.of("a", "")),
        arguments(List.of("a\r\nb", ""), List.of("a", "b", "")));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("normalized")
  void aStringWithLineBreaksIsSeveralLines(List<String> given, List<String> lines) {
    assertEquals(lines, RequiredLines.normalize(given));
  }

  static Stream<Arguments> markdown() {
    return Stream.of(
        arguments(
            "the page's own title stands for the required one: never a second title",
            List.of("# Orders", "", "Takes orders."),
            List.of("# orders", "", "Part of the platform."),
            List.of("# Orders", "", "Part of the platform.", "Takes orders.")),
        arguments(
            "a title underlined with = is a title too",
            List.of("Orders", "======", "", "Takes orders."),
            List.of("# orders", "", "Part of the platform."),
            List.of("Orders", "======", "", "Part of the platform.", "Takes orders.")),
        arguments(
            "a missing title goes at the top, after front matter",
            List.of("---", "layout: page", "---", "", "Notes."),
            List.of("# Notes", "", "Notes."),
            List.of("---", "layout: page", "---", "# Notes", "", "Notes.")),
        arguments(
            "a required code block is added whole, even when its fence lines are elsewhere",
            List.of("# App", "", "```bash", "make", "```", "", "## Build"),
            List.of("## Build", "", "```bash", "mvn verify", "```"),
            List.of("# App", "", "```bash", "make", "```", "", "## Build", "", "```bash",
                "mvn verify", "```")),
        arguments(
            "a code block that is there whole is found",
            List.of("## Build", "", "```bash", "mvn verify", "```", "mine"),
            List.of("## Build", "", "```bash", "mvn verify", "```"),
            List.of("## Build", "", "```bash", "mvn verify", "```", "mine")),
        arguments(
            "nothing goes inside the page's own code block",
            List.of("## Usage", "```", "## Usage", "run", "```", "after"),
            List.of("## Usage", "Read the code below."),
            List.of("## Usage", "Read the code below.", "```", "## Usage", "run", "```", "after")),
        arguments(
            "a line inside the page's code is code, not the required line",
            List.of("```", "Read me.", "```"),
            List.of("Read me."),
            List.of("```", "Read me.", "```", "Read me.")),
        arguments(
            "a line that would land in a code block goes after it",
            List.of("## Build", "~~~", "make", "~~~", "mine"),
            List.of("intro", "## Build", "Run make."),
            List.of("intro", "## Build", "Run make.", "~~~", "make", "~~~", "mine")),
        arguments(
            "a fence the page never closes: lines go before it, never into it",
            List.of("# App", "", "```", "unclosed"),
            List.of("# App", "", "## Build"),
            List.of("# App", "", "## Build", "```", "unclosed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdown")
  void markdownStaysWellFormed(
      String rule, List<String> before, List<String> required, List<String> after) {
    RequiredLines.Syntax markdown = RequiredLines.Syntax.MARKDOWN;
    assertEquals(before.equals(after), RequiredLines.contains(before, required, markdown));
    List<String> merged = RequiredLines.merge(before, required, markdown);
    assertEquals(after, merged);
    assertTrue(RequiredLines.contains(merged, required, markdown));
    assertEquals(merged, RequiredLines.merge(merged, required, markdown));
  }

  @Test
  void requiredMarkdownMustCloseItsFencesAndHaveOneTitle() {
    IllegalArgumentException open =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RequiredLines.normalize(
                    List.of("# App", "", "```bash", "mvn verify"), RequiredLines.Syntax.MARKDOWN));
    assertEquals(
        "opens a code fence at line 3 (```bash) that it never closes; the rest of the page would"
            + " become code",
        open.getMessage());
    IllegalArgumentException titles =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequiredLines.normalize(List.of("# A", "# B"), RequiredLines.Syntax.MARKDOWN));
    assertEquals("holds 2 titles (level-1 headings); a page has one", titles.getMessage());
  }
}
