package dev.rig.runtime.format;

import dev.rig.runtime.ConfigFile;
import java.util.Map;

/**
 * Base of the formats whose content is a tree of maps, lists and scalars (YAML, JSON, TOML, XML,
 * properties). Comparison and merging follow the content model's rules for every such format.
 */
public abstract class TreeConfigFile extends ConfigFile<Map<String, Object>> {

  @Override
  protected boolean contains(Map<String, Object> actual, Map<String, Object> required) {
    throw new UnsupportedOperationException("content model: runtime issue");
  }

  @Override
  protected Map<String, Object> merge(Map<String, Object> actual, Map<String, Object> required) {
    throw new UnsupportedOperationException("content model: runtime issue");
  }

  @Override
  protected Map<String, Object> normalize(Map<String, Object> content) {
    throw new UnsupportedOperationException("content model: runtime issue");
  }
}
