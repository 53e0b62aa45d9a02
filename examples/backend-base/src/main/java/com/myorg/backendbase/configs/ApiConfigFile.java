package com.myorg.backendbase.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * config/api.yaml: how every backend service exposes HTTP: versioned paths, the same paging limits
 * and RFC 9457 problem details for errors.
 */
@RigConfig
public class ApiConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "api",
        Tree.map(
            "base_path", "/api/v1",
            "pagination", Tree.map("default_page_size", 20, "max_page_size", 100),
            "errors", Tree.map("media_type", "application/problem+json")));
  }
}
