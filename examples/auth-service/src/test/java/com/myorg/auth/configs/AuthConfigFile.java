package com.myorg.auth.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/** config/auth.yaml: JWT and OAuth settings of the auth service, next to the shared files. */
@RigConfig
public class AuthConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "auth",
        Tree.map(
            "jwt_algorithm", "RS256",
            "token_expiry", 3600,
            "oauth_providers", Tree.list("google", "github")));
  }
}
