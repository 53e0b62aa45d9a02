package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one document from a Jackson streaming parser (JSON, or YAML through its subclass) into the
 * content model: ordered maps, lists, strings, numbers, booleans and null. Duplicate keys are an
 * error: rewriting the file would silently keep only one of them.
 */
class JacksonTreeReader {

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

  private static final Pattern FEATURE_HINT = Pattern.compile(": enable `[^`]*` to allow");
  private static final Pattern COMMENT_HINT =
      Pattern.compile(
          " \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
  private static final Pattern CHARACTER_CODE = Pattern.compile(" \\((?:CTRL-CHAR, )?code \\d+\\)");

  final JsonParser parser;
  private final String objectWord;

  /**
   * @param objectWord what the format calls a map, for messages: "an object", "a mapping"
   */
  JacksonTreeReader(JsonParser parser, String objectWord) {
    this.parser = parser;
    this.objectWord = objectWord;
  }

  /** The document's top-level map; {@code emptyAllowed} makes an empty text an empty map. */
  Map<String, Object> readDocument(boolean emptyAllowed)
      throws IOException, MalformedFileException {
    JsonToken first = parser.nextToken();
    if (first == null || (emptyAllowed && first == JsonToken.VALUE_NULL && onlyValue())) {
      if (emptyAllowed) {
        return new LinkedHashMap<>();
      }
      throw new MalformedFileException(1, 1, "the file is empty; it must hold " + objectWord);
    }
    if (first != JsonToken.START_OBJECT) {
      throw malformed(
          parser.currentTokenLocation(),
          "the file must hold " + objectWord + " at the top level, not " + describe(first));
    }
    Map<String, Object> document = readObject();
    JsonToken extra = parser.nextToken();
    if (extra != null) {
      throw malformed(parser.currentTokenLocation(), afterDocumentMessage());
    }
    return document;
  }

  private boolean onlyValue() throws IOException {
    return parser.nextToken() == null;
  }

  /** The message for content found after the end of the top-level map. */
  String afterDocumentMessage() {
    return "unexpected content after the end of the top-level value; the file must hold "
        + objectWord
        + " and nothing else";
  }

  /** Reads the value that starts at {@code token}. */
  Object readValue(JsonToken token) throws IOException, MalformedFileException {
    switch (token) {
      case START_OBJECT:
        return readObject();
      case START_ARRAY:
        return readArray();
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return readDecimal();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw malformed(parser.currentTokenLocation(), "unexpected " + describe(token));
    }
  }

  /** A decimal, kept exactly as written ({@code 1.50} stays {@code 1.50}). */
  Object readDecimal() throws IOException, MalformedFileException {
    return parser.getDecimalValue();
  }

  Map<String, Object> readObject() throws IOException, MalformedFileException {
    Map<String, Object> map = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      requireMore(token);
      String key = parser.currentName();
      JsonLocation keyLocation = parser.currentTokenLocation();
      JsonToken valueToken = parser.nextToken();
      requireMore(valueToken);
      Object value = readValue(valueToken);
      put(map, key, value, keyLocation);
    }
    return map;
  }

  /** Adds one entry read from the file; a key that is already there is an error. */
  void put(Map<String, Object> map, String key, Object value, JsonLocation keyLocation)
      throws MalformedFileException {
    if (map.containsKey(key)) {
      throw duplicateKey(keyLocation, key);
    }
    map.put(key, value);
  }

  /** A key given twice in one map: rig could keep only one of its values. */
  static MalformedFileException duplicateKey(JsonLocation keyLocation, String key) {
    return malformed(
        keyLocation,
        "duplicate key \"" + key + "\"; keep one of the two (rig would otherwise lose the other)");
  }

  private List<Object> readArray() throws IOException, MalformedFileException {
    List<Object> list = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      requireMore(token);
      list.add(readValue(token));
    }
    return list;
  }

  private void requireMore(JsonToken token) throws MalformedFileException {
    if (token == null) {
      throw malformed(parser.currentLocation(), "the file ends before the value is complete");
    }
  }

  static MalformedFileException malformed(JsonLocation location, String message) {
    return new MalformedFileException(
        Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1), message);
  }

  /** A syntax error that Jackson (or SnakeYAML underneath it) reported. */
  static MalformedFileException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 1);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 1);
    String message = cleanMessage(e.getOriginalMessage());
    if (message.startsWith("Expected a field name")) {
      // A YAML key that is a list or a map: Jackson names the SnakeYAML event it found.
      message = "a key must be a single value; lists and maps cannot be keys";
    }
    return new MalformedFileException(line, column, message, e);
  }

  /**
   * Jackson's message without the parts that mean nothing to a user: the "[Source: ...]" location
   * (rig reports line and column itself) and character codes.
   */
  static String cleanMessage(String message) {
    if (message == null) {
      return "the file cannot be read";
    }
    String clean = SOURCE.matcher(message).replaceAll("line $1, column $2");
    // Jackson suggests parser features; a user can only fix the file.
    clean = FEATURE_HINT.matcher(clean).replaceAll(", which JSON does not allow");
    clean = COMMENT_HINT.matcher(clean).replaceAll(" JSON allows no comments");
    return CHARACTER_CODE.matcher(clean).replaceAll("").replace("\n", " ").trim();
  }

  static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a list";
      case START_OBJECT:
        return "a map";
      case VALUE_NULL:
        return "null";
      default:
        return "a single value";
    }
  }
}
