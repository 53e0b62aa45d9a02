package dev.rig.runtime.format;

import static dev.rig.runtime.format.PlanAssertions.UNCHANGED;
import static dev.rig.runtime.format.PlanAssertions.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.MalformedFileException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextConfigFileTest {

  static final List<String> GITIGNORE = List.of("target/", ".idea/", "*.log");

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments("a missing file is created", null, "target/\n.idea/\n*.log\n"),
        arguments("a file with every line, in any order, is left alone", "*.log\nmine/\ntarget/\n.idea/\n", UNCHANGED),
        arguments("a file without a final line break is left alone", "target/\n.idea/\n*.log", UNCHANGED),
        arguments(
            "a missing line goes after the required line before it",
            "target/\nmine/\n*.log\n",
            "target/\n.idea/\nmine/\n*.log\n"),
        arguments(
            "without a required line before it, right before the one after it",
            "mine/\n.idea/\n",
            "mine/\ntarget/\n.idea/\n*.log\n"),
        arguments(
            "without a required line before or after it, at the end",
            "mine/\n",
            "mine/\ntarget/\n.idea/\n*.log\n"),
        arguments("an empty file gets every line", "", "target/\n.idea/\n*.log\n"),
        arguments("lines compare exactly", "target\n.idea/\n*.log\n", "target\ntarget/\n.idea/\n*.log\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void sync(String rule, String before, String after) throws MalformedFileException {
    assertPlan(new TestConfigs.Text(GITIGNORE), before, after);
  }

  @Test
  void aTextBlockIsSeveralLines() {
    TestConfigs.Markdown readme =
        new TestConfigs.Markdown(
            List.of(
                """
                # auth-service

                Part of the platform.
                """));

    assertEquals("# auth-service\n\nPart of the platform.\n", readme.renderRequired());
    assertEquals("md", readme.extension());
    assertEquals("txt", new TestConfigs.Text(GITIGNORE).extension());
  }

  @Test
  void markdownKeepsTheUsersSections() throws MalformedFileException {
    TestConfigs.Markdown readme =
        new TestConfigs.Markdown(List.of("# auth-service", "", "## Development", "", "Run `mvn verify`."));

    assertPlan(
        readme,
        "# auth-service\n\nMy introduction.\n\n## Development\n\nMy notes.\n",
        "# auth-service\n\nMy introduction.\n\n## Development\n\nRun `mvn verify`.\nMy notes.\n");
  }
}
