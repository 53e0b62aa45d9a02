package dev.rig.runtime.content;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Merge rules: before, required, after. */
class MergerTest {

  static Map<String, Object> dep(String artifactId, String version) {
    return map("groupId", "org.example", "artifactId", artifactId, "version", version);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(
            "required value wins over the user's",
            map("level", "DEBUG"),
            map("level", "INFO"),
            map("level", "INFO")),
        arguments(
            "user additions survive",
            map("level", "DEBUG", "mine", map("keep", true)),
            map("level", "INFO"),
            map("level", "INFO", "mine", map("keep", true))),
        arguments(
            "missing key goes right after the required key before it",
            map("a", 1, "user", 0),
            map("a", 1, "b", 2),
            map("a", 1, "b", 2, "user", 0)),
        arguments(
            "missing first key goes right before the next required key",
            map("user", 0, "b", 2),
            map("a", 1, "b", 2),
            map("user", 0, "a", 1, "b", 2)),
        arguments(
            "missing keys go to the end when no required key is there",
            map("user", 0),
            map("a", 1, "b", 2),
            map("user", 0, "a", 1, "b", 2)),
        arguments(
            "maps merge recursively",
            map("root", map("level", "DEBUG", "mine", 1)),
            map("root", map("level", "INFO", "handlers", list("console"))),
            map("root", map("level", "INFO", "handlers", list("console"), "mine", 1))),
        arguments(
            "equal numbers keep the user's spelling",
            map("version", 1.0),
            map("version", 1),
            map("version", 1.0)),
        arguments(
            "missing list items are appended",
            map("branches", list("dev", "main")),
            map("branches", list("main", "release")),
            map("branches", list("dev", "main", "release"))),
        arguments(
            "step with the same id merges in place",
            map("steps", list(map("id", "a", "run", "old"), map("id", "b", "run", "mine"))),
            map("steps", list(map("id", "a", "run", "new"))),
            map("steps", list(map("id", "a", "run", "new"), map("id", "b", "run", "mine")))),
        arguments(
            "step with the same name merges in place, keeping its extra keys",
            map("steps", list(map("name", "Test", "run", "old", "env", map("CI", "1")))),
            map("steps", list(map("name", "Test", "run", "new"))),
            map("steps", list(map("name", "Test", "run", "new", "env", map("CI", "1"))))),
        arguments(
            "id decides before name",
            map("steps", list(map("id", "x", "name", "Test"))),
            map("steps", list(map("id", "y", "name", "Test"))),
            map("steps", list(map("id", "x", "name", "Test"), map("id", "y", "name", "Test")))),
        arguments(
            "items without identity are appended when no item contains them",
            map("steps", list(map("uses", "actions/checkout@v3"))),
            map("steps", list(map("uses", "actions/checkout@v4"))),
            map("steps", list(map("uses", "actions/checkout@v3"), map("uses", "actions/checkout@v4")))),
        arguments(
            "a dependency whose version the user raised is not duplicated",
            map("dependency", list(dep("lib", "2.0"), dep("other", "1.0"))),
            map("dependency", list(dep("lib", "1.5"), dep("new", "3.0"))),
            map("dependency", list(dep("lib", "2.0"), dep("other", "1.0"), dep("new", "3.0")))),
        arguments(
            "an older dependency version is raised",
            map("dependency", list(dep("lib", "1.0"))),
            map("dependency", list(dep("lib", "1.5"))),
            map("dependency", list(dep("lib", "1.5")))),
        arguments(
            "a dependency's other settings survive the raise",
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "1", "scope", "test"))),
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "2"))),
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "2", "scope", "test")))),
        arguments(
            "a classifier makes another artifact",
            map("dependency", list(map("groupId", "g", "artifactId", "a", "classifier", "tests"))),
            map("dependency", list(map("groupId", "g", "artifactId", "a"))),
            map(
                "dependency",
                list(
                    map("groupId", "g", "artifactId", "a", "classifier", "tests"),
                    map("groupId", "g", "artifactId", "a")))),
        arguments(
            "a plugin without groupId is one of Maven's own",
            map("plugin", list(map("artifactId", "maven-surefire-plugin", "version", "3.0.0"))),
            map(
                "plugin",
                list(
                    map(
                        "groupId", "org.apache.maven.plugins",
                        "artifactId", "maven-surefire-plugin",
                        "version", "3.5.4"))),
            map(
                "plugin",
                list(
                    map(
                        "groupId", "org.apache.maven.plugins",
                        "artifactId", "maven-surefire-plugin",
                        "version", "3.5.4")))),
        arguments(
            "identity coordinates compare by value, a one-item list as its item",
            map("plugin", list(map("groupId", list("g"), "artifactId", "a", "version", 2.0))),
            map("plugin", list(map("groupId", "g", "artifactId", "a", "version", 2))),
            map("plugin", list(map("groupId", list("g"), "artifactId", "a", "version", 2.0)))),
        arguments(
            "a single XML child becomes a list when more are required",
            map("dependency", dep("lib", "1.0")),
            map("dependency", list(dep("lib", "1.0"), dep("new", "2.0"))),
            map("dependency", list(dep("lib", "1.0"), dep("new", "2.0")))),
        arguments(
            "a single XML child stays single when merged in place",
            map("dependency", dep("lib", "1.0")),
            map("dependency", list(dep("lib", "2.0"))),
            map("dependency", dep("lib", "2.0"))),
        arguments(
            "a list keeps its items when one value is required",
            map("branches", list("dev")),
            map("branches", "main"),
            map("branches", list("dev", "main"))),
        arguments(
            "a value becomes a list when a list is required",
            map("branches", "dev"),
            map("branches", list("main")),
            map("branches", list("dev", "main"))),
        arguments(
            "an empty value takes a required map",
            map("on", null),
            map("on", map("push", map())),
            map("on", map("push", map()))),
        arguments(
            "an empty required map keeps an empty element",
            map("configuration", ""),
            map("configuration", map(), "other", 1),
            map("configuration", "", "other", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void merges(
      String rule,
      Map<String, Object> before,
      Map<String, Object> required,
      Map<String, Object> after) {
    ContentRules rules = ContentRules.defaults();

    Map<String, Object> merged = Merger.mergeDocuments(before, required, rules);

    assertEquals(after, merged);
    assertEquals(List.copyOf(after.keySet()), List.copyOf(merged.keySet()), "key order");
    assertTrue(Containment.contains(merged, required, rules), "the merge contains the required");
    assertEquals(merged, Merger.mergeDocuments(merged, required, rules), "merging twice");
  }

  static Stream<Arguments> propertyVersions() {
    return Stream.of(
        arguments("a newer version through a property is kept", "5.11.2", "${junit.version}"),
        arguments("an older version through a property is raised", "5.9.0", "5.10.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("propertyVersions")
  void versionsThroughPomProperties(String rule, String property, String expectedVersion) {
    Map<String, Object> before =
        map(
            "project",
            map(
                "properties", map("junit.version", property),
                "dependencies", map("dependency", dep("junit", "${junit.version}"))));
    Map<String, Object> required =
        map("project", map("dependencies", map("dependency", list(dep("junit", "5.10.0")))));
    ContentRules rules = ContentRules.forDocument(ItemIdentity.defaults(), before);

    Map<String, Object> merged = Merger.mergeDocuments(before, required, rules);

    assertEquals(
        map(
            "project",
            map(
                "properties", map("junit.version", property),
                "dependencies", map("dependency", dep("junit", expectedVersion)))),
        merged);
  }

  @Test
  @SuppressWarnings("unchecked")
  void mergingLeavesItsArgumentsAlone() {
    Map<String, Object> before = map("a", map("b", list(1)), "keep", 1);
    Map<String, Object> required = map("a", map("b", list(2), "c", map("d", 1)));

    Map<String, Object> merged = Merger.mergeDocuments(before, required, ContentRules.defaults());
    ((Map<String, Object>) merged.get("a")).put("changed", true);
    Map<String, Object> c = (Map<String, Object>) ((Map<String, Object>) merged.get("a")).get("c");
    c.put("d", 2);

    assertEquals(map("a", map("b", list(1)), "keep", 1), before);
    assertEquals(map("a", map("b", list(2), "c", map("d", 1))), required);
  }

  @Test
  void identityRuleCanBeReplaced() {
    ItemIdentity byUses = ItemIdentity.field("uses");
    ContentRules rules = new ContentRules(byUses.or(ItemIdentity.defaults()), name -> null);
    Map<String, Object> before = map("steps", list(map("uses", "checkout", "with", map("depth", 0))));
    Map<String, Object> required = map("steps", list(map("uses", "checkout", "with", map("depth", 1))));

    assertEquals(
        map("steps", list(map("uses", "checkout", "with", map("depth", 1)))),
        Merger.mergeDocuments(before, required, rules));
    assertEquals(
        map("steps", list(map("id", "s", "name", "one"), map("id", "s", "name", "two"))),
        Merger.mergeDocuments(
            map("steps", list(map("id", "s", "name", "one"))),
            map("steps", list(map("id", "s", "name", "two"))),
            new ContentRules(ItemIdentity.none(), name -> null)),
        "without identity, an item that differs is a new item");
  }
}
