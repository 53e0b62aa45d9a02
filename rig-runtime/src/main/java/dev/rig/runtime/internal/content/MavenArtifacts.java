package dev.rig.runtime.internal.content;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven's own rules for maps that describe an artifact (a dependency, a plugin, a parent): their
 * coordinates identify them, and a required {@code version} is a floor.
 */
public final class MavenArtifacts {

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]*)}");

  private MavenArtifacts() {}

  /** A map with an {@code artifactId} describes a Maven artifact. */
  public static boolean isArtifact(Map<String, Object> map) {
    Object artifactId = Scalars.single(map.get("artifactId"));
    return artifactId != null && Scalars.isScalar(artifactId);
  }

  public static boolean sameArtifact(Map<String, Object> required, Map<String, Object> actual) {
    return isArtifact(actual)
        && sameCoordinate(required, actual, "artifactId", "")
        // A plugin without groupId is one of Maven's own: Maven fills in this default.
        && sameCoordinate(required, actual, "groupId", "org.apache.maven.plugins")
        && sameCoordinate(required, actual, "type", "jar")
        && sameCoordinate(required, actual, "classifier", "");
  }

  private static boolean sameCoordinate(
      Map<String, Object> required, Map<String, Object> actual, String key, String absent) {
    return Scalars.sameValue(coordinate(required, key, absent), coordinate(actual, key, absent));
  }

  /** The coordinate as Maven reads it: trimmed text, or the default when it is missing. */
  private static Object coordinate(Map<String, Object> map, String key, String absent) {
    Object value = Scalars.single(map.get(key));
    if (value == null) {
      return absent;
    }
    return value instanceof String text ? text.trim() : value;
  }

  /**
   * Whether an existing {@code version} satisfies a required one: at least as new, by Maven's
   * {@link ComparableVersion}. A version range, or a property that cannot be resolved, can only
   * satisfy the exact same text.
   *
   * @param properties resolves {@code ${name}} in the existing version; null when unknown
   */
  static boolean satisfiesFloor(
      Object actual, Object required, Function<String, String> properties) {
    if (!Scalars.isScalar(actual) || !Scalars.isScalar(required) || actual == null) {
      return false;
    }
    String floor = Scalars.text(required).trim();
    String existing = resolve(Scalars.text(actual).trim(), properties);
    if (existing == null || !isPlainVersion(floor) || !isPlainVersion(existing)) {
      return Scalars.equal(actual, required);
    }
    return new ComparableVersion(existing).compareTo(new ComparableVersion(floor)) >= 0;
  }

  private static boolean isPlainVersion(String version) {
    if (version.isEmpty()) {
      return false;
    }
    for (char c : version.toCharArray()) {
      if (c == '['
          || c == ']'
          || c == '('
          || c == ')'
          || c == ','
          || c == '$'
          || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The version with its {@code ${property}} references resolved, or null when one is unknown. */
  private static String resolve(String version, Function<String, String> properties) {
    String current = version;
    // A few rounds: a property may refer to another one, and must not loop forever.
    for (int round = 0; round < 10; round++) {
      Matcher matcher = PROPERTY.matcher(current);
      if (!matcher.find()) {
        return current;
      }
      StringBuilder resolved = new StringBuilder();
      do {
        String value = properties.apply(matcher.group(1));
        if (value == null) {
          return null;
        }
        matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
      } while (matcher.find());
      matcher.appendTail(resolved);
      current = resolved.toString();
    }
    return null;
  }
}
