package dev.rig.runtime.internal.engine;

import dev.rig.runtime.MalformedFileException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads strict JSON (RFC 8259) into ordered maps, lists, strings, numbers, booleans and null, with
 * the line and column of anything wrong. It reads rig's own record on every run, so it is kept to
 * a few classes of the JDK: a JSON library would load dozens of classes into every build of a
 * project that has no JSON file of its own.
 *
 * <p>Integers become {@link Integer}, {@link Long} or {@link BigInteger} by size, other numbers
 * {@link BigDecimal} (exact, as written). A key given twice and nesting deeper than {@value
 * #MAX_DEPTH} are errors.
 */
final class JsonReader {

  static final int MAX_DEPTH = 500;

  private final String text;
  private final Function<Map<String, Object>, Object> objects;
  private int at;
  private int line = 1;
  private int lineStart;

  private JsonReader(String text, Function<Map<String, Object>, Object> objects) {
    this.text = text;
    this.objects = objects;
  }

  /**
   * The one JSON value {@code text} holds.
   *
   * @param objects turns each object read into the value it stands for; an {@link
   *     IllegalArgumentException} it throws is reported at the object
   * @throws MalformedFileException when the text is not one JSON value
   */
  static Object read(String text, Function<Map<String, Object>, Object> objects)
      throws MalformedFileException {
    JsonReader reader = new JsonReader(text, objects);
    reader.skipSpace();
    if (reader.at >= text.length()) {
      throw reader.error("the file is empty");
    }
    Object value = reader.value(0);
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error("more after the end of the JSON value");
    }
    return value;
  }

  private Object value(int depth) throws MalformedFileException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (at >= text.length()) {
      throw error("the text ends where a value was expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected " + describe(c));
    }
  }

  private Object object(int depth) throws MalformedFileException {
    int startLine = line;
    int startColumn = column();
    at++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      at++;
    } else {
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a key in double quotes");
        }
        int keyLine = line;
        int keyColumn = column();
        String key = string();
        if (map.containsKey(key)) {
          throw new MalformedFileException(keyLine, keyColumn, "the key \"" + key + "\" twice");
        }
        skipSpace();
        expect(':');
        skipSpace();
        map.put(key, value(depth + 1));
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect('}');
          break;
        }
      }
    }
    try {
      return objects.apply(map);
    } catch (IllegalArgumentException e) {
      throw new MalformedFileException(startLine, startColumn, e.getMessage());
    }
  }

  private List<Object> array(int depth) throws MalformedFileException {
    at++;
    List<Object> list = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      at++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() throws MalformedFileException {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("a string that is never closed");
      }
      int run = at;
      while (run < text.length() && text.charAt(run) != '"' && text.charAt(run) != '\\'
          && text.charAt(run) >= 0x20) {
        run++;
      }
      out.append(text, at, run);
      at = run;
      if (at >= text.length()) {
        continue;
      }
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character in a string; write it as an escape");
      }
      at++;
      char escape = at < text.length() ? text.charAt(at) : '\0';
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 >= text.length()
              || !text.substring(at + 1, at + 5).chars().allMatch(JsonReader::isHex)) {
            throw error("\\u must be followed by four hexadecimal digits");
          }
          out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
          at += 4;
        }
        default -> throw error("an unknown escape \\" + escape);
      }
      at++;
    }
  }

  private Number number() throws MalformedFileException {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      throw error("a number needs a digit here");
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      at++;
      if (!digits()) {
        throw error("a number needs a digit after its decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw error("a number needs a digit in its exponent");
      }
    }
    String literal = text.substring(start, at);
    if (!integral) {
      return new BigDecimal(literal);
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < 32) {
      return value.intValue();
    }
    return value.bitLength() < 64 ? (Number) value.longValue() : value;
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  private Object literal(String word, Object value) throws MalformedFileException {
    if (!text.startsWith(word, at)) {
      throw error("unexpected " + describe(text.charAt(at)));
    }
    at += word.length();
    return value;
  }

  private void expect(char c) throws MalformedFileException {
    if (peek() != c) {
      throw error("expected '" + c + "'" + (at < text.length() ? ", found " + describe(peek()) : ""));
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n') {
        line++;
        lineStart = at + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private int column() {
    return at - lineStart + 1;
  }

  private MalformedFileException error(String problem) {
    return new MalformedFileException(line, column(), problem);
  }

  private static String describe(char c) {
    return c < 0x20 ? String.format(Locale.ROOT, "character U+%04X", (int) c) : "'" + c + "'";
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
