package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
   * Weekly updates of one ecosystem at the root; when the file already updates that ecosystem and
   * directory on a schedule of its own (another interval), only that it does: that schedule,
   * groups and limits are the team's, and rig adds no second entry next to it. The weekly schedule
   * rig writes into a new file stays required, so the file rig writes asks for the same content as
   * the file it found (sync settles in one run).
   */
  private Map<String, Object> update(String ecosystem) {
    Map<String, Object> update = Tree.map("package-ecosystem", ecosystem, "directory", "/");
    if (!teamScheduled().contains(ecosystem)) {
      update.put("schedule", Tree.map("interval", WEEKLY));
    }
    return update;
  }

  private static final String WEEKLY = "weekly";

  /**
   * The ecosystems the existing file updates at the root directory on a schedule whose interval
   * is not rig's weekly one.
   */
  private Set<String> teamScheduled() {
    Set<String> ecosystems = new HashSet<>();
    Optional<String> text = project().currentText(".github/" + fileName());
    if (text.isEmpty()) {
      return ecosystems;
    }
    Object updates;
    try {
      updates = parse(text.get()).get("updates");
    } catch (MalformedFileException | RuntimeException e) {
      return ecosystems; // the sync reports the syntax error when it reads the file
    }
    if (updates instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> entry
            && entry.get("package-ecosystem") instanceof String ecosystem
            && "/".equals(entry.get("directory"))
            && entry.get("schedule") instanceof Map<?, ?> schedule
            && !WEEKLY.equals(schedule.get("interval"))) {
          ecosystems.add(ecosystem);
        }
      }
    }
    return ecosystems;
  }

}
