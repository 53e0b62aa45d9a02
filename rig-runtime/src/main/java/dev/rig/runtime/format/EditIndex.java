package dev.rig.runtime.format;

import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The edits of one {@code apply}, found by the node they apply to, for a document that walks its
 * parsed tree once and copies every node no edit reaches. It also remembers which edits were used,
 * so that an edit whose path misses the document is refused rather than silently dropped.
 */
final class EditIndex {

  /** One place in a container after the edits: an original member, or one an edit adds. */
  record Slot(int original, Edit.Add added) {
    boolean isOriginal() {
      return added == null;
    }
  }

  private final List<Edit> edits;
  private final Map<List<Object>, Edit.Set> sets = new HashMap<>();
  private final Map<List<Object>, Edit.Remove> removes = new HashMap<>();
  private final Map<List<Object>, List<Edit.Add>> adds = new HashMap<>();
  /** Every path that has an edit strictly below it, or that gains an entry or item. */
  private final Set<List<Object>> above = new HashSet<>();
  /** Every path whose edits address it as a list: items added, or an index right below it. */
  private final Set<List<Object>> indexed = new HashSet<>();

  private final Map<Edit, Boolean> used = new IdentityHashMap<>();

  EditIndex(List<Edit> edits) {
    this.edits = List.copyOf(edits);
    for (Edit edit : this.edits) {
      List<Object> path = edit.path();
      if (edit instanceof Edit.Set set) {
        sets.put(path, set);
      } else if (edit instanceof Edit.Remove remove) {
        removes.put(path, remove);
      } else if (edit instanceof Edit.Add add) {
        adds.computeIfAbsent(path, at -> new ArrayList<>()).add(add);
        above.add(path);
        if (!add.isEntry()) {
          indexed.add(path);
        }
      }
      for (int i = 0; i < path.size(); i++) {
        above.add(path.subList(0, i));
        if (path.get(i) instanceof Integer) {
          indexed.add(path.subList(0, i));
        }
      }
    }
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The edit that replaces the node at {@code path}, or null; marks it used. */
  Edit.Set setAt(List<Object> path) {
    Edit.Set set = sets.get(path);
    if (set != null) {
      used.put(set, true);
    }
    return set;
  }

  /** The additions to the container at {@code path}, in the order of the edits. */
  List<Edit.Add> addsTo(List<Object> path) {
    return adds.getOrDefault(path, List.of());
  }

  /**
   * Whether the edits treat the node at {@code path} as a list: a single value (a map too) stands
   * for a list of one item, which edits address as item 0 and can add items to.
   */
  boolean treatsAsList(List<Object> path) {
    return indexed.contains(path);
  }

  /** Whether some edit changes what lies inside the node at {@code path}. */
  boolean reachesInside(List<Object> path) {
    return above.contains(path);
  }

  /** Whether an edit adds to the container at {@code path} or removes one of its members. */
  boolean changesMembersOf(List<Object> path, int size, IntFunction<Object> step) {
    if (adds.containsKey(path)) {
      return true;
    }
    for (int i = 0; i < size; i++) {
      if (removes.containsKey(child(path, step.apply(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members of the container at {@code path} after the edits, in order: the originals that
   * are not removed and the added ones where their {@code before} puts them. Marks the edits used.
   *
   * @param size how many members the container holds
   * @param step the key or index of the member at a position, as edit paths name it
   * @param keys whether the container is a map (entries are added) rather than a list (items)
   * @throws IllegalArgumentException when an add does not fit the container
   */
  List<Slot> arrange(List<Object> path, int size, IntFunction<Object> step, boolean keys) {
    List<Edit.Add> added = adds.getOrDefault(path, List.of());
    Set<Object> existing = new HashSet<>();
    if (keys) {
      for (int i = 0; i < size; i++) {
        existing.add(step.apply(i));
      }
    }
    for (Edit.Add add : added) {
      if (add.isEntry() != keys) {
        throw new IllegalArgumentException(
            (keys ? "a list item added to the map at " : "a map entry added to the list at ")
                + path);
      }
      if (add.before() > size) {
        throw new IllegalArgumentException(
            "cannot add before " + add.before() + " at " + path + ", which holds " + size);
      }
      if (keys && !existing.add(add.key())) {
        throw new IllegalArgumentException(
            "the map at " + path + " already has the key " + add.key());
      }
      used.put(add, true);
    }
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i <= size; i++) {
      for (Edit.Add add : added) {
        if (add.before() == i) {
          slots.add(new Slot(-1, add));
        }
      }
      if (i < size && !removed(child(path, step.apply(i)))) {
        slots.add(new Slot(i, null));
      }
    }
    return slots;
  }

  /** Whether the member at {@code path} is removed; marks the removal used. */
  boolean removed(List<Object> path) {
    Edit.Remove remove = removes.get(path);
    if (remove != null) {
      used.put(remove, true);
    }
    return remove != null;
  }

  /** Refuses the edits when one of them named no node of the document. */
  void requireAllUsed() {
    for (Edit edit : edits) {
      if (!used.containsKey(edit)) {
        throw new IllegalArgumentException("no node at " + edit.path() + " for " + edit);
      }
    }
  }

  /** {@code path} with one more step. */
  static List<Object> child(List<Object> path, Object step) {
    List<Object> child = new ArrayList<>(path.size() + 1);
    child.addAll(path);
    child.add(step);
    return child;
  }
}
