package dev.rig.runtime.junit;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code app.settings} at the root: {@code greeting=hello}. */
public final class AppConfigFile extends KeyValueConfigFile {

  @Override
  protected Map<String, String> configs() {
    Map<String, String> required = new LinkedHashMap<>();
    required.put("greeting", "hello");
    return required;
  }
}
