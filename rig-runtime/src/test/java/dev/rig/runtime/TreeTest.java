package dev.rig.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeTest {

  @Test
  @SuppressWarnings("unchecked")
  void mapsKeepTheOrderGivenAndStayMutable() {
    Map<String, Object> map = Tree.map("z", 1, "a", Tree.list("x"));
    map.put("m", true);
    ((List<Object>) map.get("a")).add("y");

    assertEquals(List.of("z", "a", "m"), List.copyOf(map.keySet()));
    assertEquals(List.of("x", "y"), map.get("a"));
  }

  @Test
  void argumentsMustBePairsWithDistinctStringKeys() {
    assertEquals(
        "Tree.map takes key/value pairs, got an odd number of arguments: [a, 1, b]",
        assertThrows(IllegalArgumentException.class, () -> Tree.map("a", 1, "b")).getMessage());
    assertEquals(
        "Tree.map keys must be strings, argument 2 is 7",
        assertThrows(IllegalArgumentException.class, () -> Tree.map("a", 1, 7, 2)).getMessage());
    assertEquals(
        "Tree.map got the key \"a\" twice",
        assertThrows(IllegalArgumentException.class, () -> Tree.map("a", 1, "a", 2)).getMessage());
  }
}
