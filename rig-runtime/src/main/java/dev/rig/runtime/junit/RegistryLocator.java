package dev.rig.runtime.junit;

import dev.rig.runtime.ConfigRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the project's own registry among those listed under {@code META-INF/services} on the test
 * classpath: rig-runtime's defaults (depth 0), every library built on them, and the project, which
 * is one level deeper than everything it depends on. The deepest one is the project's.
 *
 * <p>Public for {@link dev.rig.runtime.cli.RigTool}, the build tools' entry point, which finds the
 * project's registry the same way the test run does.
 */
public final class RegistryLocator {

  private RegistryLocator() {}

  /**
   * The deepest registry visible to {@code loader}, or empty when there is none.
   *
   * @throws RigCheckError when several registries share the deepest level, or one cannot load
   */
  public static Optional<ConfigRegistry> deepest(ClassLoader loader) {
    List<ConfigRegistry> registries = load(loader);
    int maxDepth = registries.stream().mapToInt(ConfigRegistry::depth).max().orElse(-1);
    List<ConfigRegistry> deepest =
        registries.stream()
            .filter(registry -> registry.depth() == maxDepth)
            .sorted(Comparator.comparing(registry -> registry.getClass().getName()))
            .toList();
    if (deepest.size() > 1) {
      throw new RigCheckError(ambiguity(deepest, maxDepth));
    }
    return deepest.stream().findFirst();
  }

  private static List<ConfigRegistry> load(ClassLoader loader) {
    List<ConfigRegistry> registries = new ArrayList<>();
    try {
      ServiceLoader.load(ConfigRegistry.class, loader).forEach(registries::add);
    } catch (ServiceConfigurationError e) {
      throw new RigCheckError(
          "A rig registry listed in META-INF/services/"
              + ConfigRegistry.class.getName()
              + " could not be loaded: "
              + e.getMessage()
              + "\nRebuild the project (mvn clean test-compile) so that the generated registry"
              + " and its service file match.");
    }
    return registries;
  }

  private static String ambiguity(List<ConfigRegistry> deepest, int depth) {
    StringBuilder message =
        new StringBuilder("rig cannot tell which registry is this project's: ")
            .append(deepest.size())
            .append(" registries share the deepest level (depth ")
            .append(depth)
            .append(") on the test classpath:\n");
    for (ConfigRegistry registry : deepest) {
      message.append("    ").append(registry.getClass().getName());
      if (!registry.coordinates().isEmpty()) {
        message.append(" from ").append(registry.coordinates());
      }
      message.append('\n');
    }
    return message
        .append("A project's own registry is one level deeper than every library it uses, so this")
        .append(" project generated none. Let rig-processor run on this project (it is listed in")
        .append(" the maven-compiler-plugin's annotationProcessorPaths of rig's default pom), or")
        .append(" pass -D")
        .append(CheckSettings.SKIP)
        .append("=true to turn the check off.")
        .toString();
  }
}
