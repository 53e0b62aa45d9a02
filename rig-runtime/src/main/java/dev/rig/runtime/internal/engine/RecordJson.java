package dev.rig.runtime.internal.engine;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import dev.rig.runtime.internal.content.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content model as the JSON of {@link RequiredRecord}: deterministic, one line per value that
 * does not fit on one line of {@value #WIDTH} characters, so that a change touches few lines and
 * two branches' changes to different files merge without a conflict.
 *
 * <p>JSON holds every value of the content model but two, written as small objects with keys that
 * start with {@code $}: a YAML {@link Tagged} value is {@code {"$tag": "!Ref", "$value": "Bucket"}},
 * a number that is not finite is {@code {"$double": "NaN"}}. A key of the content that starts with
 * {@code $} is written with one more {@code $} in front.
 */
final class RecordJson {

  /** The longest line a value is written on whole. */
  static final int WIDTH = 120;

  private static final String TAG = "$tag";
  private static final String TAG_VALUE = "$value";
  private static final String DOUBLE = "$double";

  private RecordJson() {}

  /**
   * Appends {@code value} as JSON text that starts at {@code column} of a line indented by {@code
   * indent} spaces, without a final line break.
   */
  static void write(StringBuilder out, Object value, int indent, int column) {
    int mark = out.length();
    if (inline(out, value, mark + WIDTH - column) || isEmptyOrScalar(value)) {
      return;
    }
    out.setLength(mark);
    String inner = " ".repeat(indent + 2);
    if (value instanceof Map<?, ?> map) {
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        int lineStart = out.length();
        out.append(inner);
        quote(out, escapeKey((String) entry.getKey()));
        out.append(": ");
        write(out, entry.getValue(), indent + 2, out.length() - lineStart);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append('}');
    } else {
      List<?> list = (List<?>) value;
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(inner);
        write(out, list.get(i), indent + 2, indent + 2);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(" ".repeat(indent)).append(']');
    }
  }

  private static boolean isEmptyOrScalar(Object value) {
    return value instanceof Map<?, ?> map
        ? map.isEmpty()
        : !(value instanceof List<?> list) || list.isEmpty();
  }

  /**
   * Appends {@code value} on one line; returns false, having stopped early, once the line would
   * reach past {@code limit} (a position in {@code out}).
   */
  private static boolean inline(StringBuilder out, Object value, int limit) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        quote(out, escapeKey((String) entry.getKey()));
        out.append(": ");
        if (out.length() > limit || !inline(out, entry.getValue(), limit)) {
          return false;
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "" : ", ");
        first = false;
        if (!inline(out, item, limit)) {
          return false;
        }
      }
      out.append(']');
    } else if (value == null || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Tagged tagged) {
      textObject(out, TAG, tagged.writtenTag(), TAG_VALUE, tagged.value());
    } else if (value instanceof Number number && Numbers.isFinite(number)) {
      out.append(number);
    } else if (value instanceof Number number) {
      textObject(out, DOUBLE, number.toString());
    } else {
      throw new IllegalArgumentException("not content: " + value.getClass().getName());
    }
    return out.length() <= limit;
  }

  /** A one-line object of text values: {@code {"$tag": "!Ref", "$value": "Bucket"}}. */
  private static void textObject(StringBuilder out, String... keysAndValues) {
    out.append('{');
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.append(i == 0 ? "" : ", ");
      quote(out, keysAndValues[i]);
      out.append(": ");
      quote(out, keysAndValues[i + 1]);
    }
    out.append('}');
  }

  private static boolean hasDollarKey(Map<String, Object> map) {
    for (String key : map.keySet()) {
      if (key.startsWith("$")) {
        return true;
      }
    }
    return false;
  }

  private static String escapeKey(String key) {
    return key.startsWith("$") ? "$" + key : key;
  }

  /** {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(out, text);
    return out.toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    // Runs of characters that need no escape are copied whole: the record is written every check.
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    out.append(text, plain, text.length());
    out.append('"');
  }


  /**
   * Reads one JSON value, the whole of {@code text}, with {@code $tag} and {@code $double} objects
   * as the values they stand for.
   *
   * @throws MalformedFileException with the line and column of what is wrong
   */
  static Object read(String text) throws MalformedFileException {
    return JsonReader.read(text, RecordJson::content);
  }

  /** The value a JSON object of the record stands for. */
  private static Object content(Map<String, Object> map) {
    if (!hasDollarKey(map)) {
      return map;
    }
    if (map.keySet().equals(Set.of(TAG, TAG_VALUE))
        && map.get(TAG) instanceof String tag
        && map.get(TAG_VALUE) instanceof String value) {
      return Tagged.of(tag, value);
    }
    if (map.keySet().equals(Set.of(DOUBLE)) && map.get(DOUBLE) instanceof String text) {
      try {
        return Double.valueOf(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: " + text, e);
      }
    }
    Map<String, Object> content = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("$") && !key.startsWith("$$")) {
        throw new IllegalArgumentException("unknown key " + key);
      }
      content.put(key.startsWith("$") ? key.substring(1) : key, entry.getValue());
    }
    return content;
  }

}
