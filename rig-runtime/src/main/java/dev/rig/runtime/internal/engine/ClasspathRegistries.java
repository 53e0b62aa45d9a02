package dev.rig.runtime.internal.engine;

import dev.rig.runtime.PomFacts;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The registries listed under {@code META-INF/services/dev.rig.runtime.internal.ConfigRegistry} on a
 * classpath: rig-runtime's defaults, every library built on them, and the project's own. Tells the
 * project's own apart from its libraries' and resolves its leaves from all of them ({@link
 * #resolve}). Only the registries' lists are read: no config is created, nothing is scanned.
 *
 * <p>This is how the engine finds "this project's configs" behind every entry point: the JUnit
 * engine, {@code RigMain} and the Maven plugin.
 */
public final class ClasspathRegistries {

  private final List<ConfigRegistry> registries;

  private ClasspathRegistries(List<ConfigRegistry> registries) {
    this.registries = List.copyOf(registries);
  }

  /**
   * The registries {@code loader} lists, each class once.
   *
   * @throws RigException when a listed registry cannot be loaded
   */
  public static ClasspathRegistries load(ClassLoader loader) throws RigException {
    Map<String, ConfigRegistry> byClass = new LinkedHashMap<>();
    try {
      for (ConfigRegistry registry : ServiceLoader.load(ConfigRegistry.class, loader)) {
        byClass.putIfAbsent(registry.getClass().getName(), registry);
      }
    } catch (ServiceConfigurationError e) {
      throw RigException.beforeWriting(RegistryMessages.unloadable(e));
    }
    return of(new ArrayList<>(byClass.values()));
  }

  /** The given registries, as if a classpath listed them. */
  public static ClasspathRegistries of(List<? extends ConfigRegistry> registries) {
    List<ConfigRegistry> sorted = new ArrayList<>(registries);
    sorted.sort(Comparator.comparing(registry -> registry.getClass().getName()));
    return new ClasspathRegistries(sorted);
  }

  public boolean isEmpty() {
    return registries.isEmpty();
  }

  /**
   * The registry of the project in {@code root}, or empty when the classpath lists none.
   *
   * <ol>
   *   <li>A registry whose class was loaded from a folder inside the root is the project's own:
   *       its build output ({@code target/classes}). When there are several (an older rig left a
   *       registry in {@code target/test-classes}), the shallowest is the main one.
   *   <li>Else the registry whose coordinates name the pom's groupId and artifactId.
   *   <li>Else the deepest registry, when it alone is that deep; when the pom names the module,
   *       only registries without coordinates count: one that names another module is a library's.
   * </ol>
   *
   * @throws RigException when none of these tells which registry is the project's, or when the pom
   *     names a module none of whose registries is on the classpath ({@link #notGenerated})
   */
  public Optional<ConfigRegistry> own(Path root) throws RigException {
    return find(root, true);
  }

  /**
   * The registry {@code init} adopts a project with: the project's own as {@link #own} finds it,
   * else, when the project has none yet (it is not on rig, or not compiled with rig-processor), the
   * deepest of its libraries' (rig-runtime's defaults, or the base it depends on).
   *
   * @throws RigException when several registries are deepest and none is the project's
   */
  public Optional<ConfigRegistry> ownOrLibrary(Path root) throws RigException {
    return find(root, false);
  }

  private Optional<ConfigRegistry> find(Path root, boolean ownOnly) throws RigException {
    if (registries.isEmpty()) {
      return Optional.empty();
    }
    Optional<ConfigRegistry> inRoot =
        registries.stream()
            .filter(registry -> loadedFromFolderIn(registry, root))
            .min(Comparator.comparingInt(ConfigRegistry::depth));
    if (inRoot.isPresent()) {
      return inRoot;
    }
    Optional<String> pomModule = PomFacts.of(root).module();
    List<ConfigRegistry> candidates = registries;
    if (pomModule.isPresent()) {
      String module = pomModule.get();
      List<ConfigRegistry> named =
          registries.stream().filter(r -> r.coordinates().startsWith(module + ":")).toList();
      if (named.size() == 1) {
        return Optional.of(named.get(0));
      }
      // A registry that names another module is a library's, never this project's: with only
      // those on the classpath, the project's own registry was not generated.
      List<ConfigRegistry> anonymous =
          registries.stream().filter(r -> r.coordinates().isEmpty()).toList();
      if (!anonymous.isEmpty()) {
        candidates = anonymous;
      } else if (ownOnly) {
        throw notGenerated(module, registries);
      }
    }
    int maxDepth = candidates.stream().mapToInt(ConfigRegistry::depth).max().orElseThrow();
    List<ConfigRegistry> deepest =
        candidates.stream().filter(registry -> registry.depth() == maxDepth).toList();
    if (deepest.size() > 1) {
      throw RigException.beforeWriting(RegistryMessages.ambiguous(deepest, maxDepth, root));
    }
    return Optional.of(deepest.get(0));
  }

  /**
   * The project's registry resolved against the libraries on this classpath: every registry but
   * {@code own} is a library, except registries that an older build of the project in {@code root}
   * left in its output folders (in a folder of the root, as deep as {@code own} or deeper), which
   * are ignored.
   *
   * @throws RigException when two leaves conflict ({@code [RigConflict]}), before anything is
   *     written
   */
  public ResolvedRegistry resolve(ConfigRegistry own, Path root) throws RigException {
    List<ConfigRegistry> libraries = new ArrayList<>();
    List<String> leftovers = new ArrayList<>();
    Optional<Path> ownFolder = folderOf(own);
    for (ConfigRegistry registry : registries) {
      if (registry == own
          || (registry.getClass() == own.getClass()
              && registry.coordinates().equals(own.coordinates()))) {
        continue; // the project's registry, listed on the classpath too
      }
      // A registry of this project's own build, as deep as the project or deeper, is no library
      // of it: an older rig-processor generated one in target/test-classes.
      if (registry.depth() >= own.depth()
          && !folderOf(registry).equals(ownFolder)
          && loadedFromFolderIn(registry, root)) {
        leftovers.add(registry.getClass().getName());
        continue;
      }
      libraries.add(registry);
    }
    int depth =
        libraries.isEmpty()
            ? own.depth()
            : 1 + libraries.stream().mapToInt(ConfigRegistry::depth).max().orElseThrow();
    // The project's own configs sit at its depth as the libraries on the classpath now make it.
    Map<String, RegisteredConfig> declared = new TreeMap<>();
    for (RegisteredConfig config : RunTimeLeaves.declared(List.of(own)).values()) {
      declared.put(config.className(), config.depth() == depth
          ? config
          : new RegisteredConfig(
              config.className(), config.factory(), config.overrides(), depth, config.origin()));
    }
    RunTimeLeaves.declared(libraries).forEach(declared::putIfAbsent);
    RunTimeLeaves.Resolution resolution = RunTimeLeaves.resolve(declared);
    if (!resolution.conflicts().isEmpty()) {
      throw RigException.beforeWriting(RegistryMessages.conflicts(resolution.conflicts(), own));
    }
    // Contributions likewise: each registry is read for the ones its own module declares.
    Map<String, RegisteredContribution> contributions = new TreeMap<>();
    for (RegisteredContribution contribution : own.contributions()) {
      if (contribution.depth() == own.depth()) {
        contributions.put(contribution.className(), contribution.depth() == depth
            ? contribution
            : new RegisteredContribution(contribution.className(), contribution.factory(),
                contribution.target(), contribution.replaces(), depth, contribution.origin()));
      }
    }
    for (ConfigRegistry library : libraries) {
      for (RegisteredContribution contribution : library.contributions()) {
        if (contribution.depth() == library.depth()) {
          contributions.putIfAbsent(contribution.className(), contribution);
        }
      }
    }
    List<String> bases =
        libraries.stream()
            .sorted(Comparator.comparingInt(ConfigRegistry::depth)
                .thenComparing(ConfigRegistry::coordinates))
            .map(ConfigRegistry::coordinates)
            .filter(coordinates -> !coordinates.isEmpty())
            .distinct()
            .toList();
    return new ResolvedRegistry(
        own,
        depth,
        resolution.leaves(),
        List.copyOf(contributions.values()),
        bases,
        RegistryMessages.staleness(own, depth, resolution.leaves(), leftovers));
  }

  /**
   * The stop for a project whose own registry was not generated, while its libraries' are on the
   * classpath: syncing with one of those would manage the project's files as that library's.
   *
   * @param module {@code groupId:artifactId} of the project
   * @param found the registries the classpath lists (all its libraries')
   */
  public static RigException notGenerated(String module, List<ConfigRegistry> found) {
    return RigException.beforeWriting(RegistryMessages.notGenerated(module, found));
  }

  /** Whether {@code registry} was compiled into a folder inside {@code root}: the project's build. */
  public static boolean builtIn(ConfigRegistry registry, Path root) {
    return loadedFromFolderIn(registry, root);
  }

  private static boolean loadedFromFolderIn(ConfigRegistry registry, Path root) {
    Optional<Path> folder = folderOf(registry);
    if (folder.isEmpty()) {
      return false;
    }
    try {
      Path realRoot = root.toRealPath();
      return folder.get().toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return folder.get().startsWith(root.toAbsolutePath().normalize());
    }
  }

  /** The class folder a registry was loaded from; empty for a jar or an unknown origin. */
  static Optional<Path> folderOf(ConfigRegistry registry) {
    try {
      CodeSource source = registry.getClass().getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null
          || !"file".equals(source.getLocation().getProtocol())) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return Files.isDirectory(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The registries, for messages and tests. */
  List<ConfigRegistry> all() {
    return registries;
  }

}
