package dev.rig.runtime.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.content.Edit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The edits between two versions of a line-based file touch only the lines that differ. */
class LineEditsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("equal", List.of("a", "b"), List.of("a", "b"), List.of()),
        arguments(
            "a line inserted",
            List.of("# Title", "", "mine"),
            List.of("# Title", "", "badge", "mine"),
            List.of(Edit.Add.item(List.of(), "badge", 2))),
        arguments(
            "lines appended",
            List.of("a"),
            List.of("a", "b", "c"),
            List.of(Edit.Add.item(List.of(), "b", 1), Edit.Add.item(List.of(), "c", 1))),
        arguments(
            "a line removed",
            List.of("a", "old", "b"),
            List.of("a", "b"),
            List.of(new Edit.Remove(List.of(1)))),
        arguments(
            "a line replaced in place",
            List.of("# app", "[![Java 17+](x)](y)", "text"),
            List.of("# app", "[![Java 21+](x)](y)", "text"),
            List.of(new Edit.Set(List.of(1), "[![Java 21+](x)](y)"))),
        arguments(
            "two lines become one",
            List.of("a", "x", "y", "b"),
            List.of("a", "z", "b"),
            List.of(new Edit.Set(List.of(1), "z"), new Edit.Remove(List.of(2)))),
        arguments(
            "into an empty file",
            List.of(),
            List.of("a"),
            List.of(Edit.Add.item(List.of(), "a", 0))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void editsTurnOneIntoTheOther(
      String rule, List<String> before, List<String> after, List<Edit> edits) {
    List<Edit> found = LineEdits.between(before, after);
    assertEquals(edits, found);
    assertEquals(after, Edits.apply(before, found));
  }
}
