package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rig.runtime.MalformedFileException;
import java.util.regex.Pattern;

/** What a JSON file that rig cannot read gets told: the position, and the problem in rig's words. */
final class JsonErrors {

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");
  private static final Pattern FEATURE_HINT = Pattern.compile(": enable `[^`]*` to allow");
  private static final Pattern COMMENT_HINT =
      Pattern.compile(
          " \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");
  private static final Pattern CHARACTER_CODE = Pattern.compile(" \\((?:CTRL-CHAR, )?code \\d+\\)");

  private JsonErrors() {}

  static MalformedFileException malformed(JsonLocation location, String message) {
    return new MalformedFileException(
        Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1), message);
  }

  /** A syntax error that Jackson reported. */
  static MalformedFileException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 1);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 1);
    return new MalformedFileException(line, column, cleanMessage(e.getOriginalMessage()), e);
  }

  /** A key given twice in one object: rig could keep only one of its values. */
  static MalformedFileException duplicateKey(JsonLocation keyLocation, String key) {
    return malformed(
        keyLocation,
        "duplicate key \"" + key + "\"; keep one of the two (rig would otherwise lose the other)");
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

  /** What a value that starts with {@code token} is, in a message. */
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
