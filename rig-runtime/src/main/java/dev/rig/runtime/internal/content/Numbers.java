package dev.rig.runtime.internal.content;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers of the content model: compared by value and written without any locale.
 *
 * <p>The content model holds {@link Integer}, {@link Long}, {@link BigInteger} (integers) and
 * {@link Double}, {@link BigDecimal} (decimals). A YAML {@code 1}, a Java {@code 1L}, a TOML {@code
 * 1.0} and {@code new BigDecimal("1.00")} are one value.
 */
public final class Numbers {

  private Numbers() {}

  /** Whether the two numbers have the same value, whatever their Java types. */
  public static boolean equal(Number a, Number b) {
    if (isIntegral(a) && isIntegral(b)) {
      return toBigInteger(a).equals(toBigInteger(b));
    }
    if (!isFinite(a) || !isFinite(b)) {
      // NaN and the infinities have no BigDecimal; Double.compare treats NaN as equal to itself,
      // which is what "same value in the file" means here.
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return toBigDecimal(a).compareTo(toBigDecimal(b)) == 0;
  }

  /** Whether the number is an integer type (as opposed to a decimal one). */
  public static boolean isIntegral(Number n) {
    return n instanceof Integer
        || n instanceof Long
        || n instanceof BigInteger
        || n instanceof Short
        || n instanceof Byte;
  }

  /** False for NaN and the infinities. */
  public static boolean isFinite(Number n) {
    if (n instanceof Double || n instanceof Float) {
      return Double.isFinite(n.doubleValue());
    }
    return true;
  }

  /**
   * The most characters a number is written out with in plain decimal notation; past that it keeps
   * its exponent, so that {@code 1e999999999} never becomes a billion digits.
   */
  static final int MAX_PLAIN_LENGTH = 1000;

  /**
   * The number as plain decimal text, not in exponent notation: {@code 1}, {@code 1.50}, {@code
   * 1000} for {@code 1E+3}. Used where every value is text (XML, properties). A number whose plain
   * form would pass {@value #MAX_PLAIN_LENGTH} characters keeps its exponent ({@code 1E+999999999}).
   *
   * @throws IllegalArgumentException for NaN and the infinities, which have no plain form
   */
  public static String plain(Number n) {
    if (isIntegral(n)) {
      return n.toString();
    }
    if (!isFinite(n)) {
      throw new IllegalArgumentException(n + " has no plain decimal form");
    }
    BigDecimal decimal = toBigDecimal(n);
    long scale = decimal.scale();
    long plainLength =
        scale <= 0 ? decimal.precision() - scale : Math.max(decimal.precision(), scale + 1);
    return plainLength > MAX_PLAIN_LENGTH ? decimal.toString() : decimal.toPlainString();
  }

  /**
   * A number written as a literal of a typed format (YAML, JSON, TOML): integers as digits,
   * decimals always with a decimal point so that they read back as decimals ({@code 1.0}, {@code
   * 1000.0} for {@code 1E+3}).
   *
   * @throws IllegalArgumentException for NaN and the infinities: each format spells them itself
   */
  public static String literal(Number n) {
    String text = plain(n);
    if (!isIntegral(n) && text.indexOf('.') < 0) {
      int exponent = text.indexOf('E');
      text =
          exponent < 0
              ? text + ".0"
              : text.substring(0, exponent) + ".0" + text.substring(exponent);
    }
    return text;
  }

  static BigInteger toBigInteger(Number n) {
    return n instanceof BigInteger big ? big : BigInteger.valueOf(n.longValue());
  }

  static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal decimal) {
      return decimal;
    }
    if (n instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    // valueOf goes through Double.toString, the shortest text that reads back as this double:
    // a YAML 0.1 read as a double equals a required BigDecimal("0.1").
    return BigDecimal.valueOf(n.doubleValue());
  }
}
