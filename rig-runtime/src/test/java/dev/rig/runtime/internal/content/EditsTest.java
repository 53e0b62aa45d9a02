package dev.rig.runtime.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Tree;
import dev.rig.runtime.content.Edit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditsTest {

  private final Map<String, Object> pom =
      Tree.map(
          "project",
          Tree.map(
              "artifactId", "app",
              "dependencies",
                  Tree.map(
                      "dependency",
                      Tree.list(
                          Tree.map("artifactId", "a", "version", "1"),
                          Tree.map("artifactId", "b", "version", "2")))));

  @Test
  void noEditsGiveAnEqualCopy() {
    Object edited = Edits.apply(pom, List.of());
    assertEquals(pom, edited);
    assertNotSame(pom, edited);
  }

  @Test
  void setReplacesTheValueAtItsPath() {
    Object edited =
        Edits.apply(
            pom,
            List.of(new Edit.Set(List.of("project", "dependencies", "dependency", 1, "version"),
                "3")));
    assertTrue(edited.toString().contains("artifactId=b, version=3"), edited::toString);
    assertTrue(pom.toString().contains("artifactId=b, version=2"), pom::toString);
  }

  @Test
  void addsAndRemovesReferToTheOriginalIndexes() {
    List<Object> dependencies = List.of("project", "dependencies", "dependency");
    Object edited =
        Edits.apply(
            pom,
            List.of(
                new Edit.Remove(List.of("project", "dependencies", "dependency", 0)),
                Edit.Add.item(dependencies, Tree.map("artifactId", "c"), 2),
                Edit.Add.item(dependencies, Tree.map("artifactId", "z"), 0),
                Edit.Add.entry(List.of("project"), "groupId", "g", 0)));
    assertEquals(
            Tree.map(
                "project",
                Tree.map(
                    "groupId", "g",
                    "artifactId", "app",
                    "dependencies",
                        Tree.map(
                            "dependency",
                            Tree.list(
                                Tree.map("artifactId", "z"),
                                Tree.map("artifactId", "b", "version", "2"),
                                Tree.map("artifactId", "c"))))), edited);
  }

  @Test
  void anItemAddedToASingleValueMakesAList() {
    Map<String, Object> goals = Tree.map("goals", Tree.map("goal", "enforce"));
    Object edited = Edits.apply(goals, List.of(Edit.Add.item(List.of("goals", "goal"), "x", 1)));
    assertEquals(Tree.map("goals", Tree.map("goal", Tree.list("enforce", "x"))), edited);
  }

  @Test
  void anEntryAddedToAnEmptyElementMakesAMap() {
    Map<String, Object> empty = Tree.map("dependencies", "");
    Object edited =
        Edits.apply(empty, List.of(Edit.Add.entry(List.of("dependencies"), "dependency", "d", 0)));
    assertEquals(Tree.map("dependencies", Tree.map("dependency", "d")), edited);
  }

  @Test
  void pathsThatMissTheContentAreRefused() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> Edits.apply(pom, List.of(new Edit.Remove(List.of("nope")))));
    assertTrue(missing.getMessage().contains("no key nope"), missing::getMessage);
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Edits.apply(pom, List.of(Edit.Add.entry(List.of("project"), "artifactId", "x",
                0))));
    assertTrue(twice.getMessage().contains("already has the key artifactId"), twice::getMessage);
  }
}
