package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.internal.content.Scalars;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What sync would do with a file, as a user sees it: the text before and after. */
final class PlanAssertions {

  /** Marks a plan case whose file is already correct: sync must not touch it. */
  static final String UNCHANGED = null;

  private PlanAssertions() {}

  /**
   * Sync turns {@code before} into {@code after} (or leaves it alone when {@code after} is
   * {@link #UNCHANGED}), and a second sync changes nothing, byte for byte.
   */
  static void assertPlan(ConfigFile<?> config, String before, String after)
      throws MalformedFileException {
    Optional<String> planned = config.plan(before);
    if (after == UNCHANGED) {
      assertEquals(Optional.empty(), planned, "a correct file is not rewritten");
      return;
    }
    assertEquals(after, planned.orElseGet(() -> fail("sync left an incorrect file alone")));
    assertEquals(Optional.empty(), config.plan(after), "a second sync changes nothing");
  }

  /** A malformed file is reported with its position, and never planned for a rewrite. */
  static void assertMalformed(
      ConfigFile<?> config, String text, int line, int column, String problem) {
    MalformedFileException e = assertThrows(MalformedFileException.class, () -> config.plan(text));
    assertTrue(
        e.problem().contains(problem),
        () -> "message \"" + e.problem() + "\" should contain \"" + problem + "\"");
    assertEquals(line + ":" + column, e.line() + ":" + e.column(), "position of: " + e.problem());
  }

  /**
   * The two trees hold the same content: same keys in the same order (unless {@code
   * orderedKeys} is false), same list items in the same order, scalars equal (numbers by value).
   */
  static void assertSameTree(Object expected, Object actual, boolean orderedKeys) {
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, orderedKeys, differences);
    if (!differences.isEmpty()) {
      fail(String.join("\n", differences) + "\nexpected: " + expected + "\nactual:   " + actual);
    }
  }

  private static void compare(
      String path, Object expected, Object actual, boolean ordered, List<String> differences) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      if (ordered
          ? !new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))
          : !e.keySet().equals(a.keySet())) {
        differences.add(path + ": keys " + e.keySet() + " but found " + a.keySet());
        return;
      }
      e.forEach((key, value) -> compare(path + "." + key, value, a.get(key), ordered, differences));
    } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        differences.add(path + ": " + e.size() + " items but found " + a.size());
        return;
      }
      Iterator<?> found = a.iterator();
      int i = 0;
      for (Object item : e) {
        compare(path + "[" + i++ + "]", item, found.next(), ordered, differences);
      }
    } else if (!Scalars.isScalar(expected)
        || !Scalars.isScalar(actual)
        || !Scalars.equal(expected, actual)) {
      differences.add(path + ": " + describe(expected) + " but found " + describe(actual));
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
  }
}
