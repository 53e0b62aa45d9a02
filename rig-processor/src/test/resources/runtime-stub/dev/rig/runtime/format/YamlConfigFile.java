package dev.rig.runtime.format;

import dev.rig.runtime.ConfigFile;
import java.util.Map;

/** Test stub of rig-runtime's YamlConfigFile: only configs() is left to a subclass. */
public abstract class YamlConfigFile extends ConfigFile<Map<String, Object>> {

  @Override
  protected String extension() {
    return "yaml";
  }

  @Override
  protected Map<String, Object> parse(String text) {
    return Map.of();
  }

  @Override
  protected String render(Map<String, Object> content) {
    return content.toString();
  }

  @Override
  protected boolean contains(Map<String, Object> actual, Map<String, Object> required) {
    return actual.entrySet().containsAll(required.entrySet());
  }

  @Override
  protected Map<String, Object> merge(Map<String, Object> actual, Map<String, Object> required) {
    return required;
  }

  @Override
  protected Map<String, Object> normalize(Map<String, Object> content) {
    return content;
  }
}
