package dev.rig.runtime.content;

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
 * <p>{@link Edits#apply Edits.apply(actual, edits)} always {@linkplain Containment#contains
 * contains} the required content, so a second sync finds nothing to do. Neither argument is
 * modified.
 */
public final class Merger {

  private final ContentRules rules;
  private final List<Edit> edits = new ArrayList<>();

  private Merger(ContentRules rules) {
    this.rules = rules;
  }

  /**
   * The edits that merge {@code required} into {@code actual}; none when {@code actual} already
   * contains it.
   *
   * @param rules identity of list items, and the Maven properties as they will be after the sync
   *     (see {@link ContentRules#forSync})
   */
  public static List<Edit> edits(Object actual, Object required, ContentRules rules) {
    Merger merger = new Merger(rules);
    merger.merge(List.of(), actual, required);
    return List.copyOf(merger.edits);
  }

  @SuppressWarnings("unchecked")
  private void merge(List<Object> path, Object actual, Object required) {
    if (required instanceof Map<?, ?> wanted && actual instanceof Map<?, ?> map) {
      mergeMap(path, (Map<String, Object>) map, (Map<String, Object>) wanted);
    } else if (Containment.contains(actual, required, rules)) {
      // Nothing to do: an equal scalar, a list that has every item, an empty value for {}.
    } else if (!Containment.isEmptyValue(actual)
        && (required instanceof List || actual instanceof List)) {
      mergeList(path, actual, asList(required));
    } else {
      edits.add(new Edit.Set(path, copy(required)));
    }
  }

  private void mergeMap(List<Object> path, Map<String, Object> actual, Map<String, Object> required) {
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
        merge(child(path, key), actual.get(key), wanted);
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

  private void mergeList(List<Object> path, Object actual, List<Object> required) {
    List<Object> items = asList(actual);
    ItemMatching matching = ItemMatching.of(items, required, rules);
    boolean anyAdded = false;
    for (int r = 0; r < required.size(); r++) {
      anyAdded |= matching.existingFor[r] < 0;
    }
    // A single value that stays single is addressed as itself; beside added items, as item 0.
    boolean byIndex = actual instanceof List || anyAdded;
    for (int r = 0; r < required.size(); r++) {
      int e = matching.existingFor[r];
      if (e < 0) {
        edits.add(Edit.Add.item(path, copy(required.get(r)), items.size()));
      } else if (matching.byIdentity[r]) {
        merge(byIndex ? child(path, e) : path, items.get(e), required.get(r));
      }
    }
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
