package com.myorg.backendbase.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * config/database.yaml: the connection pool and migration rules every backend service follows. A
 * service adds its own URL and credentials; rig keeps these keys as the standard says.
 */
@RigConfig
public class DatabaseConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "database",
        Tree.map(
            "pool",
                Tree.map(
                    "maximum_size", 10,
                    "minimum_idle", 2,
                    "connection_timeout_ms", 30000),
            "migrations",
                Tree.map(
                    "locations", Tree.list("classpath:db/migration"),
                    "validate_on_migrate", true)));
  }
}
