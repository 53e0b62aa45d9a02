package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link Edit}s to content in memory: the meaning of an edit list, which every {@link
 * Document} must reproduce in its text. Used to check formats against it, and by formats that
 * render the edited content whole.
 */
public final class Edits {

  private Edits() {}

  /**
   * A copy of {@code content} with {@code edits} applied; {@code content} is not changed.
   *
   * @throws IllegalArgumentException when an edit's path does not address {@code content}, or an
   *     edit adds a key the map already has
   */
  public static Object apply(Object content, List<Edit> edits) {
    for (Edit edit : edits) {
      if (edit instanceof Edit.Set set && set.path().isEmpty()) {
        if (edits.size() > 1) {
          throw new IllegalArgumentException("an edit replaces the whole document; no other edit"
              + " may go with it: " + edits);
        }
        return Merger.copy(set.value());
      }
    }
    return applyBelow(List.of(), content, edits);
  }

  /** {@code node}, at {@code here}, with the edits that lie strictly below it applied. */
  private static Object applyBelow(List<Object> here, Object node, List<Edit> edits) {
    List<Edit> below = new ArrayList<>();
    for (Edit edit : edits) {
      if (isBelow(edit, here)) {
        below.add(edit);
      }
    }
    if (below.isEmpty()) {
      return Merger.copy(node);
    }
    boolean listEdits = below.stream().anyMatch(edit -> addsItemAt(edit, here)
        || (edit.path().size() > here.size() && edit.path().get(here.size()) instanceof Integer));
    if (node instanceof Map<?, ?> map && !listEdits) {
      @SuppressWarnings("unchecked")
      Map<String, Object> entries = (Map<String, Object>) map;
      return applyToMap(here, entries, below);
    }
    if (isEmpty(node) && !listEdits) {
      return applyToMap(here, Map.of(), below);
    }
    if (node instanceof List<?> list) {
      return applyToList(here, list, below);
    }
    // A single value stands for a one-item list.
    List<Object> items = applyToList(here, isEmpty(node) ? List.of() : List.of(node), below);
    return items.size() == 1 ? items.get(0) : items;
  }

  private static Map<String, Object> applyToMap(
      List<Object> here, Map<String, Object> map, List<Edit> below) {
    List<String> keys = new ArrayList<>(map.keySet());
    Map<String, Object> result = new LinkedHashMap<>();
    for (int i = 0; i <= keys.size(); i++) {
      for (Edit edit : below) {
        if (edit instanceof Edit.Add add && add.path().equals(here) && add.before() == i) {
          if (!add.isEntry()) {
            throw new IllegalArgumentException("a list item added to the map at " + here);
          }
          if (map.containsKey(add.key()) || result.containsKey(add.key())) {
            throw new IllegalArgumentException("the map at " + here + " already has the key "
                + add.key());
          }
          result.put(add.key(), Merger.copy(add.value()));
        }
      }
      if (i == keys.size()) {
        break;
      }
      String key = keys.get(i);
      List<Object> at = child(here, key);
      if (removes(below, at)) {
        continue;
      }
      result.put(key, setOrBelow(at, map.get(key), below));
    }
    checkAddsInRange(here, below, keys.size());
    checkKeys(here, below, map.keySet());
    return result;
  }

  private static List<Object> applyToList(List<Object> here, List<?> list, List<Edit> below) {
    List<Object> result = new ArrayList<>();
    for (int i = 0; i <= list.size(); i++) {
      for (Edit edit : below) {
        if (edit instanceof Edit.Add add && add.path().equals(here) && add.before() == i) {
          if (add.isEntry()) {
            throw new IllegalArgumentException("the map entry " + add.key() + " added to the list"
                + " at " + here);
          }
          result.add(Merger.copy(add.value()));
        }
      }
      if (i == list.size()) {
        break;
      }
      List<Object> at = child(here, i);
      if (removes(below, at)) {
        continue;
      }
      result.add(setOrBelow(at, list.get(i), below));
    }
    checkAddsInRange(here, below, list.size());
    for (Edit edit : below) {
      if (edit.path().size() > here.size()) {
        Object step = edit.path().get(here.size());
        if (!(step instanceof Integer index) || index < 0 || index >= list.size()) {
          throw new IllegalArgumentException("no item " + step + " in the list at " + here);
        }
      }
    }
    return result;
  }

  private static Object setOrBelow(List<Object> at, Object value, List<Edit> below) {
    for (Edit edit : below) {
      if (edit instanceof Edit.Set set && set.path().equals(at)) {
        return Merger.copy(set.value());
      }
    }
    return applyBelow(at, value, below);
  }

  private static boolean removes(List<Edit> edits, List<Object> at) {
    return edits.stream().anyMatch(edit -> edit instanceof Edit.Remove && edit.path().equals(at));
  }

  private static boolean isBelow(Edit edit, List<Object> here) {
    List<Object> path = edit.path();
    if (edit instanceof Edit.Add) {
      return path.size() >= here.size() && path.subList(0, here.size()).equals(here);
    }
    return path.size() > here.size() && path.subList(0, here.size()).equals(here);
  }

  private static boolean addsItemAt(Edit edit, List<Object> here) {
    return edit instanceof Edit.Add add && !add.isEntry() && add.path().equals(here);
  }

  private static void checkAddsInRange(List<Object> here, List<Edit> below, int size) {
    for (Edit edit : below) {
      if (edit instanceof Edit.Add add && add.path().equals(here) && add.before() > size) {
        throw new IllegalArgumentException("cannot add before " + add.before() + " at " + here
            + ", which holds " + size);
      }
    }
  }

  private static void checkKeys(List<Object> here, List<Edit> below, java.util.Set<String> keys) {
    for (Edit edit : below) {
      if (edit.path().size() > here.size()) {
        Object step = edit.path().get(here.size());
        if (!(step instanceof String key) || !keys.contains(key)) {
          throw new IllegalArgumentException("no key " + step + " in the map at " + here);
        }
      }
    }
  }

  private static List<Object> child(List<Object> here, Object step) {
    List<Object> path = new ArrayList<>(here.size() + 1);
    path.addAll(here);
    path.add(step);
    return path;
  }

  private static boolean isEmpty(Object value) {
    return value == null || "".equals(value);
  }
}
