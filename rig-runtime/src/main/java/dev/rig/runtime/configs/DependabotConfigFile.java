package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code .github/dependabot.yml}: weekly pull requests that update Maven dependencies and plugins
 * and the GitHub Actions the workflows use. rig's required versions are floors, so Dependabot's
 * newer versions stay correct.
 */
@RigConfig
public class DependabotConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of(".github");
  }

  @Override
  protected String fileName() {
    return "dependabot.yml";
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map("version", 2, "updates", Tree.list(update("maven"), update("github-actions")));
  }

  private static Map<String, Object> update(String ecosystem) {
    return Tree.map(
        "package-ecosystem",
        ecosystem,
        "directory",
        "/",
        "schedule",
        Tree.map("interval", "weekly"));
  }
}
