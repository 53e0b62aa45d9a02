package dev.rig.runtime.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges required content into existing content: what {@code sync} writes into a file that is not
 * correct. Required values win; everything else the user wrote is kept.
 *
 * <ul>
 *   <li>Maps merge key by key. A missing required key is inserted right after the nearest preceding
 *       required key (the first one right before the next required key), else at the end, so the
 *       file follows the order of the required content where it can.
 *   <li>Lists keep every existing item. Items paired by identity ({@link ItemIdentity}) merge in
 *       place; required items that have no existing counterpart are appended.
 *   <li>A required scalar replaces a different existing value, except a Maven {@code version} that
 *       already satisfies the required floor.
 * </ul>
 *
 * <p>The result always {@linkplain Containment#contains contains} the required content, so a second
 * sync finds nothing to do. Neither argument is modified.
 */
public final class Merger {

  private Merger() {}

  /** {@code actual} with {@code required} merged in. */
  @SuppressWarnings("unchecked")
  public static Object merge(Object actual, Object required, ContentRules rules) {
    if (required instanceof Map<?, ?> wanted && actual instanceof Map<?, ?> map) {
      return mergeMap((Map<String, Object>) map, (Map<String, Object>) wanted, rules);
    }
    if (required instanceof Map<?, ?> wanted
        && wanted.isEmpty()
        && Containment.isEmptyValue(actual)) {
      return actual;
    }
    if (actual != null && (required instanceof List || actual instanceof List)) {
      List<Object> merged = mergeList(asList(actual), asList(required), rules);
      // A single value that stays single keeps its shape (an XML element stays one element).
      return !(actual instanceof List) && merged.size() == 1 ? merged.get(0) : merged;
    }
    if (Scalars.isScalar(actual) && Scalars.isScalar(required) && Scalars.equal(actual, required)) {
      return actual;
    }
    return copy(required);
  }

  /** {@link #merge(Object, Object, ContentRules)} for whole documents. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> mergeDocuments(
      Map<String, Object> actual, Map<String, Object> required, ContentRules rules) {
    return (Map<String, Object>) merge(actual, required, rules);
  }

  private static Map<String, Object> mergeMap(
      Map<String, Object> actual, Map<String, Object> required, ContentRules rules) {
    List<String> order = new ArrayList<>(actual.keySet());
    Map<String, Object> values = new LinkedHashMap<>(actual);
    List<String> requiredKeys = List.copyOf(required.keySet());
    String previousRequired = null;
    for (Map.Entry<String, Object> entry : required.entrySet()) {
      String key = entry.getKey();
      if (!values.containsKey(key)) {
        order.add(insertionPoint(order, requiredKeys, key, previousRequired), key);
        values.put(key, copy(entry.getValue()));
      } else if (!Containment.isVersionFloor(required, key)
          || !MavenArtifacts.satisfiesFloor(
              values.get(key), entry.getValue(), rules.properties())) {
        values.put(key, merge(values.get(key), entry.getValue(), rules));
      }
      previousRequired = key;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    for (String key : order) {
      merged.put(key, values.get(key));
    }
    return merged;
  }

  /**
   * Right after the previous required key; for the first required key, right before the next
   * required key the map has; else at the end.
   */
  private static int insertionPoint(
      List<String> order, List<String> requiredKeys, String key, String previousRequired) {
    if (previousRequired != null) {
      return order.indexOf(previousRequired) + 1;
    }
    for (String next : requiredKeys.subList(requiredKeys.indexOf(key) + 1, requiredKeys.size())) {
      int at = order.indexOf(next);
      if (at >= 0) {
        return at;
      }
    }
    return order.size();
  }

  private static List<Object> mergeList(
      List<Object> actual, List<Object> required, ContentRules rules) {
    ItemMatching matching = ItemMatching.of(actual, required, rules);
    List<Object> merged = new ArrayList<>(actual);
    for (int r = 0; r < required.size(); r++) {
      int e = matching.existingFor[r];
      if (e < 0) {
        merged.add(copy(required.get(r)));
      } else if (matching.byIdentity[r]) {
        merged.set(e, merge(actual.get(e), required.get(r), rules));
      }
    }
    return merged;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : Collections.singletonList(value);
  }

  /** A deep copy, so that the merged tree never shares a map or list with the required one. */
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
