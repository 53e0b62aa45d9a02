package dev.rig.runtime.internal.content;

import dev.rig.runtime.content.Tagged;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Turns the tree a config returns from {@code configs()} into the canonical content model: a deep
 * copy made of {@link LinkedHashMap}s, {@link ArrayList}s and canonical scalars.
 *
 * <p>A map whose iteration order is not defined ({@code Map.of}, {@code HashMap}, anything that is
 * neither a {@link LinkedHashMap} nor a {@link SortedMap}) has its keys sorted, so that its order
 * in the file never changes from one run to the next.
 */
public final class Normalizer {

  private Normalizer() {}

  /** {@link #normalize(Map, UnaryOperator)} keeping every scalar as it is. */
  public static Map<String, Object> normalize(Map<String, ?> content) {
    return normalize(content, UnaryOperator.identity());
  }

  /**
   * A canonical deep copy of {@code content}.
   *
   * @param scalars turns each canonical scalar into the form the format stores (XML and properties
   *     store every value as text); may throw {@link IllegalArgumentException} for a value the
   *     format cannot hold
   * @throws IllegalArgumentException naming the path of the first value the content model cannot
   *     hold: a key that is not a string, a set, an array, an object of another type
   */
  public static Map<String, Object> normalize(
      Map<String, ?> content, UnaryOperator<Object> scalars) {
    if (content == null) {
      throw new IllegalArgumentException("returned null; return a map, e.g. Tree.map()");
    }
    return normalizeMap(content, "", scalars);
  }

  private static Object normalizeValue(Object value, String path, UnaryOperator<Object> scalars) {
    if (value instanceof Map<?, ?> map) {
      return normalizeMap(map, path, scalars);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(normalizeValue(list.get(i), path + "[" + i + "]", scalars));
      }
      return copy;
    }
    Object scalar = canonicalScalar(value, path);
    try {
      return scalars.apply(scalar);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at(path) + e.getMessage(), e);
    }
  }

  private static Map<String, Object> normalizeMap(
      Map<?, ?> map, String path, UnaryOperator<Object> scalars) {
    Map<?, ?> ordered = map;
    if (!(map instanceof LinkedHashMap) && !(map instanceof SortedMap)) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        sorted.put(key(entry.getKey(), path), entry.getValue());
      }
      ordered = sorted;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ordered.entrySet()) {
      String key = key(entry.getKey(), path);
      copy.put(key, normalizeValue(entry.getValue(), child(path, key), scalars));
    }
    return copy;
  }

  private static String key(Object key, String path) {
    if (key instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException(
        at(path)
            + "map key "
            + key
            + (key == null ? "" : " is a " + key.getClass().getName() + ",")
            + " but keys must be strings");
  }

  private static Object canonicalScalar(Object value, String path) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof Tagged) {
      return value;
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Float f) {
      // Through its own text: 0.1f becomes 0.1, not 0.10000000149011612.
      return Double.parseDouble(Float.toString(f));
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    throw new IllegalArgumentException(
        at(path)
            + "a "
            + value.getClass().getName()
            + " cannot be written to a file; use a String, a number, a boolean,"
            + " a Map (Tree.map) or a List (Tree.list)");
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String at(String path) {
    return path.isEmpty() ? "" : "at " + path + ": ";
  }
}
