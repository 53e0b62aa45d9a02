package dev.rig.runtime.junit;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Merge;
import dev.rig.runtime.internal.content.ContentRules;
import dev.rig.runtime.internal.content.Merger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deliberately tiny format for the engine tests: one {@code key=value} per line. A line without
 * {@code =} is malformed, which gives the tests a file rig must refuse to touch.
 */
abstract class KeyValueConfigFile extends ConfigFile<Map<String, String>> {

  @Override
  protected String extension() {
    return "settings";
  }

  @Override
  protected Map<String, String> parse(String text) throws MalformedFileException {
    Map<String, String> entries = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new MalformedFileException(i + 1, line.length() + 1, "expected '=' after a key");
      }
      entries.put(line.substring(0, equals), line.substring(equals + 1));
    }
    return entries;
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
    return Merger.merge(actual, null, required, ContentRules.defaults());
  }

  @Override
  protected Map<String, String> normalize(Map<String, String> content) {
    return new LinkedHashMap<>(content);
  }
}
