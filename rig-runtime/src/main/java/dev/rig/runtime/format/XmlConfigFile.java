package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.Map;

/** A managed {@code .xml} file. */
public abstract class XmlConfigFile extends TreeConfigFile {

  @Override
  protected String extension() {
    return "xml";
  }

  @Override
  protected Map<String, Object> parse(String text) throws MalformedFileException {
    throw new UnsupportedOperationException("Xml format: runtime issue");
  }

  @Override
  protected String render(Map<String, Object> content) {
    throw new UnsupportedOperationException("Xml format: runtime issue");
  }
}
