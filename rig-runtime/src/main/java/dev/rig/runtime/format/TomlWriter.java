package dev.rig.runtime.format;

import dev.rig.runtime.content.Numbers;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of the content model as TOML 1.0 that tomlj reads back to the same tree.
 *
 * <p>Each table writes its plain values first, then its sub-tables ({@code [a.b]}) and arrays of
 * tables ({@code [[a.b]]}); a table that holds only sub-tables gets no header of its own. Lists
 * that hold anything but tables are inline arrays, broken one item per line when they do not fit on
 * a line. Maps inside inline arrays are inline tables. Keys are bare where TOML allows it and
 * quoted otherwise.
 */
final class TomlWriter {

  /** Inline arrays longer than this are written one item per line. */
  private static final int LINE_WIDTH = 100;

  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out = new StringBuilder();

  private TomlWriter() {}

  static String write(Map<String, Object> document) {
    TomlWriter writer = new TomlWriter();
    writer.table(List.of(), document, false);
    return writer.out.toString();
  }

  /**
   * Whether TOML can hold {@code value} at all: TOML has no null, and its integers are 64-bit.
   *
   * @throws IllegalArgumentException when it cannot
   */
  static Object checkScalar(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("TOML has no null value; leave the key out instead");
    }
    if (value instanceof BigInteger big && !fitsLong(big)) {
      throw new IllegalArgumentException(big + " does not fit a TOML integer (64-bit)");
    }
    return value;
  }

  private void table(List<String> path, Map<String, Object> table, boolean arrayElement) {
    boolean hasPlainValues = table.values().stream().anyMatch(value -> !isTable(value));
    if (!path.isEmpty() && (arrayElement || hasPlainValues || table.isEmpty())) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String header = dottedKey(path);
      out.append(arrayElement ? "[[" + header + "]]" : "[" + header + "]").append('\n');
    }
    for (Map.Entry<String, Object> entry : table.entrySet()) {
      if (!isTable(entry.getValue())) {
        String prefix = key(entry.getKey()) + " = ";
        out.append(prefix).append(topLevelValue(entry.getValue(), prefix.length())).append('\n');
      }
    }
    for (Map.Entry<String, Object> entry : table.entrySet()) {
      Object value = entry.getValue();
      if (!isTable(value)) {
        continue;
      }
      List<String> childPath = new ArrayList<>(path);
      childPath.add(entry.getKey());
      if (value instanceof Map<?, ?> child) {
        table(childPath, cast(child), false);
      } else {
        for (Object item : (List<?>) value) {
          table(childPath, cast((Map<?, ?>) item), true);
        }
      }
    }
  }

  /** A map is a table; a non-empty list of maps is an array of tables. */
  private static boolean isTable(Object value) {
    if (value instanceof Map) {
      return true;
    }
    return value instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(item -> item instanceof Map);
  }

  /** A value after {@code key = }: long arrays get one item per line. */
  private static String topLevelValue(Object value, int indent) {
    String inline = inline(value);
    if (!(value instanceof List<?> list)
        || list.isEmpty()
        || indent + inline.length() <= LINE_WIDTH) {
      return inline;
    }
    StringBuilder lines = new StringBuilder("[\n");
    for (Object item : list) {
      lines.append("  ").append(inline(item)).append(",\n");
    }
    return lines.append(']').toString();
  }

  private static String inline(Object value) {
    if (value instanceof String text) {
      return string(text);
    }
    if (value instanceof Boolean bool) {
      return bool.toString();
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(inline(item));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return "{}";
      }
      List<String> entries = new ArrayList<>(map.size());
      map.forEach((key, item) -> entries.add(key((String) key) + " = " + inline(item)));
      return "{ " + String.join(", ", entries) + " }";
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof LocalDateTime dateTime) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    if (value instanceof LocalTime time) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
    }
    checkScalar(value);
    throw new IllegalArgumentException(
        "cannot write a " + value.getClass().getName() + " value to TOML: " + value);
  }

  private static String number(Number number) {
    if (number instanceof BigInteger big) {
      checkScalar(big);
    }
    if (Numbers.isFinite(number)) {
      return Numbers.literal(number);
    }
    double value = number.doubleValue();
    if (Double.isNaN(value)) {
      return "nan";
    }
    return value > 0 ? "inf" : "-inf";
  }

  private static boolean fitsLong(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  private static String dottedKey(List<String> path) {
    List<String> keys = new ArrayList<>(path.size());
    for (String key : path) {
      keys.add(key(key));
    }
    return String.join(".", keys);
  }

  private static String key(String key) {
    return BARE_KEY.matcher(key).matches() ? key : string(key);
  }

  /** A TOML basic string: every control character escaped, everything else as it is. */
  static String string(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\b' -> quoted.append("\\b");
        case '\t' -> quoted.append("\\t");
        case '\n' -> quoted.append("\\n");
        case '\f' -> quoted.append("\\f");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            quoted.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
