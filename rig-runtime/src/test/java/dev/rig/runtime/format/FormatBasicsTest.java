package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.format.PlanAssertions.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.ItemIdentity;
import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every format shares: file extensions, and the hooks a config may override. */
class FormatBasicsTest {

  static Stream<Arguments> extensions() {
    return Stream.of(
        arguments(new TestConfigs.Yaml(map()), "yaml.yaml"),
        arguments(new TestConfigs.Json(map()), "json.json"),
        arguments(new TestConfigs.Toml(map()), "toml.toml"),
        arguments(new TestConfigs.Properties(map()), "properties.properties"),
        arguments(new TestConfigs.Xml(map()), "xml.xml"),
        arguments(new TestConfigs.Text(List.of()), "text.txt"),
        arguments(new TestConfigs.Markdown(List.of()), "markdown.md"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("extensions")
  void eachFormatHasItsExtension(ConfigFile<?> config, String fileName) {
    assertEquals(Path.of(fileName), RuntimeAccess.get().relativePath(config));
  }

  /** A workflow whose steps are identified by the action they use. */
  static final class StepsByActionConfig extends YamlConfigFile {
    @Override
    protected Map<String, Object> configs() {
      return map("steps", list(map("uses", "actions/setup-java", "with", map("java-version", "21"))));
    }

    @Override
    protected ItemIdentity itemIdentity() {
      return ItemIdentity.field("uses").or(ItemIdentity.defaults());
    }
  }

  @Test
  void aConfigCanChooseHowListItemsAreIdentified() throws MalformedFileException {
    assertPlan(
        new StepsByActionConfig(),
        """
        steps:
          - uses: actions/setup-java
            with:
              java-version: "17"
              distribution: temurin
        """,
        """
        steps:
          - uses: actions/setup-java
            with:
              java-version: "21"
              distribution: temurin
        """);
  }

  @Test
  void onlyYamlHoldsTaggedValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestConfigs.Json(map("ref", Tagged.of("!Ref", "Bucket"))).renderRequired());

    assertEquals(
        TestConfigs.Json.class.getName()
            + ".configs() at ref: the tagged value !Ref Bucket can only be written to a YAML file",
        e.getMessage());
  }

  @Test
  void xmlNeedsOneRootElement() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestConfigs.Xml(map("a", "1", "b", "2")).renderRequired());

    assertEquals(
        TestConfigs.Xml.class.getName()
            + ".configs() must return one root element, e.g. Tree.map(\"project\", ...), not [a, b]",
        e.getMessage());
  }
}
