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

  /** Scalars are equal when they are equal objects, or numbers of the same value. */
  public static boolean equal(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Numbers.equal(x, y);
    }
    return Objects.equals(a, b);
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
