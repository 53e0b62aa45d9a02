package com.example.itbase.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/** config/app.yaml: what the base requires of every service. */
@RigConfig
public class AppConfigFile extends YamlConfigFile {
  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map("app", Tree.map("team", "platform", "port", 8080));
  }
}
