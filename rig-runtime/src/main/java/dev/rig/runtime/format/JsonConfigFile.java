package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/** A managed {@code .json} file. */
public abstract class JsonConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "json";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("Json format: runtime issue");
  }

  @Override
  protected String render(Map<String, Object> content) {
    throw new UnsupportedOperationException("Json format: runtime issue");
  }
}
