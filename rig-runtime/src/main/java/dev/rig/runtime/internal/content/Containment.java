package dev.rig.runtime.internal.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Decides whether existing content contains the required content: whether a file is correct.
 *
 * <ul>
 *   <li>Every required map key is present with a value that contains the required value.
 *   <li>Every required list item is matched by a distinct existing item ({@link ItemMatching}).
 *   <li>Scalars are equal; numbers by value ({@link Numbers#equal}).
 *   <li>The {@code version} of a Maven artifact (a map with an {@code artifactId}) is a floor: a
 *       newer existing version is correct.
 *   <li>A single value and a list holding it are interchangeable: XML cannot tell a one-item list
 *       from a single child element.
 *   <li>An empty required map asks only for the key: an empty value satisfies it.
 * </ul>
 */
public final class Containment {

  private Containment() {}

  /** Whether {@code actual} contains everything {@code required} asks for. */
  @SuppressWarnings("unchecked")
  public static boolean contains(Object actual, Object required, ContentRules rules) {
    if (required instanceof Map<?, ?> wanted) {
      Map<String, Object> requiredMap = (Map<String, Object>) wanted;
      if (actual instanceof Map<?, ?> map) {
        return containsMap((Map<String, Object>) map, requiredMap, rules);
      }
      if (actual instanceof List<?> list) {
        return containsList((List<Object>) list, List.of(requiredMap), rules);
      }
      return requiredMap.isEmpty() && isEmptyValue(actual);
    }
    if (required instanceof List<?> wanted) {
      if (actual instanceof List<?> list) {
        return containsList((List<Object>) list, (List<Object>) wanted, rules);
      }
      return actual != null && containsList(List.of(actual), (List<Object>) wanted, rules);
    }
    if (actual instanceof List<?> list) {
      return containsList((List<Object>) list, Collections.singletonList(required), rules);
    }
    return Scalars.isScalar(actual) && Scalars.equal(actual, required);
  }

  private static boolean containsMap(
      Map<String, Object> actual, Map<String, Object> required, ContentRules rules) {
    for (Map.Entry<String, Object> entry : required.entrySet()) {
      String key = entry.getKey();
      if (!actual.containsKey(key)) {
        return false;
      }
      Object value = actual.get(key);
      boolean correct =
          (isVersionFloor(required, key)
                  && MavenArtifacts.satisfiesFloor(value, entry.getValue(), rules.properties()))
              || contains(value, entry.getValue(), rules);
      if (!correct) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsList(
      List<Object> actual, List<Object> required, ContentRules rules) {
    ItemMatching matching = ItemMatching.of(actual, required, rules);
    for (int r = 0; r < required.size(); r++) {
      int e = matching.existingFor[r];
      if (e < 0) {
        return false;
      }
      if (matching.byIdentity[r] && !contains(actual.get(e), required.get(r), rules)) {
        return false;
      }
    }
    return true;
  }

  /** The {@code version} of a required Maven artifact is a floor, not an exact value. */
  static boolean isVersionFloor(Map<String, Object> required, String key) {
    return "version".equals(key)
        && MavenArtifacts.isArtifact(required)
        && Scalars.isScalar(required.get(key));
  }

  static boolean isEmptyValue(Object value) {
    return value == null || "".equals(value);
  }
}
