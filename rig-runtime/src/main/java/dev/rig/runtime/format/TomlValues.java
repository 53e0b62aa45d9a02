package dev.rig.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlWriteOptions;

/**
 * Values of the content model as tomlj takes them, and how rig asks tomlj to write. TOML has no
 * null, its integers are 64-bit and its floats are doubles: a value that does not fit is refused
 * rather than changed.
 */
final class TomlValues {

  /** tomlj's layout for what rig writes anew: lines up to 100 characters, as rig's other writers. */
  static final TomlWriteOptions OPTIONS = TomlWriteOptions.defaults().withMaxLineWidth(100);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private TomlValues() {}

  /**
   * {@code value} with maps and lists copied and every scalar in the type tomlj writes.
   *
   * @throws IllegalArgumentException when TOML cannot hold the value
   */
  static Object of(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> table = new LinkedHashMap<>();
      map.forEach((key, item) -> table.put((String) key, of(item)));
      return table;
    }
    if (value instanceof List<?> list) {
      List<Object> array = new ArrayList<>(list.size());
      list.forEach(item -> array.add(of(item)));
      return array;
    }
    return scalar(value);
  }

  /**
   * A scalar as tomlj takes it: integers as {@code Long}, decimals as {@code Double}.
   *
   * @throws IllegalArgumentException when TOML cannot hold it
   */
  static Object scalar(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("TOML has no null value; leave the key out instead");
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
        throw new IllegalArgumentException(big + " does not fit a TOML integer (64-bit)");
      }
      return big.longValue();
    }
    if (value instanceof BigDecimal decimal) {
      double converted = decimal.doubleValue();
      if (Double.isInfinite(converted)) {
        throw new IllegalArgumentException(decimal + " does not fit a TOML float (64-bit)");
      }
      return converted;
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double
        || value instanceof TemporalAccessor) {
      return value;
    }
    throw new IllegalArgumentException(
        "cannot write a " + value.getClass().getName() + " value to TOML: " + value);
  }
}
