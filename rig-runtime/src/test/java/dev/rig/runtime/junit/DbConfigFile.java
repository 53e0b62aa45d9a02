package dev.rig.runtime.junit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code config/db.settings}: {@code url=jdbc:h2:mem:app}. */
public final class DbConfigFile extends KeyValueConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, String> configs() {
    Map<String, String> required = new LinkedHashMap<>();
    required.put("url", "jdbc:h2:mem:app");
    return required;
  }
}
