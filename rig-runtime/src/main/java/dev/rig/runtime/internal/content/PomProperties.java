package dev.rig.runtime.internal.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The properties a pom defines for itself, so that {@code <version>${junit.version}</version>} can
 * be compared with a required version floor. Properties inherited from a parent pom are not known
 * here; a version that uses one can only match the exact required text.
 */
final class PomProperties {

  private PomProperties() {}

  static Function<String, String> of(Map<String, Object> document) {
    Map<String, String> properties = new HashMap<>();
    if (document != null && document.get("project") instanceof Map<?, ?> project) {
      for (String key : List.of("groupId", "artifactId", "version")) {
        addScalar(properties, "project." + key, project.get(key));
      }
      if (project.get("properties") instanceof Map<?, ?> declared) {
        declared.forEach((name, value) -> addScalar(properties, String.valueOf(name), value));
      }
    }
    return properties::get;
  }

  /**
   * The properties {@code actual} will have once {@code required} is merged in: a required
   * property or coordinate wins, except the project's {@code version}, which is a floor that a
   * newer version of the file meets.
   */
  static Function<String, String> afterSync(
      Map<String, Object> actual, Map<String, Object> required) {
    Function<String, String> before = of(actual);
    Function<String, String> wanted = of(required);
    return name -> {
      String value = wanted.apply(name);
      if (value == null) {
        return before.apply(name);
      }
      String existing = before.apply(name);
      if ("project.version".equals(name)
          && existing != null
          && MavenArtifacts.satisfiesFloor(existing, value, before)) {
        return existing;
      }
      return value;
    };
  }

  private static void addScalar(Map<String, String> properties, String name, Object value) {
    if (value != null && Scalars.isScalar(value)) {
      properties.put(name, Scalars.text(value).trim());
    }
  }
}
