package dev.rig.runtime.testing;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A tiny test-only format, so that the engine can be tested without the real formats: one {@code
 * key=value} per line. A line without {@code =} is malformed. Required keys win on merge; the
 * user's other keys are kept.
 */
public class KeyValueFile extends ConfigFile<Map<String, String>> {

  private final String parent;
  private final String name;
  private final Function<KeyValueFile, Map<String, String>> required;
  private final int priority;

  public KeyValueFile(String path, Map<String, String> required) {
    this(path, file -> required, 0);
  }

  public KeyValueFile(
      String path, Function<KeyValueFile, Map<String, String>> required, int priority) {
    int slash = path.lastIndexOf('/');
    this.parent = slash < 0 ? "" : path.substring(0, slash == 0 ? 1 : slash);
    this.name = path.substring(slash + 1);
    this.required = required;
    this.priority = priority;
  }

  /** Pairs of keys and values, in order. */
  public static Map<String, String> pairs(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The project facts, for configs that use them. */
  public dev.rig.runtime.Project facts() {
    return project();
  }

  @Override
  protected Map<String, String> configs() {
    return new LinkedHashMap<>(required.apply(this));
  }

  @Override
  protected Path parentPath() {
    return Path.of(parent);
  }

  @Override
  protected String fileName() {
    return name;
  }

  @Override
  protected String extension() {
    return "properties";
  }

  @Override
  protected int priority() {
    return priority;
  }

  @Override
  protected Map<String, String> parse(String text) throws MalformedFileException {
    Map<String, String> content = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new MalformedFileException(i + 1, 1, "expected key=value, found \"" + line + "\"");
      }
      content.put(line.substring(0, equals), line.substring(equals + 1));
    }
    return content;
  }

  @Override
  protected String render(Map<String, String> content) {
    StringBuilder text = new StringBuilder();
    content.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return text.toString();
  }

  @Override
  protected boolean contains(Map<String, String> actual, Map<String, String> required) {
    return required.entrySet().stream()
        .allMatch(entry -> entry.getValue().equals(actual.get(entry.getKey())));
  }

  @Override
  protected Map<String, String> merge(Map<String, String> actual, Map<String, String> required) {
    Map<String, String> merged = new LinkedHashMap<>(actual);
    merged.putAll(required);
    return merged;
  }

  @Override
  protected Map<String, String> normalize(Map<String, String> content) {
    return new LinkedHashMap<>(content);
  }
}
