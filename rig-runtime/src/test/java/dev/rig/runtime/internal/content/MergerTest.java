package dev.rig.runtime.internal.content;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.ItemIdentity;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Merge rules: before, required, the edits a sync makes, after. */
class MergerTest {

  static Map<String, Object> dep(String artifactId, String version) {
    return map("groupId", "org.example", "artifactId", artifactId, "version", version);
  }

  static List<Object> at(Object... path) {
    return List.of(path);
  }

  static Edit set(List<Object> path, Object value) {
    return new Edit.Set(path, value);
  }

  static Edit entry(List<Object> path, String key, Object value, int before) {
    return Edit.Add.entry(path, key, value, before);
  }

  static Edit item(List<Object> path, Object value, int before) {
    return Edit.Add.item(path, value, before);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(
            "required value wins over the user's",
            map("level", "DEBUG"),
            map("level", "INFO"),
            List.of(set(at("level"), "INFO")),
            map("level", "INFO")),
        arguments(
            "user additions survive",
            map("level", "DEBUG", "mine", map("keep", true)),
            map("level", "INFO"),
            List.of(set(at("level"), "INFO")),
            map("level", "INFO", "mine", map("keep", true))),
        arguments(
            "missing key goes right after the required key before it",
            map("a", 1, "user", 0),
            map("a", 1, "b", 2),
            List.of(entry(at(), "b", 2, 1)),
            map("a", 1, "b", 2, "user", 0)),
        arguments(
            "missing first key goes right before the next required key",
            map("user", 0, "b", 2),
            map("a", 1, "b", 2),
            List.of(entry(at(), "a", 1, 1)),
            map("user", 0, "a", 1, "b", 2)),
        arguments(
            "missing keys go to the end when no required key is there",
            map("user", 0),
            map("a", 1, "b", 2),
            List.of(entry(at(), "a", 1, 1), entry(at(), "b", 2, 1)),
            map("user", 0, "a", 1, "b", 2)),
        arguments(
            "maps merge recursively",
            map("root", map("level", "DEBUG", "mine", 1)),
            map("root", map("level", "INFO", "handlers", list("console"))),
            List.of(
                set(at("root", "level"), "INFO"),
                entry(at("root"), "handlers", list("console"), 1)),
            map("root", map("level", "INFO", "handlers", list("console"), "mine", 1))),
        arguments(
            "equal numbers keep the user's spelling",
            map("version", 1.0),
            map("version", 1),
            List.of(),
            map("version", 1.0)),
        arguments(
            "missing list items are added after the last one",
            map("branches", list("dev", "main")),
            map("branches", list("main", "release")),
            List.of(item(at("branches"), "release", 2)),
            map("branches", list("dev", "main", "release"))),
        arguments(
            "step with the same id merges in place",
            map("steps", list(map("id", "a", "run", "old"), map("id", "b", "run", "mine"))),
            map("steps", list(map("id", "a", "run", "new"))),
            List.of(set(at("steps", 0, "run"), "new")),
            map("steps", list(map("id", "a", "run", "new"), map("id", "b", "run", "mine")))),
        arguments(
            "step with the same name merges in place, keeping its extra keys",
            map("steps", list(map("name", "Test", "run", "old", "env", map("CI", "1")))),
            map("steps", list(map("name", "Test", "run", "new"))),
            List.of(set(at("steps", 0, "run"), "new")),
            map("steps", list(map("name", "Test", "run", "new", "env", map("CI", "1"))))),
        arguments(
            "id decides before name",
            map("steps", list(map("id", "x", "name", "Test"))),
            map("steps", list(map("id", "y", "name", "Test"))),
            List.of(item(at("steps"), map("id", "y", "name", "Test"), 1)),
            map("steps", list(map("id", "x", "name", "Test"), map("id", "y", "name", "Test")))),
        arguments(
            "items without identity are added when no item contains them",
            map("steps", list(map("uses", "actions/checkout@v3"))),
            map("steps", list(map("uses", "actions/checkout@v4"))),
            List.of(item(at("steps"), map("uses", "actions/checkout@v4"), 1)),
            map("steps", list(map("uses", "actions/checkout@v3"), map("uses", "actions/checkout@v4")))),
        arguments(
            "a dependency whose version the user raised is not duplicated",
            map("dependency", list(dep("lib", "2.0"), dep("other", "1.0"))),
            map("dependency", list(dep("lib", "1.5"), dep("new", "3.0"))),
            List.of(item(at("dependency"), dep("new", "3.0"), 2)),
            map("dependency", list(dep("lib", "2.0"), dep("other", "1.0"), dep("new", "3.0")))),
        arguments(
            "an older dependency version is raised",
            map("dependency", list(dep("lib", "1.0"))),
            map("dependency", list(dep("lib", "1.5"))),
            List.of(set(at("dependency", 0, "version"), "1.5")),
            map("dependency", list(dep("lib", "1.5")))),
        arguments(
            "a dependency's other settings survive the raise",
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "1", "scope", "test"))),
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "2"))),
            List.of(set(at("dependency", 0, "version"), "2")),
            map("dependency", list(map("groupId", "g", "artifactId", "a", "version", "2", "scope", "test")))),
        arguments(
            "a classifier makes another artifact",
            map("dependency", list(map("groupId", "g", "artifactId", "a", "classifier", "tests"))),
            map("dependency", list(map("groupId", "g", "artifactId", "a"))),
            List.of(item(at("dependency"), map("groupId", "g", "artifactId", "a"), 1)),
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
            List.of(
                entry(at("plugin", 0), "groupId", "org.apache.maven.plugins", 0),
                set(at("plugin", 0, "version"), "3.5.4")),
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
            List.of(),
            map("plugin", list(map("groupId", list("g"), "artifactId", "a", "version", 2.0)))),
        arguments(
            "a single XML child becomes a list when more are required",
            map("dependency", dep("lib", "1.0")),
            map("dependency", list(dep("lib", "1.0"), dep("new", "2.0"))),
            List.of(item(at("dependency"), dep("new", "2.0"), 1)),
            map("dependency", list(dep("lib", "1.0"), dep("new", "2.0")))),
        arguments(
            "a single XML child merged in place beside a new one is item 0",
            map("dependency", dep("lib", "1.0")),
            map("dependency", list(dep("lib", "1.5"), dep("new", "2.0"))),
            List.of(
                set(at("dependency", 0, "version"), "1.5"),
                item(at("dependency"), dep("new", "2.0"), 1)),
            map("dependency", list(dep("lib", "1.5"), dep("new", "2.0")))),
        arguments(
            "a single XML child stays single when merged in place",
            map("dependency", dep("lib", "1.0")),
            map("dependency", list(dep("lib", "2.0"))),
            List.of(set(at("dependency", "version"), "2.0")),
            map("dependency", dep("lib", "2.0"))),
        arguments(
            "a list keeps its items when one value is required",
            map("branches", list("dev")),
            map("branches", "main"),
            List.of(item(at("branches"), "main", 1)),
            map("branches", list("dev", "main"))),
        arguments(
            "a value becomes a list when a list is required",
            map("branches", "dev"),
            map("branches", list("main")),
            List.of(item(at("branches"), "main", 1)),
            map("branches", list("dev", "main"))),
        arguments(
            "an empty element takes a required list",
            map("branches", ""),
            map("branches", list("main", "dev")),
            List.of(set(at("branches"), list("main", "dev"))),
            map("branches", list("main", "dev"))),
        arguments(
            "an empty value takes a required map",
            map("on", null),
            map("on", map("push", map())),
            List.of(set(at("on"), map("push", map()))),
            map("on", map("push", map()))),
        arguments(
            "an empty required map keeps an empty element",
            map("configuration", ""),
            map("configuration", map(), "other", 1),
            List.of(entry(at(), "other", 1, 1)),
            map("configuration", "", "other", 1)),
        arguments(
            "a map where a value is required is replaced",
            map("level", map("mine", 1)),
            map("level", "INFO"),
            List.of(set(at("level"), "INFO")),
            map("level", "INFO")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void merges(
      String rule,
      Map<String, Object> before,
      Map<String, Object> required,
      List<Edit> edits,
      Map<String, Object> after) {
    ContentRules rules = ContentRules.defaults();

    List<Edit> planned = Merger.edits(before, required, rules);
    Object merged = Edits.apply(before, planned);

    assertEquals(edits, planned);
    assertEquals(after, merged);
    assertEquals(List.copyOf(after.keySet()), List.copyOf(((Map<?, ?>) merged).keySet()), "key order");
    assertTrue(Containment.contains(merged, required, rules), "the merge contains the required");
    assertEquals(List.of(), Merger.edits(merged, required, rules), "merging twice");
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
    ContentRules rules = ContentRules.forSync(ItemIdentity.defaults(), before, required);

    Object merged = Edits.apply(before, Merger.edits(before, required, rules));

    assertEquals(
        map(
            "project",
            map(
                "properties", map("junit.version", property),
                "dependencies", map("dependency", dep("junit", expectedVersion)))),
        merged);
  }

  @Test
  void aVersionKeptThroughAPropertyTheSyncChangesIsJudgedByItsNewValue() {
    // The user's 5.11.2 meets the floor, but the base pins the property lower: one sync must both
    // set the property and raise the version, or the next sync would find more to do.
    Map<String, Object> before =
        map(
            "project",
            map(
                "properties", map("junit.version", "5.11.2"),
                "dependencies", map("dependency", dep("junit", "${junit.version}"))));
    Map<String, Object> required =
        map(
            "project",
            map(
                "properties", map("junit.version", "5.9.0"),
                "dependencies", map("dependency", list(dep("junit", "5.10.0")))));

    List<Edit> edits =
        Merger.edits(
            before, required, ContentRules.forSync(ItemIdentity.defaults(), before, required));
    @SuppressWarnings("unchecked")
    Map<String, Object> merged = (Map<String, Object>) Edits.apply(before, edits);

    assertEquals(
        List.of(
            set(at("project", "properties", "junit.version"), "5.9.0"),
            set(at("project", "dependencies", "dependency", "version"), "5.10.0")),
        edits);
    assertTrue(
        Containment.contains(
            merged, required, ContentRules.forDocument(ItemIdentity.defaults(), merged)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void mergingLeavesItsArgumentsAlone() {
    Map<String, Object> before = map("a", map("b", list(1)), "keep", 1);
    Map<String, Object> required = map("a", map("b", list(2), "c", map("d", 1)));

    List<Edit> edits = Merger.edits(before, required, ContentRules.defaults());
    for (Edit edit : edits) {
      if (edit instanceof Edit.Add add && add.value() instanceof Map<?, ?> added) {
        ((Map<String, Object>) added).put("changed", true);
      }
    }

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
        List.of(set(at("steps", 0, "with", "depth"), 1)), Merger.edits(before, required, rules));
    assertEquals(
        List.of(item(at("steps"), map("id", "s", "name", "two"), 1)),
        Merger.edits(
            map("steps", list(map("id", "s", "name", "one"))),
            map("steps", list(map("id", "s", "name", "two"))),
            new ContentRules(ItemIdentity.none(), name -> null)),
        "without identity, an item that differs is a new item");
  }
}
