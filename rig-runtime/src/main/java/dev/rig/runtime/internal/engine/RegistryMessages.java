package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the run time says about the registries on the classpath, each message tagged like the
 * processor's ({@code [RigConflict]} is the same error, found later), in the shape of a {@link
 * RigException}: one line per problem, the advice indented below it.
 */
final class RegistryMessages {

  /** The command that recompiles a project whose libraries changed: the compiler plugin won't. */
  static final String RECOMPILE = "mvn clean install";

  private RegistryMessages() {}

  static String unloadable(ServiceConfigurationError e) {
    return "[RigRegistry] a rig registry listed in META-INF/services/"
        + ConfigRegistry.class.getName()
        + " could not be loaded: "
        + e.getMessage()
        + "\n  rebuild the project from clean (mvn clean test-compile) so that its generated"
        + " registry and its service file match";
  }

  static String ambiguous(List<ConfigRegistry> deepest, int depth, Path root) {
    StringBuilder message =
        new StringBuilder("[RigRegistry] rig cannot tell which registry belongs to the project in ")
            .append(root)
            .append(": none was compiled into a folder of it, none has the coordinates its pom.xml")
            .append(" gives, and ")
            .append(deepest.size())
            .append(" share the deepest level (depth ")
            .append(depth)
            .append("):");
    for (ConfigRegistry registry : deepest) {
      message.append("\n    ").append(registry.getClass().getName());
      if (!registry.coordinates().isEmpty()) {
        message.append(" from ").append(registry.coordinates());
      }
    }
    return message
        .append("\n  let rig-processor run on this project (it is listed in the")
        .append(" maven-compiler-plugin's annotationProcessorPaths of rig's default pom), so that")
        .append(" it has a registry of its own; or pass -Drig.check.skip=true to turn the check off")
        .toString();
  }

  /** The project's registry was not generated: likely causes first, then the fix. */
  static String notGenerated(String module, List<ConfigRegistry> found) {
    StringBuilder message =
        new StringBuilder("[RigNoRegistry] no rig registry was generated for ")
            .append(module)
            .append(": the registries on its classpath are its libraries'");
    for (ConfigRegistry registry : found) {
      message.append("\n    ").append(registry.getClass().getName());
      if (!registry.coordinates().isEmpty()) {
        message.append(" from ").append(registry.coordinates());
      }
    }
    return message
        .append("\n  rig will not sync ").append(module)
        .append(" with a library's registry: it would manage the project's files as the library's.")
        .append("\n  likely cause: <proc>none</proc> or -proc:none in the maven-compiler-plugin")
        .append(" configuration, often inherited from a parent pom (mvn help:effective-pom shows")
        .append(" it); or dev.rig:rig-processor missing from its annotationProcessorPaths; or")
        .append(" rig-processor's [RigPackage] warning; or the project is not compiled yet, or")
        .append(" its classes were compiled before rig-processor was in its pom (right after")
        .append(" rig:init: Maven's incremental compile keeps them)")
        .append("\n  fix: build it from clean (mvn clean test-compile rig:check); if it still has")
        .append(" none, set <proc>full</proc> in this pom's maven-compiler-plugin <configuration>")
        .append(" (or drop -proc:none with <compilerArgs combine.self=\"override\">) and list")
        .append(" dev.rig:rig-processor in its <annotationProcessorPaths>, as rig's default pom")
        .append(" does, then mvn clean test-compile")
        .toString();
  }

  /**
   * The processor's {@code [RigConflict]} error, for leaves that came to conflict after the
   * project was compiled (a library changed).
   */
  static String conflicts(List<RunTimeLeaves.Conflict> conflicts, ConfigRegistry own) {
    List<String> problems = new ArrayList<>();
    for (RunTimeLeaves.Conflict conflict : conflicts) {
      List<RegisteredConfig> leaves = conflict.leaves();
      StringBuilder text =
          new StringBuilder("[RigConflict] ")
              .append(conflict.contested())
              .append(" is overridden by ")
              .append(leaves.size())
              .append(" leaves, and none of them overrides another:");
      for (RegisteredConfig leaf : leaves) {
        text.append("\n    ")
            .append(leaf.className())
            .append(" (from ")
            .append(leaf.origin().isEmpty() ? "a library built without -Arig.coordinates"
                : leaf.origin())
            .append(", depth ")
            .append(leaf.depth())
            .append(')');
      }
      RegisteredConfig kept = leaves.get(0);
      String replaced =
          leaves.subList(1, leaves.size()).stream()
              .map(leaf -> leaf.className() + ".class")
              .collect(Collectors.joining(", "));
      if (leaves.size() > 2) {
        replaced = "{" + replaced + "}";
      }
      text.append("\n  rig registers one leaf per config and cannot choose between them. Add a")
          .append(" class to this project that extends one of them and replaces the others:")
          .append("\n    @RigConfig(replaces = ").append(replaced).append(')')
          .append("\n    public class ").append(simpleName(conflict.contested()))
          .append(" extends ").append(kept.className()).append(" { ... }")
          .append("\n  the libraries on the classpath changed since ")
          .append(own.getClass().getName())
          .append(" was compiled; compiling the project again reports the same error");
      problems.add(text.toString());
    }
    return String.join("\n", problems);
  }

  /**
   * What differs between the compiled registry and the one resolved now, or empty when they
   * agree.
   */
  static Optional<String> staleness(
      ConfigRegistry own, int depth, List<RegisteredConfig> leaves, List<String> leftovers) {
    Map<String, Set<String>> compiled = overridesByName(own.configs());
    Map<String, Set<String>> now = overridesByName(leaves);
    Set<String> added = new TreeSet<>(now.keySet());
    added.removeAll(compiled.keySet());
    Set<String> gone = new TreeSet<>(compiled.keySet());
    gone.removeAll(now.keySet());
    Set<String> changed = new TreeSet<>();
    for (String name : now.keySet()) {
      if (compiled.containsKey(name) && !compiled.get(name).equals(now.get(name))) {
        changed.add(name);
      }
    }
    List<String> lines = new ArrayList<>();
    if (!added.isEmpty()) {
      lines.add("now also managed: " + String.join(", ", added));
    }
    if (!gone.isEmpty()) {
      lines.add("no longer managed: " + String.join(", ", gone));
    }
    if (!changed.isEmpty()) {
      lines.add("overriding changed for: " + String.join(", ", changed));
    }
    if (depth != own.depth()) {
      lines.add("depth " + own.depth() + " is now " + depth);
    }
    if (!leftovers.isEmpty()) {
      lines.add("ignored the registries an older build left in this project's output: "
          + String.join(", ", leftovers));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "[RigStaleRegistry] "
            + own.getClass().getName()
            + " was compiled against other rig libraries than those on the classpath now;"
            + " rig used the libraries' own registries:\n    "
            + String.join("\n    ", lines)
            + "\n  the files are synced as the libraries say now. Recompile with `"
            + RECOMPILE
            + "` so that the project's jar, and every project built on it, carries the new"
            + " registry (maven-compiler-plugin does not recompile when only a dependency changed)");
  }

  private static Map<String, Set<String>> overridesByName(List<RegisteredConfig> configs) {
    Map<String, Set<String>> byName = new HashMap<>();
    for (RegisteredConfig config : configs) {
      byName.put(config.className(), new HashSet<>(config.overrides()));
    }
    return byName;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
