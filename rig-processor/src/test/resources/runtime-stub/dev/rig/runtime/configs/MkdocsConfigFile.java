package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.YamlConfigFile;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test stand-in for one of rig's defaults, so that tests can override it as projects do. */
@RigConfig
public class MkdocsConfigFile extends YamlConfigFile {

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("site_name", "project");
    return config;
  }
}
