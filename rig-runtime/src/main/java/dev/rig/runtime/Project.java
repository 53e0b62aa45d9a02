package dev.rig.runtime;

import java.io.IOException;
import java.nio.file.Files;
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

  /**
   * Facts of the project in {@code root}: coordinates, name and description from its pom.xml
   * (groupId and version fall back to the parent's, as in Maven), the package and depth from the
   * registry, and the registry's coordinates as {@link #libraryCoordinates()}. A root without a
   * pom.xml has empty coordinates.
   *
   * @throws MalformedFileException when pom.xml exists but is not well-formed XML
   */
  public static Project load(Path root, ConfigRegistry registry)
      throws IOException, MalformedFileException {
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return new Project(
          root,
          "",
          "",
          "",
          "",
          "",
          registry.packageName(),
          registry.depth(),
          registry.coordinates());
    }
    PomFacts facts = PomFacts.read(pom);
    return new Project(
        root,
        facts.orElse("groupId", "parent/groupId"),
        facts.get("artifactId"),
        facts.orElse("version", "parent/version"),
        facts.get("name"),
        facts.get("description"),
        registry.packageName(),
        registry.depth(),
        registry.coordinates());
  }

  /** Facts for a root that has no pom.xml yet: only the root and the depth are known. */
  public static Project bare(Path root, String packageName, int depth) {
    return new Project(root, "", "", "", "", "", packageName, depth, "");
  }
}
