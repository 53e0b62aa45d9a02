package dev.rig.runtime.format;

import java.util.List;
import java.util.Map;

/**
 * A value of a JSON text and where it is: {@code start} is the offset of its first character,
 * {@code end} the offset just after its last. {@link #value()} is its content in rig's model.
 */
sealed interface JsonNode {

  int start();

  int end();

  Object value();

  /** A string, number, boolean or null, exactly as written between {@code start} and {@code end}. */
  record Scalar(int start, int end, Object value) implements JsonNode {}

  /** One {@code "key": value} of an object; {@code keyStart} is the offset of its opening quote. */
  record Member(String key, int keyStart, JsonNode node) {}

  /** An object, from its opening brace to its closing one. */
  record Members(int start, int end, List<Member> members, Map<String, Object> value)
      implements JsonNode {}

  /** An array, from its opening bracket to its closing one. */
  record Items(int start, int end, List<JsonNode> items, List<Object> value)
      implements JsonNode {}
}
