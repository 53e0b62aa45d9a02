package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.MutableTomlArray;
import org.tomlj.MutableTomlTable;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * A TOML file that takes edits in place, through tomlj's editable tables: tomlj keeps the text of
 * every entry, table header, comment and blank line it parsed and writes anew only what an edit
 * changed. A new key goes after the last key of its table, a new table (a map value) under its own
 * header, a list of tables as an array of tables; inline tables and arrays stay inline, and
 * arrays keep their one-item-per-line or one-line layout.
 */
final class TomlDocument implements Document<Map<String, Object>> {

  private final String text;
  private final Map<String, Object> content;
  /** The parse {@link #content} came from, until an apply edits it. */
  private TomlParseResult unedited;

  TomlDocument(String text) throws MalformedFileException {
    this.text = text;
    this.unedited = TomlTreeReader.parse(text);
    this.content = TomlTreeReader.table(unedited);
  }

  @Override
  public Map<String, Object> content() {
    return content;
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    TomlParseResult document = editable();
    EditIndex index = new EditIndex(edits);
    Edit.Set whole = index.setAt(List.of());
    if (whole != null) {
      throw new IllegalArgumentException("a TOML document takes edits of its keys, not " + whole);
    }
    // Sets first, while every index still names the original item; then the containers that
    // gain or lose members, the deepest first, so that the path to each is still the original.
    Map<List<Object>, List<Edit>> byContainer = new LinkedHashMap<>();
    for (Edit edit : edits) {
      if (edit instanceof Edit.Set set) {
        set(document, set);
      } else {
        List<Object> container =
            edit instanceof Edit.Add ? edit.path() : edit.path().subList(0, edit.path().size() - 1);
        byContainer.computeIfAbsent(container, path -> new ArrayList<>()).add(edit);
      }
    }
    List<List<Object>> containers = new ArrayList<>(byContainer.keySet());
    containers.sort(Comparator.comparingInt((List<Object> path) -> path.size()).reversed());
    for (List<Object> container : containers) {
      members(document, container, byContainer.get(container));
    }
    return document.toToml(TomlValues.OPTIONS);
  }

  /** The parse to edit: the one {@link #content} came from the first time, a new one after. */
  private TomlParseResult editable() {
    if (unedited != null) {
      TomlParseResult first = unedited;
      unedited = null;
      return first;
    }
    try {
      return TomlTreeReader.parse(text);
    } catch (MalformedFileException e) {
      throw new IllegalStateException("the text parsed once and no longer does", e);
    }
  }

  private static void set(TomlParseResult document, Edit.Set set) {
    List<Object> path = set.path();
    Object container = at(document, path.subList(0, path.size() - 1));
    Object step = path.get(path.size() - 1);
    if (!(container instanceof TomlArray) && Integer.valueOf(0).equals(step)) {
      // A single value stands for a list of one item: item 0 is the value itself.
      set(document, new Edit.Set(path.subList(0, path.size() - 1), set.value()));
      return;
    }
    Object value = TomlValues.of(set.value());
    if (container instanceof MutableTomlTable table && step instanceof String key) {
      requireKey(table, key, path);
      table.set(List.of(key), value);
    } else if (container instanceof MutableTomlArray array && step instanceof Integer i) {
      requireIndex(array, i, path);
      array.set(i, value);
    } else {
      throw new IllegalArgumentException("no node at " + path);
    }
  }

