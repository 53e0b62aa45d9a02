package dev.rig.runtime.internal.content;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static dev.rig.runtime.internal.content.MergerTest.at;
import static dev.rig.runtime.internal.content.MergerTest.item;
import static dev.rig.runtime.internal.content.MergerTest.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Merge;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three-way merge rules: the file, what rig required last time (base), what it requires now, the
 * edits, the file after, and what was kept because the user changed it.
 */
class ThreeWayMergeTest {

  static Map<String, Object> dep(String artifactId, String version) {
    return map("groupId", "org.example", "artifactId", artifactId, "version", version);
  }

  static Edit remove(Object... path) {
    return new Edit.Remove(List.of(path));
  }

  static Map<String, Object> schedule(String... crons) {
    List<Object> items = list();
    for (String cron : crons) {
      items.add(map("cron", cron));
    }
    return map("on", map("push", map(), "schedule", items));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(
            "a changed value is replaced in place, not added beside the old one",
            schedule("0 2 * * *"),
            schedule("0 2 * * *"),
            schedule("0 3 * * *"),
            List.of(set(at("on", "schedule", 0, "cron"), "0 3 * * *")),
            schedule("0 3 * * *"),
            List.of()),
        arguments(
            "a duplicate an older sync left is removed",
            schedule("0 2 * * *", "0 3 * * *"),
            schedule("0 2 * * *"),
            schedule("0 3 * * *"),
            List.of(remove("on", "schedule", 0)),
            schedule("0 3 * * *"),
            List.of()),
        arguments(
            "the user's own schedule stays beside the replaced one",
            schedule("0 2 * * *", "30 12 * * 1"),
            schedule("0 2 * * *"),
            schedule("0 3 * * *"),
            List.of(set(at("on", "schedule", 0, "cron"), "0 3 * * *")),
            schedule("0 3 * * *", "30 12 * * 1"),
            List.of()),
        arguments(
            "a list item replaced",
            map("branches", list("main", "release")),
            map("branches", list("main")),
            map("branches", list("trunk")),
            List.of(set(at("branches", 0), "trunk")),
            map("branches", list("trunk", "release")),
            List.of()),
        arguments(
            "a dependency the base dropped is removed",
            map("dependency", list(dep("rig", "1"), dep("guava", "33.0"), dep("mine", "1"))),
            map("dependency", list(dep("rig", "1"), dep("guava", "33.0"))),
            map("dependency", list(dep("rig", "1"))),
            List.of(remove("dependency", 1)),
            map("dependency", list(dep("rig", "1"), dep("mine", "1"))),
            List.of()),
        arguments(
            "a dropped dependency whose version the user raised is kept and reported",
            map("dependency", list(dep("rig", "1"), dep("guava", "33.2"))),
            map("dependency", list(dep("rig", "1"), dep("guava", "33.0"))),
            map("dependency", list(dep("rig", "1"))),
            List.of(),
            map("dependency", list(dep("rig", "1"), dep("guava", "33.2"))),
            List.of("dependency[1]: {groupId=org.example, artifactId=guava, version=33.2}")),
        arguments(
            "a single dependency dropped and a new one: replaced",
            map("dependency", dep("guava", "33.0")),
            map("dependency", list(dep("guava", "33.0"))),
            map("dependency", list(dep("junit", "5"))),
            List.of(set(at("dependency"), dep("junit", "5"))),
            map("dependency", dep("junit", "5")),
            List.of()),
        arguments(
            "the last dependency dropped leaves the element the base still requires",
            map("dependencies", map("dependency", dep("guava", "33.0"))),
            map("dependencies", map("dependency", list(dep("guava", "33.0")))),
            map("dependencies", map()),
            List.of(remove("dependencies", "dependency")),
            map("dependencies", map()),
            List.of()),
        arguments(
            "a plugin dropped, the user's plugin kept",
            map(
                "plugin",
                list(
                    map("artifactId", "maven-enforcer-plugin", "version", "3.5.0"),
                    map("artifactId", "maven-shade-plugin", "version", "3.6.0"))),
            map("plugin", list(map("artifactId", "maven-enforcer-plugin", "version", "3.5.0"))),
            map("plugin", list()),
            List.of(remove("plugin", 0)),
            map("plugin", list(map("artifactId", "maven-shade-plugin", "version", "3.6.0"))),
            List.of()),
        arguments(
            "a key the base dropped is removed",
            map("a", 1, "b", 2, "mine", 3),
            map("a", 1, "b", 2),
            map("a", 1),
            List.of(remove("b")),
            map("a", 1, "mine", 3),
            List.of()),
        arguments(
            "a dropped key the user changed is kept and reported",
            map("a", 1, "b", 5),
            map("a", 1, "b", 2),
            map("a", 1),
            List.of(),
            map("a", 1, "b", 5),
            List.of("b: 5")),
        arguments(
            "of a dropped map, rig's entries go and the user's stay",
            map("cfg", map("x", 1, "mine", 2)),
            map("cfg", map("x", 1)),
            map(),
            List.of(remove("cfg", "x")),
            map("cfg", map("mine", 2)),
            List.of()),
        arguments(
            "inside an identified item, a dropped key is removed",
            map("steps", list(map("id", "build", "run", "make", "with", map("a", 1)))),
            map("steps", list(map("id", "build", "run", "make", "with", map("a", 1)))),
            map("steps", list(map("id", "build", "run", "make"))),
            List.of(remove("steps", 0, "with")),
            map("steps", list(map("id", "build", "run", "make"))),
            List.of()),
        arguments(
            "a raised floor sets the version, the base changes nothing there",
            map("dependency", list(dep("guava", "33.0"))),
            map("dependency", list(dep("guava", "33.0"))),
            map("dependency", list(dep("guava", "33.1"))),
            List.of(set(at("dependency", 0, "version"), "33.1")),
            map("dependency", list(dep("guava", "33.1"))),
            List.of()),
        arguments(
            "what the user removed already stays removed",
            map("a", 1),
            map("a", 1, "b", 2),
            map("a", 1),
            List.of(),
            map("a", 1),
            List.of()),
        arguments(
            "a value the base required and still requires is not removed",
            map("a", 1, "b", 2),
            map("a", 1, "b", 2),
            map("a", 1, "b", 2),
            List.of(),
            map("a", 1, "b", 2),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mergesThreeWay(
      String rule,
      Map<String, Object> before,
      Map<String, Object> base,
      Map<String, Object> required,
      List<Edit> edits,
      Map<String, Object> after,
      List<String> kept) {
    ContentRules rules = ContentRules.defaults();

    Merge merge = Merger.merge(before, base, required, rules);
    Object merged = Edits.apply(before, merge.edits());

    assertEquals(edits, merge.edits());
    assertEquals(after, merged);
    assertEquals(kept, merge.kept());
    assertTrue(Containment.contains(merged, required, rules), "the merge contains the required");
    assertEquals(
        List.of(), Merger.merge(merged, required, required, rules).edits(), "the next sync");
  }
}
