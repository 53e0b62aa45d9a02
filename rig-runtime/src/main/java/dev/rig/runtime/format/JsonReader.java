package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rig.runtime.MalformedFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text with Jackson's streaming parser into {@link JsonNode}s: the content in rig's
 * model, and where each value sits in the text, so that an edit can replace exactly that value.
 *
 * <p>rig applies its own limits, with the position where they are passed and in its own words:
 * objects and arrays nested at most {@value #MAX_DEPTH} deep, numbers of at most {@value
 * #MAX_NUMBER_LENGTH} characters. Jackson's own limits are lifted (the engine bounds the size of a
 * file), because Jackson reports them without a position. A number is never expanded: {@code
 * 1e999999999} is read as a decimal with that exponent.
 */
final class JsonReader {

  static final int MAX_DEPTH = 1000;
  static final int MAX_NUMBER_LENGTH = 1000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private final String text;
  private final JsonParser parser;

  private JsonReader(String text, JsonParser parser) {
    this.text = text;
    this.parser = parser;
  }

  /**
   * The top-level object of {@code text}, or null when the text is blank (a file without content).
   *
   * @throws MalformedFileException for a syntax error, a top level that is not an object, a
   *     duplicate key or a limit passed
   */
  static JsonNode.Members read(String text) throws MalformedFileException {
    if (text.isBlank()) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new JsonReader(text, parser).readDocument();
    } catch (JsonProcessingException e) {
      throw JsonErrors.malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
  }

  private JsonNode.Members readDocument() throws IOException, MalformedFileException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw JsonErrors.malformed(
          parser.currentTokenLocation(),
          "the file must hold an object at the top level, not "
              + JsonErrors.describe(first));
    }
    JsonNode.Members root = readObject(1);
    if (parser.nextToken() != null) {
      throw JsonErrors.malformed(
          parser.currentTokenLocation(),
          "unexpected content after the end of the top-level value; the file must hold an object"
              + " and nothing else");
    }
    return root;
  }

  private JsonNode read(JsonToken token, int depth) throws IOException, MalformedFileException {
    switch (token) {
      case START_OBJECT:
        return readObject(depth + 1);
      case START_ARRAY:
        return readArray(depth + 1);
      case VALUE_STRING:
        return scalar(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(token);
      case VALUE_TRUE:
        return scalar(Boolean.TRUE);
      case VALUE_FALSE:
        return scalar(Boolean.FALSE);
      case VALUE_NULL:
        return scalar(null);
      default:
        throw JsonErrors.malformed(
            parser.currentTokenLocation(), "unexpected " + JsonErrors.describe(token));
    }
  }

  private JsonNode.Members readObject(int depth) throws IOException, MalformedFileException {
    int start = start(depth);
    Map<String, Object> value = new LinkedHashMap<>();
    List<JsonNode.Member> members = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      requireMore(token);
      String key = parser.currentName();
      JsonLocation keyLocation = parser.currentTokenLocation();
      JsonToken valueToken = parser.nextToken();
      requireMore(valueToken);
      JsonNode node = read(valueToken, depth);
      if (value.containsKey(key)) {
        throw JsonErrors.duplicateKey(keyLocation, key);
      }
      value.put(key, node.value());
      members.add(new JsonNode.Member(key, offset(keyLocation), node));
    }
    return new JsonNode.Members(start, end(), members, value);
  }

  private JsonNode.Items readArray(int depth) throws IOException, MalformedFileException {
    int start = start(depth);
    List<Object> value = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      requireMore(token);
      JsonNode node = read(token, depth);
      value.add(node.value());
      items.add(node);
    }
    return new JsonNode.Items(start, end(), items, value);
  }

  /** Where the object or array just opened starts, once its depth is known to be allowed. */
  private int start(int depth) throws MalformedFileException {
    JsonLocation location = parser.currentTokenLocation();
    if (depth > MAX_DEPTH) {
      throw JsonErrors.malformed(
          location,
          "objects and arrays nested more than "
              + MAX_DEPTH
              + " deep; rig reads JSON nested up to "
              + MAX_DEPTH
              + " levels and leaves this file as it is");
    }
    return offset(location);
  }

  /** Just after the closing brace or bracket that is the current token. */
  private int end() {
    return offset(parser.currentTokenLocation()) + 1;
  }

  private JsonNode.Scalar number(JsonToken token) throws IOException, MalformedFileException {
    if (parser.getTextLength() > MAX_NUMBER_LENGTH) {
      throw JsonErrors.malformed(
          parser.currentTokenLocation(),
          "a number of "
              + parser.getTextLength()
              + " characters; rig reads numbers of up to "
              + MAX_NUMBER_LENGTH
              + " characters and leaves this file as it is");
    }
    // Never expanded: 1e999999999 stays a decimal with that exponent.
    return scalar(
        token == JsonToken.VALUE_NUMBER_INT ? parser.getNumberValue() : parser.getDecimalValue());
  }

  private JsonNode.Scalar scalar(Object value) {
    int start = offset(parser.currentTokenLocation());
    return new JsonNode.Scalar(start, scalarEnd(text, start), value);
  }

  /** The end of the string, number or literal that starts at {@code start}. */
  static int scalarEnd(String text, int start) {
    int at = start;
    if (text.charAt(at) == '"') {
      at++;
      while (text.charAt(at) != '"') {
        at += text.charAt(at) == '\\' ? 2 : 1;
      }
      return at + 1;
    }
    while (at < text.length() && isScalarChar(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isScalarChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-';
  }

  private static int offset(JsonLocation location) {
    return (int) location.getCharOffset();
  }

  private void requireMore(JsonToken token) throws MalformedFileException {
    if (token == null) {
      throw JsonErrors.malformed(
          parser.currentLocation(), "the file ends before the value is complete");
    }
  }
}
