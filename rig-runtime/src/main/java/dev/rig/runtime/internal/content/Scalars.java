package dev.rig.runtime.internal.content;

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
    return same(a, b, false);
  }

  /**
   * {@link #sameValue} where, at any depth, a single value is also the same as a one-item list
   * holding it: whether a file holds a value as rig wrote it, whatever XML made of its lists.
   */
  public static boolean sameContent(Object a, Object b) {
    return same(a, b, true);
  }

  private static boolean same(Object a, Object b, boolean singles) {
    Object x = singles ? single(a) : a;
    Object y = singles ? single(b) : b;
    if (isEmpty(x) && isEmpty(y)) {
      return true;
    }
    if (x instanceof Map<?, ?> m && y instanceof Map<?, ?> n) {
      if (!m.keySet().equals(n.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : m.entrySet()) {
        if (!same(entry.getValue(), n.get(entry.getKey()), singles)) {
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
        if (!same(m.get(i), n.get(i), singles)) {
          return false;
        }
      }
      return true;
    }
    return isScalar(x) && isScalar(y) && equal(x, y);
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
