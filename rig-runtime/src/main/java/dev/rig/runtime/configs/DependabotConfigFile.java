package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Updates of one ecosystem at the root, weekly unless the file already schedules that ecosystem
   * and directory: its own schedule, groups and limits are the team's, and rig adds no second entry
   * next to it. The schedule rig requires is then the file's own, so that a file rig created
   * (weekly) and a team's (daily) both require what they hold, run after run.
   */
  private Map<String, Object> update(String ecosystem) {
    return Tree.map(
        "package-ecosystem",
        ecosystem,
        "directory",
        "/",
        "schedule",
        existingSchedules().getOrDefault(ecosystem, Tree.map("interval", "weekly")));
  }

  /** The schedule of each ecosystem the existing file updates at the root directory. */
  private Map<String, Object> existingSchedules() {
    Map<String, Object> schedules = new HashMap<>();
    Optional<String> text = project().currentText(".github/" + fileName());
    if (text.isEmpty()) {
      return schedules;
    }
    Object updates;
    try {
      updates = parse(text.get()).get("updates");
    } catch (MalformedFileException | RuntimeException e) {
      return schedules; // the sync reports the syntax error when it reads the file
    }
    if (updates instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> entry
            && entry.get("package-ecosystem") instanceof String ecosystem
            && "/".equals(entry.get("directory"))
            && entry.get("schedule") instanceof Map<?, ?> schedule) {
          schedules.put(ecosystem, schedule);
        }
      }
    }
    return schedules;
  }

}
