package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/** A managed {@code .toml} file. */
public abstract class TomlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "toml";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("Toml format: runtime issue");
  }

  @Override
  protected String render(Map<String, Object> content) {
    throw new UnsupportedOperationException("Toml format: runtime issue");
  }
}
