package dev.rig.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the content model of rig: insertion-ordered, mutable maps and lists whose leaves are
 * strings, numbers and booleans.
 *
 * <pre>{@code
 * Tree.map("logging", Tree.map("version", 1, "root", Tree.map("level", "INFO")))
 * }</pre>
 */
public final class Tree {

  private Tree() {}

  /**
   * An insertion-ordered, mutable map of alternating keys and values.
   *
   * @throws IllegalArgumentException when the arguments are not key/value pairs with distinct
   *     string keys
   */
  public static Map<String, Object> map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Tree.map takes key/value pairs, got an odd number of arguments: "
              + Arrays.toString(keysAndValues));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException(
            "Tree.map keys must be strings, argument " + i + " is " + keysAndValues[i]);
      }
      if (map.containsKey(key)) {
        // The second value would silently replace the first: almost certainly a mistake.
        throw new IllegalArgumentException("Tree.map got the key \"" + key + "\" twice");
      }
      map.put(key, keysAndValues[i + 1]);
    }
    return map;
  }

  /** A mutable list of the given items, in order. */
  public static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }
}
