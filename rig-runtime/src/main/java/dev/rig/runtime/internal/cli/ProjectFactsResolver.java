package dev.rig.runtime.internal.cli;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.Project;
import dev.rig.runtime.configs.PomConfigFile;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.facts.ProjectNames;
import dev.rig.runtime.internal.facts.SourcePackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The facts {@code init} and {@code new} give the defaults: the project's own pom says its
 * coordinates when it has one; options and the folder's name say them when it has none.
 *
 * <p>The registry that runs may be the project's own (its {@code RigMain}) or a library's (rig's or
 * a base's {@code RigMain} making a project that depends on it). In the second case the project
 * sits one level below the library: its depth is the library's plus one and its pom depends on the
 * library.
 */
final class ProjectFactsResolver {

  /** What Maven accepts in a groupId or artifactId. */
  private static final Pattern MAVEN_ID = Pattern.compile("[A-Za-z0-9_.-]+");

  private ProjectFactsResolver() {}

  /**
   * What the user said on the command line; {@code null} where they said nothing.
   *
   * @param groupId {@code --group}
   * @param artifactId {@code --artifact}
   * @param packageName {@code --package}
   * @param name {@code --name}
   */
  record Options(String groupId, String artifactId, String packageName, String name) {}

  static Project resolve(Path root, ConfigRegistry registry, Options options) throws RigException {
    validate(options);
    Project pom = load(root, registry);
    boolean hasPom = Files.isRegularFile(root.resolve("pom.xml"));
    if (hasPom) {
      agree("groupId", pom.groupId(), options.groupId(), "--group");
      agree("artifactId", pom.artifactId(), options.artifactId(), "--artifact");
    }
    String groupId = first(pom.groupId(), options.groupId(), PomConfigFile.DEFAULT_GROUP_ID);
    String artifactId =
        first(pom.artifactId(), options.artifactId(), ProjectNames.artifactIdOf(root));
    String version = first(pom.version(), PomConfigFile.DEFAULT_VERSION);
    String pomName = hasPom && !pom.name().equals(pom.artifactId()) ? pom.name() : null;
    String name = first(pomName, options.name(), artifactId);

    boolean ownRegistry = registry.coordinates().startsWith(groupId + ":" + artifactId + ":");
    int depth = ownRegistry ? registry.depth() : registry.depth() + 1;
    // Where rig-processor will put RigMain: the project's own package when it has sources.
    String packageName =
        first(
            options.packageName(),
            ownRegistry ? registry.packageName() : null,
            SourcePackages.commonPackage(root).orElse(null),
            ProjectNames.packageOf(groupId, artifactId));
    return new Project(
        root,
        groupId,
        artifactId,
        version,
        name,
        pom.description(),
        packageName,
        depth,
        registry.coordinates())
        .withBases(bases(registry, ownRegistry));
  }

  /**
   * The rig libraries the project builds on: the registry's own, and for a new project made from
   * a base's RigMain, that base after them (the project will depend on it).
   */
  private static List<String> bases(ConfigRegistry registry, boolean ownRegistry) {
    List<String> bases = new ArrayList<>(registry.bases());
    if (!ownRegistry && !registry.coordinates().isEmpty()
        && !bases.contains(registry.coordinates())) {
      bases.add(registry.coordinates());
    }
    return bases;
  }

  private static Project load(Path root, ConfigRegistry registry) throws RigException {
    try {
      return RuntimeAccess.get().load(root, registry);
    } catch (MalformedFileException e) {
      throw new RigException(
          e.describe("pom.xml")
              + "\n"
              + "  fix the syntax first; rig reads the project's coordinates from pom.xml and never"
              + " rewrites a file it cannot parse");
    } catch (IOException e) {
      throw new RigException("could not read pom.xml: " + e, e);
    }
  }

  /** Refuses options that could never make a valid project, before anything is touched. */
  static void validate(Options options) throws RigException {
    checkId("--group", options.groupId());
    checkId("--artifact", options.artifactId());
    if (options.packageName() != null && !ProjectNames.isPackageName(options.packageName())) {
      throw new RigException(
          "--package "
              + options.packageName()
              + " is not a Java package name"
              + "\n  use lower-case words separated by dots, such as com.acme.inventory");
    }
    if (options.name() != null && options.name().isBlank()) {
      throw new RigException(
          "--name is empty\n  give the project's display name, or leave --name out");
    }
  }

  private static void checkId(String option, String value) throws RigException {
    if (value != null && !MAVEN_ID.matcher(value).matches()) {
      throw new RigException(
          option
              + " "
              + value
              + " is not a valid Maven id\n"
              + "  use letters, digits, '.', '-' and '_' only, such as com.acme or"
              + " inventory-service");
    }
  }

  /** An option that contradicts the pom is an error: rig never changes a project's coordinates. */
  private static void agree(String element, String inPom, String option, String flag)
      throws RigException {
    if (option != null && !inPom.isEmpty() && !inPom.equals(option)) {
      throw new RigException(
          "pom.xml says "
              + element
              + " "
              + inPom
              + " but "
              + flag
              + " says "
              + option
              + "\n  rig never changes a project's own coordinates: leave "
              + flag
              + " out, or change pom.xml yourself first");
    }
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }
}
