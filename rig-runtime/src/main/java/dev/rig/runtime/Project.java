package dev.rig.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Facts about the project whose files are managed, available to a config through
 * {@link ConfigFile#project()}.
 *
 * @param root the project root: every managed path is relative to it
 * @param groupId the project's groupId as its pom.xml says, or empty
 * @param artifactId the project's artifactId as its pom.xml says, or empty
 * @param version the project's version as its pom.xml says, or empty
 * @param name the project's name, or its artifactId when the pom has none
 * @param description the project's description, or empty
 * @param packageName the project's base Java package (where its registry was generated)
 * @param depth the project's depth in the rig chain: rig-runtime is 0, a base on it 1, ...
 * @param libraryCoordinates {@code groupId:artifactId:version} of the project whose RigMain
 *     runs, as recorded at compile time (a new project made by {@code new} depends on it)
 */
public record Project(
    Path root,
    String groupId,
    String artifactId,
    String version,
    String name,
    String description,
    String packageName,
    int depth,
    String libraryCoordinates) {

  public Project {
    Objects.requireNonNull(root, "root");
    groupId = Objects.requireNonNullElse(groupId, "");
    artifactId = Objects.requireNonNullElse(artifactId, "");
    version = Objects.requireNonNullElse(version, "");
    name = Objects.requireNonNullElse(name, artifactId);
    description = Objects.requireNonNullElse(description, "");
    packageName = Objects.requireNonNullElse(packageName, "");
    libraryCoordinates = Objects.requireNonNullElse(libraryCoordinates, "");
  }

  /** Facts for a root that has no pom.xml yet: only the root and the depth are known. */
  public static Project bare(Path root, String packageName, int depth) {
    return new Project(root, "", "", "", "", "", packageName, depth, "");
  }
}
