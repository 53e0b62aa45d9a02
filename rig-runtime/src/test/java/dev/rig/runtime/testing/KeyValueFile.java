package dev.rig.runtime.testing;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.internal.content.ContentRules;
import dev.rig.runtime.internal.content.Merger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tiny test-only format, so that the engine can be tested without the real formats: one {@code
 * key=value} per line, {@code #} comments and blank lines. A line without {@code =} is malformed.
 * Required keys win on merge; the user's other keys are kept. Its document edits lines in place, so
 * comments and blank lines survive a sync, as in the real formats.
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
      if (line.isEmpty() || line.startsWith("#")) {
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
  protected Document<Map<String, String>> open(String text) throws MalformedFileException {
    Map<String, String> content = parse(text);
    return new Document<>() {
      @Override
      public Map<String, String> content() {
        return content;
      }

      @Override
      public String apply(List<Edit> edits) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (Edit edit : edits) {
          String key = edit.path().isEmpty() ? null : (String) edit.path().get(0);
          int at = lines.indexOf(key + "=" + content.get(key));
          if (edit instanceof Edit.Set set) {
            lines.set(at, key + "=" + set.value());
          } else if (edit instanceof Edit.Remove) {
            lines.remove(at);
          } else if (edit instanceof Edit.Add add) {
            lines.add(add.key() + "=" + add.value());
          }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
      }
    };
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
  protected Merge merge(
      Map<String, String> actual, Map<String, String> base, Map<String, String> required) {
    // Two-way: the engine tests of concurrent runs count on every run's keys staying.
    return Merger.merge(actual, null, required, ContentRules.defaults());
  }

  @Override
  protected Map<String, String> normalize(Map<String, String> content) {
    return new LinkedHashMap<>(content);
  }
}
