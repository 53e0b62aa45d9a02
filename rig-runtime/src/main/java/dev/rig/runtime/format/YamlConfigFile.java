package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/** A managed {@code .yaml} file. */
public abstract class YamlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "yaml";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("Yaml format: runtime issue");
  }

  @Override
  protected String render(Map<String, Object> content) {
    throw new UnsupportedOperationException("Yaml format: runtime issue");
  }
}
