package dev.rig.runtime.testing;

import dev.rig.runtime.format.XmlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/** An XML config at a path of the test's choosing that requires the tree it is given. */
public class XmlFile extends XmlConfigFile {

  private final Path path;
  private final Map<String, Object> required;

  public XmlFile(String path, Map<String, Object> required) {
    this.path = Path.of(path);
    this.required = required;
  }

  @Override
  protected Path parentPath() {
    return path.getParent() == null ? Path.of("") : path.getParent();
  }

  @Override
  protected String fileName() {
    return path.getFileName().toString();
  }

  @Override
  protected Map<String, Object> configs() {
    return required;
  }
}
