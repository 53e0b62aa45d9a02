package dev.rig.runtime.configs;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Base of a GitHub issue form in {@code .github/ISSUE_TEMPLATE/}. Its {@code body} is a list of
 * form elements, each with an {@code id} so that rig merges them by id.
 */
public abstract class IssueTemplateConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of(".github", "ISSUE_TEMPLATE");
  }

  @Override
  protected String extension() {
    return "yml";
  }

  /** A multi-line text field. */
  protected static Map<String, Object> textarea(
      String id, String label, String description, boolean required) {
    return field("textarea", id, label, description, required);
  }

  /** A one-line text field. */
  protected static Map<String, Object> input(
      String id, String label, String description, boolean required) {
    return field("input", id, label, description, required);
  }

  private static Map<String, Object> field(
      String type, String id, String label, String description, boolean required) {
    return Tree.map(
        "type",
        type,
        "id",
        id,
        "attributes",
        Tree.map("label", label, "description", description),
        "validations",
        Tree.map("required", required));
  }
}
