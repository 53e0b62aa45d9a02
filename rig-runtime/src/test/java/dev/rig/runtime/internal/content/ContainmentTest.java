package dev.rig.runtime.internal.content;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.content.ItemIdentity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** correct = required ⊆ actual, rule by rule. */
class ContainmentTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // scalars and keys
        arguments("equal scalar", map("a", "x"), map("a", "x"), true),
        arguments("different scalar", map("a", "x"), map("a", "y"), false),
        arguments("missing key", map("b", "x"), map("a", "x"), false),
        arguments("user's extra keys are fine", map("a", "x", "mine", 1), map("a", "x"), true),
        arguments("nested maps", map("a", map("b", 1, "c", 2)), map("a", map("b", 1)), true),
        arguments("nested difference", map("a", map("b", 1)), map("a", map("b", 2)), false),
        arguments("map where a value is required", map("a", map("b", 1)), map("a", "x"), false),
        arguments("value where a map is required", map("a", "x"), map("a", map("b", 1)), false),
        arguments("null equals null", map("a", null), map("a", null), true),
        arguments("null needs the key", map(), map("a", null), false),
        // numbers by value
        arguments("1 and 1L", map("n", 1), map("n", 1L), true),
        arguments("1 and 1.0", map("n", 1), map("n", 1.0), true),
        arguments("1.00 and 1", map("n", new BigDecimal("1.00")), map("n", 1), true),
        arguments("big integer and long", map("n", BigInteger.TEN), map("n", 10L), true),
        arguments("0.1 double and decimal", map("n", 0.1), map("n", new BigDecimal("0.1")), true),
        arguments("1 and 1.5", map("n", 1), map("n", 1.5), false),
        arguments("string \"1\" is not 1", map("n", "1"), map("n", 1), false),
        arguments("string \"true\" is not true", map("b", "true"), map("b", true), false),
        // lists
        arguments("list order is free", map("l", list("b", "a")), map("l", list("a", "b")), true),
        arguments("missing item", map("l", list("a")), map("l", list("a", "b")), false),
        arguments("each item needs its own", map("l", list("a")), map("l", list("a", "a")), false),
        arguments("repeated items", map("l", list("a", "a")), map("l", list("a", "a")), true),
        arguments(
            "map items by content",
            map("l", list(map("x", 1, "y", 2))),
            map("l", list(map("x", 1))),
            true),
        arguments(
            "items are paired so that every required one finds a match",
            map("l", list(map("a", 1, "b", 2), map("a", 1))),
            map("l", list(map("a", 1), map("a", 1, "b", 2))),
            true),
        arguments(
            "item with an id must contain the required content",
            map("steps", list(map("id", "test", "run", "old"))),
            map("steps", list(map("id", "test", "run", "new"))),
            false),
        arguments(
            "item with a name, more keys",
            map("steps", list(map("name", "Build", "run", "make", "env", map("A", "1")))),
            map("steps", list(map("name", "Build", "run", "make"))),
            true),
        // a single value and a list holding it
        arguments(
            "one XML child satisfies a one-item list",
            map("dependency", map("groupId", "g", "artifactId", "a")),
            map("dependency", list(map("groupId", "g", "artifactId", "a"))),
            true),
        arguments("a value satisfies a list holding it", map("l", "a"), map("l", list("a")), true),
        arguments("a list satisfies one of its values", map("l", list("a", "b")), map("l", "a"), true),
        arguments("a value is not a longer list", map("l", "a"), map("l", list("a", "b")), false),
        arguments("null is not a list", map("l", null), map("l", list()), false),
        // an empty required map asks only for the key
        arguments("empty map, empty element", map("c", ""), map("c", map()), true),
        arguments("empty map, null", map("c", null), map("c", map()), true),
        arguments("empty map, full map", map("c", map("x", 1)), map("c", map()), true),
        arguments("empty map, missing key", map(), map("c", map()), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void contains(String rule, Map<String, Object> actual, Map<String, Object> required, boolean ok) {
    assertEquals(ok, Containment.contains(actual, required, ContentRules.defaults()));
  }

  static Map<String, Object> dependency(String artifactId, String version) {
    return map("groupId", "org.example", "artifactId", artifactId, "version", version);
  }

  static Stream<Arguments> versionFloors() {
    return Stream.of(
        arguments("same version", "1.2.0", "1.2.0", true),
        arguments("user's newer version", "1.10.0", "1.9.0", true),
        arguments("older version", "1.9.0", "1.10.0", false),
        arguments("trailing zeros are equal", "1.0", "1", true),
        arguments("snapshot is older than its release", "2.0-SNAPSHOT", "2.0", false),
        arguments("release candidate is older than its release", "2.0-RC1", "2.0", false),
        arguments("release is newer than its milestone", "5.11.0", "5.11.0-M2", true),
        arguments("a range matches only itself", "[1.0,2.0)", "[1.0,2.0)", true),
        arguments("a range is no floor", "1.5", "[1.0,2.0)", false),
        arguments("pom property resolved, newer", "${junit.version}", "5.10.0", true),
        arguments("pom property resolved, older", "${old.version}", "5.10.0", false),
        arguments("project version", "${project.version}", "0.9", true),
        arguments("unknown property matches only itself", "${elsewhere}", "1.0", false));
  }

  @ParameterizedTest(name = "{0}: {1} for a required {2}")
  @MethodSource("versionFloors")
  void versionIsAFloorForMavenArtifacts(String rule, String existing, String floor, boolean ok) {
    Map<String, Object> document =
        map(
            "project",
            map(
                "version", "1.0",
                "properties", map("junit.version", "5.11.2", "old.version", "5.9.0"),
                "dependencies", map("dependency", list(dependency("lib", existing)))));
    Map<String, Object> required =
        map("project", map("dependencies", map("dependency", list(dependency("lib", floor)))));
    ContentRules rules = ContentRules.forDocument(ItemIdentity.defaults(), document);

    assertEquals(ok, Containment.contains(document, required, rules));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versionFloors")
  void versionIsExactOutsideMavenArtifacts(String rule, String existing, String floor, boolean ok) {
    Map<String, Object> actual = map("tool", map("name", "x", "version", existing));
    Map<String, Object> required = map("tool", map("name", "x", "version", floor));

    assertEquals(
        existing.equals(floor), Containment.contains(actual, required, ContentRules.defaults()));
  }
}
