package dev.rig.runtime.format;

import java.util.List;
import java.util.Map;

/**
 * Maven's canonical order of the elements of a pom: the order of the POM model, in which Maven
 * itself writes a pom and in which the POM code convention lists them. New elements rig adds to a
 * pom go to their place in this order; elements a user wrote are never moved.
 *
 * <p>Only the model's own elements are ordered. Below a {@code <configuration>} (a plugin's own
 * parameters, where order can be meaning: an Ant target runs its tasks in order) and inside
 * {@code <properties>}, nothing is.
 */
final class PomElementOrder {

  private static final List<String> PROJECT = List.of(
      "modelVersion", "parent", "groupId", "artifactId", "version", "packaging", "name",
      "description", "url", "inceptionYear", "organization", "licenses", "developers",
      "contributors", "mailingLists", "prerequisites", "modules", "subprojects", "scm",
      "issueManagement", "ciManagement", "distributionManagement", "properties",
      "dependencyManagement", "dependencies", "repositories", "pluginRepositories", "build",
      "reports", "reporting", "profiles");

  private static final List<String> PROFILE = List.of(
      "id", "activation", "build", "modules", "subprojects", "distributionManagement",
      "properties", "dependencyManagement", "dependencies", "repositories", "pluginRepositories",
      "reports", "reporting");

  private static final List<String> BUILD = List.of(
      "sourceDirectory", "scriptSourceDirectory", "testSourceDirectory", "outputDirectory",
      "testOutputDirectory", "extensions", "defaultGoal", "resources", "testResources",
      "directory", "finalName", "filters", "pluginManagement", "plugins");

  private static final List<String> PLUGIN = List.of(
      "groupId", "artifactId", "version", "extensions", "executions", "dependencies", "goals",
      "inherited", "configuration");

  private static final List<String> REPORT_PLUGIN = List.of(
      "groupId", "artifactId", "version", "reportSets", "inherited", "configuration");

  private static final List<String> DEPENDENCY = List.of(
      "groupId", "artifactId", "version", "type", "classifier", "scope", "systemPath",
      "exclusions", "optional");

  private static final List<String> COORDINATES = List.of("groupId", "artifactId", "version");

  private static final List<String> REPOSITORY = List.of(
      "uniqueVersion", "releases", "snapshots", "id", "name", "url", "layout");

  private static final List<String> PERSON = List.of(
      "id", "name", "email", "url", "organization", "organizationUrl", "roles", "timezone",
      "properties");

  private static final Map<String, List<String>> BY_NAME = Map.ofEntries(
      Map.entry("project", PROJECT),
      Map.entry("profile", PROFILE),
      Map.entry("build", BUILD),
      Map.entry("plugin", PLUGIN),
      Map.entry("dependency", DEPENDENCY),
      Map.entry("exclusion", List.of("groupId", "artifactId")),
      Map.entry("parent", List.of("groupId", "artifactId", "version", "relativePath")),
      Map.entry("extension", COORDINATES),
      Map.entry("execution", List.of("id", "phase", "priority", "goals", "inherited",
          "configuration")),
      Map.entry("resource", List.of("targetPath", "filtering", "directory", "includes",
          "excludes")),
      Map.entry("testResource", List.of("targetPath", "filtering", "directory", "includes",
          "excludes")),
      Map.entry("reporting", List.of("excludeDefaults", "outputDirectory", "plugins")),
      Map.entry("reportSet", List.of("id", "reports", "inherited", "configuration")),
      Map.entry("scm", List.of("connection", "developerConnection", "tag", "url")),
      Map.entry("issueManagement", List.of("system", "url")),
      Map.entry("ciManagement", List.of("system", "url", "notifiers")),
      Map.entry("organization", List.of("name", "url")),
      Map.entry("license", List.of("name", "url", "distribution", "comments")),
      Map.entry("developer", PERSON),
      Map.entry("contributor", PERSON),
      Map.entry("mailingList", List.of("name", "subscribe", "unsubscribe", "post", "archive",
          "otherArchives")),
      Map.entry("distributionManagement", List.of("repository", "snapshotRepository", "site",
          "downloadUrl", "relocation", "status")),
      Map.entry("repository", REPOSITORY),
      Map.entry("snapshotRepository", REPOSITORY),
      Map.entry("pluginRepository", REPOSITORY),
      Map.entry("site", List.of("id", "name", "url")),
      Map.entry("relocation", List.of("groupId", "artifactId", "version", "message")),
      Map.entry("activation", List.of("activeByDefault", "jdk", "os", "property", "file",
          "packaging")),
      Map.entry("releases", List.of("enabled", "updatePolicy", "checksumPolicy")),
      Map.entry("snapshots", List.of("enabled", "updatePolicy", "checksumPolicy")));

  private PomElementOrder() {}

  /**
   * Whether a document is a Maven pom: its root is {@code <project>} in Maven's namespace, or
   * without a namespace but with a {@code <modelVersion>}.
   */
  static boolean isPom(String rootName, Map<String, Object> rootContent) {
    if (!"project".equals(rootName)) {
      return false;
    }
    Object namespace = rootContent.get("@xmlns");
    if (namespace instanceof String uri) {
      return uri.startsWith("http://maven.apache.org/POM/");
    }
    return rootContent.containsKey("modelVersion");
  }

  /**
   * The canonical order of the children of the element at {@code path} (element names from the
   * root, the element itself last), or an empty list when they have none.
   */
  static List<String> childrenOf(List<String> path) {
    if (path.isEmpty() || !path.get(0).equals("project")) {
      return List.of();
    }
    for (String name : path) {
      if (name.equals("configuration") || name.equals("properties")) {
        return List.of();
      }
    }
    String name = path.get(path.size() - 1);
    if (path.size() == 1) {
      return PROJECT;
    }
    if (name.equals("project")) {
      return List.of();
    }
    if (name.equals("plugin") && path.size() >= 3 && path.get(path.size() - 3).equals("reporting")) {
      return REPORT_PLUGIN;
    }
    return BY_NAME.getOrDefault(name, List.of());
  }
}
