package dev.rig.runtime.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Numbers;
import dev.rig.runtime.content.Tagged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    String inline = inline(value);
    if (column + inline.length() <= WIDTH || isEmptyOrScalar(value)) {
      out.append(inline);
      return;
    }
    String inner = " ".repeat(indent + 2);
    if (value instanceof Map<?, ?> map) {
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = quote(escapeKey((String) entry.getKey())) + ": ";
        out.append(inner).append(key);
        write(out, entry.getValue(), indent + 2, indent + 2 + key.length());
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

  private static String inline(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(out.length() > 1 ? ", " : "");
        out.append(quote(escapeKey((String) entry.getKey()))).append(": ");
        out.append(inline(entry.getValue()));
      }
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : list) {
        out.append(out.length() > 1 ? ", " : "").append(inline(item));
      }
      return out.append(']').toString();
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Tagged tagged) {
      return "{" + quote(TAG) + ": " + quote(tagged.writtenTag()) + ", " + quote(TAG_VALUE) + ": "
          + quote(tagged.value()) + "}";
    }
    if (value instanceof Number number) {
      return Numbers.isFinite(number)
          ? number.toString()
          : "{" + quote(DOUBLE) + ": " + quote(number.toString()) + "}";
    }
    throw new IllegalArgumentException("not content: " + value.getClass().getName());
  }

  private static String escapeKey(String key) {
    return key.startsWith("$") ? "$" + key : key;
  }

  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  /**
   * Reads one JSON value, the whole of {@code text}.
   *
   * @throws MalformedFileException with the line and column of what is wrong
   */
  static Object read(String text) throws MalformedFileException {
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedFileException(1, 1, "the file is empty");
      }
      Object value = readValue(parser, first);
      if (parser.nextToken() != null) {
        throw malformed(parser.currentTokenLocation(), "more after the end of the JSON object");
      }
      return value;
    } catch (JsonParseException e) {
      String message = e.getOriginalMessage();
      throw malformed(e.getLocation(), message.lines().findFirst().orElse(message));
    } catch (IOException e) {
      throw new MalformedFileException(1, 1, e.toString());
    }
  }

  private static Object readValue(JsonParser parser, JsonToken token)
      throws IOException, MalformedFileException {
    switch (token) {
      case START_OBJECT:
        return readObject(parser);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; ) {
          list.add(readValue(parser, next));
          next = parser.nextToken();
        }
        return list;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw malformed(parser.currentTokenLocation(), "unexpected " + token);
    }
  }

  private static Object readObject(JsonParser parser) throws IOException, MalformedFileException {
    JsonLocation start = parser.currentTokenLocation();
    Map<String, Object> map = new LinkedHashMap<>();
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; ) {
      String key = parser.currentName();
      map.put(key, readValue(parser, parser.nextToken()));
      next = parser.nextToken();
    }
    if (map.keySet().equals(Set.of(TAG, TAG_VALUE))
        && map.get(TAG) instanceof String tag
        && map.get(TAG_VALUE) instanceof String value) {
      try {
        return Tagged.of(tag, value);
      } catch (IllegalArgumentException e) {
        throw malformed(start, e.getMessage());
      }
    }
    if (map.keySet().equals(Set.of(DOUBLE)) && map.get(DOUBLE) instanceof String text) {
      try {
        return Double.valueOf(text);
      } catch (NumberFormatException e) {
        throw malformed(start, "not a number: " + text);
      }
    }
    Map<String, Object> content = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("$") && !key.startsWith("$$")) {
        throw malformed(start, "unknown key " + key);
      }
      content.put(key.startsWith("$") ? key.substring(1) : key, entry.getValue());
    }
    return content;
  }

  private static MalformedFileException malformed(JsonLocation at, String problem) {
    return new MalformedFileException(
        Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), problem);
  }
}
