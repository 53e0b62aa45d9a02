package dev.rig.runtime.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
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
        arguments("nothing before: at the end", List.of("mine", "b"), List.of("a", "b"), List.of("mine", "b", "a")),
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
}