  /** The additions and removals of one table or array. */
  private static void members(TomlParseResult document, List<Object> path, List<Edit> edits) {
    Object container = at(document, path);
    List<Edit.Add> adds = new ArrayList<>();
    List<Object> removed = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit instanceof Edit.Add add) {
        adds.add(add);
      } else {
        removed.add(edit.path().get(edit.path().size() - 1));
      }
    }
    boolean asList = removed.stream().anyMatch(step -> step instanceof Integer)
        || adds.stream().anyMatch(add -> !add.isEntry());
    if (container instanceof MutableTomlTable table && !asList) {
      List<String> keys = new ArrayList<>(table.keySet());
      for (Edit.Add add : adds) {
        if (!add.isEntry() || table.contains(List.of(add.key()))) {
          throw new IllegalArgumentException(
              add.isEntry()
                  ? "the map at " + path + " already has the key " + add.key()
                  : "a list item added to the map at " + path);
        }
        requireBefore(add, keys.size(), path);
        Object value = TomlValues.of(add.value());
        if (add.before() < keys.size()) {
          table.insertBefore(List.of(keys.get(add.before())), add.key(), value);
        } else {
          table.set(List.of(add.key()), value);
        }
      }
      for (Object key : removed) {
        if (!(key instanceof String name) || !table.contains(List.of(name))) {
          throw new IllegalArgumentException("no key " + key + " in the table at " + path);
        }
        table.remove(List.of(name));
      }
    } else if (container instanceof MutableTomlArray array) {
      int size = array.size();
      for (Edit.Add add : adds) {
        if (add.isEntry()) {
          throw new IllegalArgumentException("the map entry " + add.key() + " added to " + path);
        }
        requireBefore(add, size, path);
      }
      for (Object index : removed) {
        if (!(index instanceof Integer i) || i < 0 || i >= size) {
          throw new IllegalArgumentException("no item " + index + " in the array at " + path);
        }
      }
      // From the last place to the first: each index still names the original item when it is
      // removed, and items added at one place go in, in their order, before what is there.
      for (Edit.Add add : adds) {
        if (add.before() == size) {
          array.add(TomlValues.of(add.value()));
        }
      }
      for (int place = size - 1; place >= 0; place--) {
        if (removed.contains(place)) {
          array.remove(place);
        }
        for (int k = adds.size() - 1; k >= 0; k--) {
          if (adds.get(k).before() == place) {
            array.insertBefore(place, TomlValues.of(adds.get(k).value()));
          }
        }
      }
    } else {
      single(document, path, adds, removed.contains(0));
    }
  }

  /**
   * A single value (a table too) that edits treat as a list of one item: items added before or
   * after it, or it removed; the result is written in its place, as a value when one is left.
   */
  private static void single(
      TomlParseResult document, List<Object> path, List<Edit.Add> adds, boolean removed) {
    if (path.isEmpty()
        || !(at(document, path.subList(0, path.size() - 1)) instanceof MutableTomlTable parent)
        || !(path.get(path.size() - 1) instanceof String key)) {
      throw new IllegalArgumentException("no table or array at " + path);
    }
    Object existing = parent.get(List.of(key));
    List<Object> items = new ArrayList<>();
    for (int place = 0; place <= 1; place++) {
      if (place == 1 && !removed) {
        items.add(existing instanceof TomlTable table ? TomlTreeReader.table(table) : existing);
      }
      for (Edit.Add add : adds) {
        if (add.isEntry() || add.before() > 1) {
          throw new IllegalArgumentException("cannot add " + add + " to the single value at " + path);
        }
        if (add.before() == place) {
          items.add(TomlValues.of(add.value()));
        }
      }
    }
    parent.set(List.of(key), items.size() == 1 ? items.get(0) : TomlValues.of(items));
  }

  /** The table, array or value at {@code path}. */
  private static Object at(TomlTable root, List<Object> path) {
    Object node = root;
    for (Object step : path) {
      if (node instanceof TomlTable table && step instanceof String key) {
        requireKey(table, key, path);
        node = table.get(List.of(key));
      } else if (node instanceof TomlArray array && step instanceof Integer i) {
        requireIndex(array, i, path);
        node = array.get(i);
      } else if (Integer.valueOf(0).equals(step)) {
        // A single value stands for a list of one item: item 0 is the value itself.
        continue;
      } else {
        throw new IllegalArgumentException("no node at " + path);
      }
    }
    return node;
  }

  private static void requireKey(TomlTable table, String key, List<Object> path) {
    if (!table.contains(List.of(key))) {
      throw new IllegalArgumentException("no key " + key + " on the way to " + path);
    }
  }

  private static void requireIndex(TomlArray array, int index, List<Object> path) {
    if (index < 0 || index >= array.size()) {
      throw new IllegalArgumentException("no item " + index + " on the way to " + path);
    }
  }

  private static void requireBefore(Edit.Add add, int size, List<Object> path) {
    if (add.before() > size) {
      throw new IllegalArgumentException(
          "cannot add before " + add.before() + " at " + path + ", which holds " + size);
    }
  }
}
