package dev.rig.runtime.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The leaves of the content model: strings, numbers, booleans and null. */
public final class Scalars {

  private Scalars() {}

  /** Whether the value is a leaf rather than a map or a list. */
  public static boolean isScalar(Object value) {
    return !(value instanceof Map) && !(value instanceof List);
  }

  /**
   * The value, or the one item of a one-item list: a single value and a list holding it are the
   * same content (XML cannot tell them apart).
   */
  public static Object single(Object value) {
    return value instanceof List<?> list && list.size() == 1 ? list.get(0) : value;
  }

  /** Scalars are equal when they are equal objects, or numbers of the same value. */
  public static boolean equal(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Numbers.equal(x, y);
    }
    return Objects.equals(a, b);
  }

  /**
   * Deep equality by value: maps with the same keys and values, lists with the same items in order,
   * scalars {@linkplain #equal equal}. Key order does not matter, and the empty values (null,
   * {@code ""}, an empty map) are one value, as they are in XML.
   */
  public static boolean sameValue(Object a, Object b) {
    if (isEmpty(a) && isEmpty(b)) {
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : x.entrySet()) {
        if (!sameValue(entry.getValue(), y.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return isScalar(a) && isScalar(b) && equal(a, b);
  }

  private static boolean isEmpty(Object value) {
    return value == null || "".equals(value) || (value instanceof Map<?, ?> map && map.isEmpty());
  }

  /**
   * The scalar as text, for formats whose every value is text (XML, properties): numbers in plain
   * decimal notation, booleans as {@code true}/{@code false}, null as the empty string.
   */
  public static String text(Object scalar) {
    if (scalar == null) {
      return "";
    }
    if (scalar instanceof Number n) {
      return Numbers.isFinite(n) ? Numbers.plain(n) : n.toString();
    }
    return scalar.toString();
  }
}
