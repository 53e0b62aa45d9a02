package dev.rig.runtime.engine;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.RegisteredConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells whether the registry in use was compiled against the libraries on the classpath.
 *
 * <p>A project's {@code RigRegistry} is compiled code, and maven-compiler-plugin does not recompile
 * a project when only a dependency changed. So when a library gains a config and is reinstalled,
 * the project keeps its old registry and rig would silently not manage the new file. Every library
 * jar carries its own registry; a config that one of them lists and the project's registry neither
 * lists nor overrides is the sign. Only the registries' lists are read: no config is instantiated.
 */
public final class RegistryFreshness {

  /**
   * A config a library on the classpath has and the registry in use lacks.
   *
   * @param className the config's canonical name
   * @param library coordinates of the module that declared it (or of the registry listing it)
   */
  public record MissingConfig(String className, String library) {}

  private RegistryFreshness() {}

  /** The configs that the registries visible to {@code loader} list and {@code inUse} lacks. */
  public static List<MissingConfig> missing(ConfigRegistry inUse, ClassLoader loader) {
    List<ConfigRegistry> others = new ArrayList<>();
    ServiceLoader.load(ConfigRegistry.class, loader).forEach(others::add);
    return missing(inUse, others);
  }

  /**
   * The configs that the libraries among {@code others} (the registries shallower than {@code
   * inUse}) list and {@code inUse} neither lists nor overrides, by class name.
   */
  public static List<MissingConfig> missing(
      ConfigRegistry inUse, Iterable<? extends ConfigRegistry> others) {
    Set<String> known = new HashSet<>();
    for (RegisteredConfig leaf : inUse.configs()) {
      known.add(leaf.className());
      known.addAll(leaf.overrides());
    }
    Map<String, MissingConfig> missing = new TreeMap<>();
    for (ConfigRegistry other : others) {
      if (other.depth() >= inUse.depth()) {
        continue; // not a library of the project: the project's own registry, listed again
      }
      for (RegisteredConfig leaf : other.configs()) {
        if (!known.contains(leaf.className())) {
          String library = leaf.origin().isEmpty() ? libraryOf(other) : leaf.origin();
          missing.putIfAbsent(leaf.className(), new MissingConfig(leaf.className(), library));
        }
      }
    }
    return List.copyOf(missing.values());
  }

  /**
   * What the user sees when {@code missing} is not empty: one line per missing config, then the
   * fix, indented (the shape of a {@link RigException} message).
   */
  public static String message(ConfigRegistry inUse, List<MissingConfig> missing) {
    StringBuilder text =
        new StringBuilder("this project's registry (")
            .append(inUse.getClass().getName())
            .append(") is stale: it lacks ")
            .append(missing.size() == 1 ? "1 config" : missing.size() + " configs")
            .append(" of the libraries on the classpath");
    for (MissingConfig config : missing) {
      text.append("\n  missing ")
          .append(config.className())
          .append(" from ")
          .append(config.library());
    }
    List<String> libraries =
        missing.stream()
            .map(config -> withoutVersion(config.library()))
            .distinct()
            .sorted(Comparator.naturalOrder())
            .toList();
    return text.append("\n  rebuild this project from clean (mvn clean test): its RigRegistry was")
        .append(" compiled against an older ")
        .append(String.join(", ", libraries))
        .toString();
  }

  /** The error that stops a command line run with a stale registry, before anything is written. */
  public static RigException staleError(ConfigRegistry inUse, List<MissingConfig> missing) {
    return RigException.beforeWriting(message(inUse, missing));
  }

  private static String libraryOf(ConfigRegistry registry) {
    String coordinates = registry.coordinates();
    return coordinates.isEmpty() ? registry.getClass().getName() : coordinates;
  }

  /** {@code group:artifact:version} to {@code group:artifact}: the version is not what is old. */
  private static String withoutVersion(String coordinates) {
    String[] parts = coordinates.split(":");
    return parts.length == 3 ? parts[0] + ":" + parts[1] : coordinates;
  }
}
