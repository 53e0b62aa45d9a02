package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Tree;
import dev.rig.runtime.content.ItemIdentity;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code .github/dependabot.yml}: weekly pull requests that update Maven dependencies and plugins
 * and the GitHub Actions the workflows use. rig's required versions are floors, so Dependabot's
 * newer versions stay correct.
 *
 * <p>The Maven updates group the project's rig bases ({@link #basesGroup()}): a release of a base
 * and of the bases under it arrives as one pull request per service, which the heal workflow then
 * syncs once.
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
   * directory on a schedule of its own, that schedule is the team's and rig requires none (its
   * groups and limits are the team's too, and rig adds no second entry next to the team's). A
   * schedule equal to rig's stays required, so that the file rig writes is in sync with itself.
   */
  private Map<String, Object> update(String ecosystem) {
    Map<String, Object> update = Tree.map("package-ecosystem", ecosystem, "directory", "/");
    if (!ownSchedules().contains(ecosystem)) {
      update.put("schedule", schedule());
    }
    List<String> patterns = basePatterns();
    if (ecosystem.equals("maven") && !patterns.isEmpty()) {
      update.put(
          "groups",
          Tree.map(basesGroup(), Tree.map("patterns", new ArrayList<Object>(patterns))));
    }
    return update;
  }

  /**
   * The name of the Maven update group that holds the rig bases: {@code rig-bases}. Dependabot
   * names its pull request and branch after it.
   */
  protected String basesGroup() {
    return "rig-bases";
  }

  /**
   * The dependency names ({@code groupId:artifactId}) that {@link #basesGroup()} updates together:
   * every rig library the project builds on ({@link dev.rig.runtime.Project#bases()}), shallowest
   * first, and with rig-runtime also rig-processor and rig-maven-plugin, which are released with it
   * and must stay at its version. Empty when the project builds on no known library: then the file
   * has no group. Override to add an organisation's own libraries, or patterns such as {@code
   * com.acme.platform:*}.
   */
  protected List<String> basePatterns() {
    List<String> patterns = new ArrayList<>();
    for (String coordinates : project().bases()) {
      String[] parts = coordinates.split(":", -1);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        continue;
      }
      addOnce(patterns, parts[0] + ":" + parts[1]);
      if (parts[0].equals(RIG_GROUP_ID) && parts[1].equals("rig-runtime")) {
        addOnce(patterns, RIG_GROUP_ID + ":rig-processor");
        addOnce(patterns, RIG_GROUP_ID + ":rig-maven-plugin");
      }
    }
    return patterns;
  }

  private static final String RIG_GROUP_ID = "dev.rig";

  private static void addOnce(List<String> patterns, String pattern) {
    if (!patterns.contains(pattern)) {
      patterns.add(pattern);
    }
  }

  /**
   * An update is one entry per ecosystem and directory, as Dependabot requires: rig's maven entry
   * is the file's maven entry at {@code /}, whatever else that holds, so the group joins the
   * team's own entry instead of standing next to it.
   */
  @Override
  protected ItemIdentity itemIdentity() {
    ItemIdentity ecosystem = ItemIdentity.field("package-ecosystem");
    ItemIdentity directory = ItemIdentity.field("directory");
    ItemIdentity update =
        new ItemIdentity() {
          @Override
          public boolean identifies(Map<String, Object> required) {
            return ecosystem.identifies(required) && directory.identifies(required);
          }

          @Override
          public boolean sameItem(Map<String, Object> required, Map<String, Object> actual) {
            return ecosystem.sameItem(required, actual) && directory.sameItem(required, actual);
          }
        };
    return update.or(ItemIdentity.defaults());
  }

  private static Map<String, Object> schedule() {
    return Tree.map("interval", "weekly");
  }

  /** The ecosystems the existing file updates at the root directory on a schedule not rig's. */
  private Set<String> ownSchedules() {
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
            && !schedule.equals(schedule())) {
          ecosystems.add(ecosystem);
        }
      }
    }
    return ecosystems;
  }
}
