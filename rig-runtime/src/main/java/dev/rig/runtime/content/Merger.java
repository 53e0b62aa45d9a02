package dev.rig.runtime.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how required content is merged into existing content: what {@code sync} does to a file
 * that is not correct, as a list of {@link Edit}s addressed into the existing content as parsed.
 * Required values win; everything else the user wrote is kept, in its place.
 *
 * <ul>
 *   <li>Maps merge key by key. A missing required key is added right after the nearest preceding
 *       required key (the first one right before the next required key the map has), else at the
 *       end, so the file follows the order of the required content where it can.
 *   <li>Lists keep every existing item. Items paired by identity ({@link ItemIdentity}) merge in
 *       place; required items that have no existing counterpart are added after the last item.
 *   <li>A required scalar replaces a different existing value, except a Maven {@code version} that
 *       already satisfies the required floor.
 * </ul>
 *
 * <p>With a <b>base</b>, what rig required at the last sync, the merge is three-way: what the base
 * required and the required content no longer does is removed where the file still holds it as
 * rig wrote it (an entry, a list item), and kept, and {@linkplain Merge#kept reported}, where the
 * user changed it since. An item without identity whose required value changed (a cron schedule,
 * a branch name) is replaced in place rather than added beside the old one.
 *
 * <p>{@link Edits#apply Edits.apply(actual, edits)} always {@linkplain Containment#contains
 * contains} the required content, so a second sync finds nothing to do. No argument is modified.
 */
public final class Merger {

  /** No base is known for a node: merge two-way there. Distinct from null, a YAML value. */
  private static final Object NO_BASE = new Object();

  private final ContentRules rules;
  private final List<Edit> edits = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();

  private Merger(ContentRules rules) {
    this.rules = rules;
  }

  /**
   * The three-way merge of {@code required} into {@code actual}.
   *
   * @param base what rig required of the file at the last sync, or {@code null} when unknown (no
   *     record): then nothing is removed
   * @param rules identity of list items, and the Maven properties as they will be after the sync
   *     (see {@link ContentRules#forSync})
   */
  public static Merge merge(Object actual, Object base, Object required, ContentRules rules) {
    Merger merger = new Merger(rules);
    merger.merge(List.of(), actual, base == null ? NO_BASE : base, required);
    return new Merge(merger.edits, merger.kept);
  }

  /** The two-way merge: the edits that merge {@code required} into {@code actual}. */
  public static List<Edit> edits(Object actual, Object required, ContentRules rules) {
    return merge(actual, null, required, rules).edits();
  }

  @SuppressWarnings("unchecked")
  private void merge(List<Object> path, Object actual, Object base, Object required) {
    if (required instanceof Map<?, ?> wanted && actual instanceof Map<?, ?> map) {
      mergeMap(
          path,
          (Map<String, Object>) map,
          base instanceof Map<?, ?> before ? (Map<String, Object>) before : null,
          (Map<String, Object>) wanted);
    } else if (!Containment.isEmptyValue(actual)
        && (required instanceof List || actual instanceof List)) {
      mergeList(path, actual, base == NO_BASE ? null : asList(base), asList(required));
    } else if (!Containment.contains(actual, required, rules)) {
      edits.add(new Edit.Set(path, copy(required)));
    }
  }

  private void mergeMap(
      List<Object> path,
      Map<String, Object> actual,
      Map<String, Object> base,
      Map<String, Object> required) {
    List<String> keys = List.copyOf(actual.keySet());
    List<String> requiredKeys = List.copyOf(required.keySet());
    // Where an entry added now goes: right after the previous required key, which may itself be
    // new (then at the same place, after it: added entries keep the order of the edits).
    int after = -1;
    for (int i = 0; i < requiredKeys.size(); i++) {
      String key = requiredKeys.get(i);
      Object wanted = required.get(key);
      if (!actual.containsKey(key)) {
        int before = after >= 0 ? after : nextRequired(keys, requiredKeys, i);
        edits.add(Edit.Add.entry(path, key, copy(wanted), before));
        after = before;
        continue;
      }
      after = keys.indexOf(key) + 1;
      if (!Containment.isVersionFloor(required, key)
          || !MavenArtifacts.satisfiesFloor(actual.get(key), wanted, rules.properties())) {
        Object before = base != null && base.containsKey(key) ? base.get(key) : NO_BASE;
        merge(child(path, key), actual.get(key), before, wanted);
      }
    }
    if (base != null) {
      for (Map.Entry<String, Object> entry : base.entrySet()) {
        String key = entry.getKey();
        if (!required.containsKey(key) && actual.containsKey(key)) {
          drop(child(path, key), actual.get(key), entry.getValue());
        }
      }
    }
  }

  /** The index of the first required key after {@code i} that the map has, else its size. */
  private static int nextRequired(List<String> keys, List<String> requiredKeys, int i) {
    for (String next : requiredKeys.subList(i + 1, requiredKeys.size())) {
      int at = keys.indexOf(next);
      if (at >= 0) {
        return at;
      }
    }
    return keys.size();
  }

  /**
   * Rig required {@code base} at {@code path} and requires nothing there now: removes what the file
   * still holds as rig wrote it, keeps (and reports) what the user changed.
   */
  @SuppressWarnings("unchecked")
  private void drop(List<Object> path, Object actual, Object base) {
    if (sameContent(actual, base)) {
      edits.add(new Edit.Remove(path));
    } else if (actual instanceof Map<?, ?> map && base instanceof Map<?, ?> before) {
      for (Map.Entry<?, ?> entry : before.entrySet()) {
        if (map.containsKey(entry.getKey())) {
          drop(child(path, entry.getKey()), map.get(entry.getKey()), entry.getValue());
        }
      }
    } else if (!Containment.isEmptyValue(actual)
        && (actual instanceof List || base instanceof List)) {
      new ListMerge(path, actual, asList(base), List.of(), false).mergeRequired();
    } else {
      keep(path, actual);
    }
  }

  private void mergeList(
      List<Object> path, Object actual, List<Object> base, List<Object> required) {
    ListMerge list = new ListMerge(path, actual, base == null ? List.of() : base, required, true);
    list.pairWithBase();
    list.replaceChangedItems();
    list.mergeRequired();
  }

  /** One list being merged: its items, the base's and the required ones, and how they pair. */
  private final class ListMerge {
    private final List<Object> path;
    private final List<Object> items;
    private final boolean single;
    private final List<Object> base;
    private final List<Object> required;
    /** Whether the key of the list is required: removing its last item must leave the key. */
    private final boolean keyRequired;
    private final ItemMatching matching;
    /** Items of the file that a required item has taken. */
    private final boolean[] taken;
    /** For each required item, its base item, or -1. */
    private final int[] baseFor;
    /** For each required item, the file's item it replaces in place, or -1. */
    private final int[] replaces;
    /** Base items that a required item stands for. */
    private final boolean[] basePaired;
    private boolean anyAdded;

    ListMerge(
        List<Object> path,
        Object actual,
        List<Object> base,
        List<Object> required,
        boolean keyRequired) {
      this.path = path;
      this.keyRequired = keyRequired;
      this.items = asList(actual);
      this.single = !(actual instanceof List);
      this.base = base;
      this.required = required;
      this.matching = ItemMatching.of(items, required, rules);
      this.taken = new boolean[items.size()];
      this.baseFor = new int[required.size()];
      this.replaces = new int[required.size()];
      this.basePaired = new boolean[base.size()];
      Arrays.fill(baseFor, -1);
      Arrays.fill(replaces, -1);
      for (int e : matching.existingFor) {
        if (e >= 0) {
          taken[e] = true;
        }
      }
    }

    /** Each required item's base item: the same identity, else the same content. */
    void pairWithBase() {
      for (int r = 0; r < required.size(); r++) {
        if (identified(required.get(r))) {
          for (int b = 0; b < base.size() && baseFor[r] < 0; b++) {
            if (!basePaired[b] && sameIdentity(required.get(r), base.get(b))) {
              pairBase(r, b);
            }
          }
        }
      }
      for (int r = 0; r < required.size(); r++) {
        for (int b = 0; b < base.size() && baseFor[r] < 0; b++) {
          if (!basePaired[b] && sameContent(base.get(b), required.get(r))) {
            pairBase(r, b);
          }
        }
      }
    }

    private void pairBase(int r, int b) {
      baseFor[r] = b;
      basePaired[b] = true;
    }

    /**
     * A new required item without identity takes the place of a base item of the same shape that
     * is no longer required, where the file still holds it: a changed cron schedule replaces the
     * old one instead of running beside it.
     */
    void replaceChangedItems() {
      for (int r = 0; r < required.size(); r++) {
        Object wanted = required.get(r);
        if (matching.existingFor[r] >= 0 || baseFor[r] >= 0 || identified(wanted)) {
          continue;
        }
        for (int b = 0; b < base.size(); b++) {
          Object before = base.get(b);
          if (basePaired[b] || identified(before) || !sameShape(before, wanted)) {
            continue;
          }
          int e = locate(before);
          if (e < 0) {
            // The user added to the item: it is still the one to change, and keeps the additions.
            e = locateChanged(before);
          }
          if (e >= 0) {
            pairBase(r, b);
            replaces[r] = e;
            taken[e] = true;
            break;
          }
        }
      }
      for (int r = 0; r < required.size(); r++) {
        anyAdded |= matching.existingFor[r] < 0 && replaces[r] < 0;
      }
    }

    void mergeRequired() {
      List<Integer> removed = findDropped();
      if (single && removed.contains(0) && anyAdded) {
        // The one value goes and new ones come: it is replaced by them.
        List<Object> added = new ArrayList<>();
        for (int r = 0; r < required.size(); r++) {
          if (matching.existingFor[r] < 0 && replaces[r] < 0) {
            added.add(copy(required.get(r)));
          }
        }
        boolean one = added.size() == 1 && !(added.get(0) instanceof List);
        edits.add(new Edit.Set(path, one ? added.get(0) : added));
        return;
      }
      for (int r = 0; r < required.size(); r++) {
        int e = matching.existingFor[r] >= 0 ? matching.existingFor[r] : replaces[r];
        Object before = baseFor[r] >= 0 ? base.get(baseFor[r]) : NO_BASE;
        if (e < 0) {
          edits.add(Edit.Add.item(path, copy(required.get(r)), items.size()));
        } else if (matching.byIdentity[r] || replaces[r] >= 0) {
          merge(itemPath(e), items.get(e), before, required.get(r));
        }
      }
      for (int e : removed) {
        edits.add(new Edit.Remove(keyRequired ? child(path, e) : itemPath(e)));
      }
    }

    /**
     * Base items nothing required stands for any more: the file's items that hold them as rig wrote
     * them, to be removed; those the user changed are kept and reported.
     */
    List<Integer> findDropped() {
      List<Integer> removed = new ArrayList<>();
      for (int b = 0; b < base.size(); b++) {
        if (basePaired[b]) {
          continue;
        }
        Object before = base.get(b);
        int e = locate(before);
        if (e >= 0) {
          taken[e] = true;
          removed.add(e);
          continue;
        }
        int changed = locateChanged(before);
        if (changed < 0) {
          changed = locateEdited(before);
        }
        if (changed >= 0) {
          taken[changed] = true;
          keep(itemPath(changed), items.get(changed));
        }
      }
      return removed;
    }

    /**
     * A free map with the same keys as {@code before} that no base item stands for: most likely
     * {@code before} with a value the user changed. Only ever reported, never changed.
     */
    private int locateEdited(Object before) {
      for (int e = 0; e < items.size(); e++) {
        Object item = items.get(e);
        if (!taken[e]
            && item instanceof Map
            && sameShape(item, before)
            && base.stream().noneMatch(other -> sameContent(other, item))) {
          return e;
        }
      }
      return -1;
    }

    /** A free item of the file that holds {@code before} exactly, or -1. */
    private int locate(Object before) {
      for (int e = 0; e < items.size(); e++) {
        if (!taken[e] && sameContent(items.get(e), before)) {
          return e;
        }
      }
      return -1;
    }

    /** A free item that is {@code before} changed by the user: same identity, or more content. */
    private int locateChanged(Object before) {
      for (int e = 0; e < items.size(); e++) {
        if (!taken[e]
            && (identified(before)
                ? sameIdentity(before, items.get(e))
                : Containment.contains(items.get(e), before, rules))) {
          return e;
        }
      }
      return -1;
    }

    /** A single value is addressed as itself, unless items are added beside it. */
    private List<Object> itemPath(int e) {
      return single && !anyAdded ? path : child(path, e);
    }
  }

  @SuppressWarnings("unchecked")
  private boolean identified(Object item) {
    return item instanceof Map<?, ?> map && rules.identity().identifies((Map<String, Object>) map);
  }

  @SuppressWarnings("unchecked")
  private boolean sameIdentity(Object required, Object other) {
    return identified(required)
        && other instanceof Map<?, ?> map
        && rules.identity().sameItem((Map<String, Object>) required, (Map<String, Object>) map);
  }

  private void keep(List<Object> path, Object actual) {
    kept.add(describe(path) + ": " + abbreviate(String.valueOf(actual)));
  }

  /**
   * Whether a file's value is what rig wrote: equal by value, at any depth, a single value the same
   * as a one-item list holding it.
   */
  static boolean sameContent(Object a, Object b) {
    Object x = Scalars.single(a);
    Object y = Scalars.single(b);
    if (x instanceof Map<?, ?> m && y instanceof Map<?, ?> n) {
      if (!m.keySet().equals(n.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : m.entrySet()) {
        if (!sameContent(entry.getValue(), n.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof List<?> m && y instanceof List<?> n) {
      if (m.size() != n.size()) {
        return false;
      }
      for (int i = 0; i < m.size(); i++) {
        if (!sameContent(m.get(i), n.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Scalars.sameValue(x, y);
  }

  /**
   * Whether a required item can take a base item's place: both maps with the same keys (a cron
   * entry), or both single values (a branch name). Nested lists are not paired: a list in a list
   * cannot be told from the list around it once one of them holds a single item.
   */
  private static boolean sameShape(Object a, Object b) {
    if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> n) {
      return m.keySet().equals(n.keySet());
    }
    return Scalars.isScalar(a) && Scalars.isScalar(b);
  }

  /** {@code on.schedule[0]}, {@code project.dependencies.dependency[2].version}. */
  static String describe(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(step);
      }
    }
    return text.length() == 0 ? "(the document)" : text.toString();
  }

  private static String abbreviate(String text) {
    String line = text.replace("\n", "\\n");
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  private static List<Object> child(List<Object> path, Object step) {
    List<Object> child = new ArrayList<>(path.size() + 1);
    child.addAll(path);
    child.add(step);
    return child;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : Collections.singletonList(value);
  }

  /** A deep copy, so that edits and edited trees never share a map or list with their source. */
  static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put((String) key, copy(item)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return value;
  }
}
