package dev.rig.runtime.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Merge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promises every sync relies on, checked on thousands of generated trees (fixed seeds, so a
 * failure is reproducible): the merger's edits, applied, contain what was required (and address
 * the tree they were made for, or {@link Edits#apply} would refuse them), merging again finds
 * nothing to do, and a tree that already contains the requirement takes no edits.
 */
class MergeInvariantsTest {

  private static final List<String> KEYS =
      List.of("a", "b", "id", "name", "groupId", "artifactId", "version", "items");
  private static final List<Object> SCALARS =
      List.of("x", "y", "1.0", "2.0", 1, 1L, 1.0, new BigDecimal("1.00"), 2, true, "");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void mergeKeepsItsPromises(long seed) {
    Random random = new Random(seed);
    ContentRules rules = ContentRules.defaults();
    for (int i = 0; i < 1000; i++) {
      Map<String, Object> actual = map(random, 4);
      Map<String, Object> required = map(random, 4);
      String trees = "actual " + actual + "\nrequired " + required;

      List<Edit> edits = Merger.edits(actual, required, rules);
      Object merged = Edits.apply(actual, edits);

      assertTrue(Containment.contains(merged, required, rules), "merged contains required\n" + trees);
      assertEquals(List.of(), Merger.edits(merged, required, rules), "idempotent\n" + trees);
      if (Containment.contains(actual, required, rules)) {
        assertEquals(List.of(), edits, "a correct tree takes no edits\n" + trees);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void threeWayMergeKeepsItsPromises(long seed) {
    Random random = new Random(seed);
    ContentRules rules = ContentRules.defaults();
    for (int i = 0; i < 1000; i++) {
      Map<String, Object> base = map(random, 4);
      // Half the time the file is what rig wrote last time, with or without the user's additions.
      Map<String, Object> actual = random.nextBoolean() ? merged(base, map(random, 3)) : map(random, 4);
      Map<String, Object> required = map(random, 4);
      String trees = "actual " + actual + "\nbase " + base + "\nrequired " + required;

      Merge merge = Merger.merge(actual, base, required, rules);
      Object merged = Edits.apply(actual, merge.edits());

      assertTrue(Containment.contains(merged, required, rules), "merged contains required\n" + trees);
      assertEquals(
          List.of(), Merger.merge(merged, required, required, rules).edits(), "next sync\n" + trees);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> user) {
    return (Map<String, Object>)
        Edits.apply(user, Merger.edits(user, base, ContentRules.defaults()));
  }

  private static Map<String, Object> map(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth - 1));
    }
    return map;
  }

  private static Object value(Random random, int depth) {
    int kind = depth <= 0 ? 0 : random.nextInt(4);
    switch (kind) {
      case 1:
        return map(random, depth);
      case 2:
      case 3:
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          list.add(random.nextBoolean() ? map(random, depth) : value(random, depth - 1));
        }
        return list;
      default:
        return SCALARS.get(random.nextInt(SCALARS.size()));
    }
  }
}
