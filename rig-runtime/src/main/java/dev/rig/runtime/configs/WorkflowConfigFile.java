package dev.rig.runtime.configs;

import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Base of a GitHub Actions workflow in {@code .github/workflows/}. {@code LintWorkflowConfigFile}
 * becomes {@code .github/workflows/lint.yml}.
 *
 * <p>Every step has an {@code id} and a {@code name}: rig merges steps by {@code id}, so an
 * override can change one step of a workflow and a project can add its own steps without either
 * being duplicated or lost. The helpers below build the steps rig's workflows share.
 */
public abstract class WorkflowConfigFile extends YamlConfigFile {

  private static final String SUFFIX = "_workflow";

  @Override
  protected Path parentPath() {
    return Path.of(".github", "workflows");
  }

  @Override
  protected String extension() {
    return "yml";
  }

  /** The class's default name without {@code _workflow}: {@code lint.yml}, not lint_workflow. */
  @Override
  protected String fileName() {
    String name = super.fileName();
    String base = name.substring(0, name.length() - extension().length() - 1);
    if (base.endsWith(SUFFIX) && base.length() > SUFFIX.length()) {
      base = base.substring(0, base.length() - SUFFIX.length());
    }
    return base + "." + extension();
  }

  /** A step that runs an action. */
  protected static Map<String, Object> usesStep(String id, String name, String action) {
    return Tree.map("id", id, "name", name, "uses", action);
  }

  /** A step that runs a shell command (several lines run as one bash script). */
  protected static Map<String, Object> runStep(String id, String name, String command) {
    return Tree.map("id", id, "name", name, "run", command);
  }

  /**
   * {@code step} run only when {@code condition} holds, with {@code if} right after its name where
   * a reader of the workflow looks for it.
   */
  protected static Map<String, Object> onlyIf(String condition, Map<String, Object> step) {
    Map<String, Object> conditional = Tree.map();
    for (Map.Entry<String, Object> entry : step.entrySet()) {
      conditional.put(entry.getKey(), entry.getValue());
      if (entry.getKey().equals("name")) {
        conditional.put("if", condition);
      }
    }
    conditional.putIfAbsent("if", condition);
    return conditional;
  }

  /** Checks out the commit the workflow runs for. */
  protected static Map<String, Object> checkoutStep() {
    return usesStep("checkout", "Check out the repository", "actions/checkout@v4");
  }

  /** Installs a Temurin JDK and caches Maven's local repository between runs. */
  protected static Map<String, Object> setupJavaStep(Object javaVersion) {
    Map<String, Object> step =
        usesStep("setup-java", "Set up JDK " + javaVersion, "actions/setup-java@v4");
    step.put(
        "with",
        Tree.map(
            "distribution", "temurin",
            "java-version", javaVersion,
            "cache", "maven"));
    return step;
  }
}
