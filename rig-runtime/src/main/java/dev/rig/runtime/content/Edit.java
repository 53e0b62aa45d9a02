package dev.rig.runtime.content;

import java.util.List;
import java.util.Objects;

/**
 * One change to a parsed document: what {@code sync} does to a file that is not correct. A sync
 * is a list of edits, and each format applies them to the text it parsed (see {@link Document}),
 * so that every byte no edit touches stays as it was.
 *
 * <p>An edit addresses a node by its <b>path</b> in the document's content <em>as parsed</em>:
 * map keys ({@link String}) and list indexes ({@link Integer}) from the root. Every edit of one
 * list refers to the same, original content; they are applied as if at once. So a removal never
 * shifts the index of a later edit, and two additions at one place keep the list's order. No edit
 * addresses a node inside the value of another edit, or inside a node another edit removes.
 *
 * <p>A single value and a one-item list are the same content (XML cannot tell them apart): a path
 * may stop at a single value where the content model would allow a list, or go on through it as
 * item {@code 0} of a one-item list, and {@link Add} of an item to a single value makes it a list
 * of two. The merger addresses a single value as item {@code 0} only when it also adds items beside
 * it ({@code [project, dependencies, dependency, 0, version]} next to an {@link Add} at {@code
 * [project, dependencies, dependency]}).
 */
public sealed interface Edit permits Edit.Set, Edit.Add, Edit.Remove {

  /** Where the edit applies: keys and indexes from the document's root. */
  List<Object> path();

  /**
   * Replaces the value at {@link #path()}, a scalar or a whole subtree, with {@code value}.
   *
   * @param path the node whose value changes
   * @param value the new value (content model: map, list or scalar)
   */
  record Set(List<Object> path, Object value) implements Edit {
    public Set {
      path = Paths.copy(path);
    }
  }

  /**
   * Inserts a map entry or a list item into the container at {@link #path()}.
   *
   * @param path the map or list that gains the entry or item
   * @param key the new entry's key for a map, {@code null} for a list item
   * @param value the new entry's value or the new item
   * @param before where it goes: the index, among the container's existing keys or items, of the
   *     one it is inserted before; the container's size to put it at the end
   */
  record Add(List<Object> path, String key, Object value, int before) implements Edit {
    public Add {
      path = Paths.copy(path);
      if (before < 0) {
        throw new IllegalArgumentException("before must be 0 or more, not " + before);
      }
    }

    /** A map entry at the end of the map at {@code path}. */
    public static Add entry(List<Object> path, String key, Object value, int before) {
      return new Add(path, Objects.requireNonNull(key, "key"), value, before);
    }

    /** A list item inserted before the existing item {@code before}. */
    public static Add item(List<Object> path, Object value, int before) {
      return new Add(path, null, value, before);
    }

    /** Whether this adds a map entry rather than a list item. */
    public boolean isEntry() {
      return key != null;
    }
  }

  /**
   * Removes the map entry or list item at {@link #path()}.
   *
   * @param path the entry (its last element a key) or item (its last element an index)
   */
  record Remove(List<Object> path) implements Edit {
    public Remove {
      path = Paths.copy(path);
      if (path.isEmpty()) {
        throw new IllegalArgumentException("the document itself cannot be removed");
      }
    }
  }

  /** Checks and copies paths. */
  final class Paths {
    private Paths() {}

    static List<Object> copy(List<Object> path) {
      for (Object step : path) {
        if (!(step instanceof String) && !(step instanceof Integer)) {
          throw new IllegalArgumentException(
              "a path holds map keys (String) and list indexes (Integer), not " + step);
        }
      }
      return List.copyOf(path);
    }
  }
}
