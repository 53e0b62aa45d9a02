package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/** A managed {@code .properties} file. */
public abstract class PropertiesConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "properties";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("Properties format: runtime issue");
  }

  @Override
  protected String render(Map<String, Object> content) {
    throw new UnsupportedOperationException("Properties format: runtime issue");
  }
}
