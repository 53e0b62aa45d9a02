package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Merge;
import java.util.ArrayList;
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
  static final Object NO_BASE = new Object();

  final ContentRules rules;
  final List<Edit> edits = new ArrayList<>();
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
  void merge(List<Object> path, Object actual, Object base, Object required) {
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
    if (Scalars.sameContent(actual, base)) {
      edits.add(new Edit.Remove(path));
    } else if (actual instanceof Map<?, ?> map && base instanceof Map<?, ?> before) {
      for (Map.Entry<?, ?> entry : before.entrySet()) {
        if (map.containsKey(entry.getKey())) {
          drop(child(path, entry.getKey()), map.get(entry.getKey()), entry.getValue());
        }
      }
    } else if (!Containment.isEmptyValue(actual)
        && (actual instanceof List || base instanceof List)) {
      new ListMerge(this, path, actual, asList(base), List.of(), false).mergeRequired();
    } else {
      keep(path, actual);
    }
  }

  private void mergeList(
      List<Object> path, Object actual, List<Object> base, List<Object> required) {
    ListMerge list =
        new ListMerge(this, path, actual, base == null ? List.of() : base, required, true);
    list.pairWithBase();
    list.replaceChangedItems();
    list.mergeRequired();
  }

  @SuppressWarnings("unchecked")
  boolean identified(Object item) {
    return item instanceof Map<?, ?> map && rules.identity().identifies((Map<String, Object>) map);
  }

  @SuppressWarnings("unchecked")
  boolean sameIdentity(Object required, Object other) {
    return identified(required)
        && other instanceof Map<?, ?> map
        && rules.identity().sameItem((Map<String, Object>) required, (Map<String, Object>) map);
  }

  /** Reports what rig no longer requires at {@code path} but leaves, as the user changed it. */
  void keep(List<Object> path, Object actual) {
    kept.add(describe(path) + ": " + abbreviate(String.valueOf(actual)));
  }

  /**
   * Whether a required item can take a base item's place: both maps with the same keys (a cron
   * entry), or both single values (a branch name). Nested lists are not paired: a list in a list
   * cannot be told from the list around it once one of them holds a single item.
   */
  static boolean sameShape(Object a, Object b) {
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

  static List<Object> child(List<Object> path, Object step) {
    List<Object> child = new ArrayList<>(path.size() + 1);
    child.addAll(path);
    child.add(step);
    return child;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
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
