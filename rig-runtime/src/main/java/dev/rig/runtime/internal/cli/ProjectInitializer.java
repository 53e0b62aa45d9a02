package dev.rig.runtime.internal.cli;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RuntimeAccess;
import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What {@code init} does, in an order that never loses work: check that every managed file can be
 * read and is inside the root (nothing is written otherwise), replace placeholder files of
 * removable configs, write the source skeleton where there are no sources, then sync every managed
 * file with the given project facts. pom.xml is never deleted.
 */
final class ProjectInitializer {

  private final ConfigRegistry registry;
  private final Project project;
  private final Consumer<String> notices;
  private final boolean library;

  /**
   * @param library whether the project is a library of standards (its skeleton is a config class
   *     in its main sources) rather than a service (a main class and its test)
   */
  ProjectInitializer(
      ConfigRegistry registry, Project project, Consumer<String> notices, boolean library) {
    this.registry = registry;
    this.project = project;
    this.notices = notices;
    this.library = library;
  }

  /**
   * What init did.
   *
   * @param placeholders the placeholder files it replaced, relative to the root
   * @param sources the source files it created, relative to the root
   * @param files what sync did to each managed file
   */
  record Result(List<String> placeholders, List<String> sources, RunReport files) {}

  /**
   * What init would do, written nothing: the placeholder files it would replace, the source files
   * it would create, and the check of every managed file (each with its diff).
   */
  Result plan() throws RigException {
    RunReport files = Engine.of(registry, project).withNotices(notices).check();
    List<String> placeholders = new ArrayList<>();
    for (RegisteredConfig entry : registry.configs()) {
      placeholder(entry).ifPresent(placeholders::add);
    }
    placeholders.sort(null);
    try {
      return new Result(
          placeholders,
          project.hasPomPackaging() ? List.of() : skeleton().planned(),
          files);
    } catch (IOException e) {
      throw new RigException("could not read the sources under " + project.root() + ": " + e, e);
    }
  }

  private ProjectSkeleton skeleton() throws RigException {
    return new ProjectSkeleton(project.root(), project.packageName(), project.name(), pomConfig());
  }

  /**
   * Whether {@code root} holds a project that was there before rig: anything under {@code src/},
   * or a pom with a {@code <parent>} or {@code <modules>}. init shows such a project its plan and
   * writes only when asked; a folder with at most a pom of coordinates is new, and init fills it.
   */
  static boolean isExistingProject(Path root) throws RigException {
    try {
      Path src = root.resolve("src");
      if (Files.isDirectory(src)) {
        try (Stream<Path> files = Files.walk(src)) {
          if (files.anyMatch(Files::isRegularFile)) {
            return true;
          }
        }
      }
      Path pom = root.resolve("pom.xml");
      if (Files.isRegularFile(pom)) {
        String text = Files.readString(pom);
        return text.contains("<parent>") || text.contains("<modules>");
      }
      return false;
    } catch (IOException e) {
      throw new RigException("could not read " + root + ": " + e, e);
    }
  }

  Result run() throws RigException {
    Engine engine = Engine.of(registry, project).withNotices(notices);
    // Planning reads and checks every file; a malformed or unsafe one stops init here.
    engine.check();
    List<String> placeholders = removePlaceholders();
    List<String> sources;
    try {
      // Maven compiles nothing in a pom-packaged project (an aggregator): no sources there.
      sources = project.hasPomPackaging() ? List.of() : skeleton().write();
    } catch (IOException e) {
      throw new RigException(
          "could not write the source skeleton: "
              + e
              + "\n  check that "
              + project.root()
              + " is writable",
          e);
    }
    // One sync reaches the fixed point: the defaults read the pom this run plans, not the one on
    // disk, and the engine checks that planning again would change nothing.
    return new Result(placeholders, sources, engine.sync());
  }

  /**
   * For a library, the class of the registry's config of pom.xml, which its first config class
   * extends; {@code null} for a service.
   */
  private String pomConfig() throws RigException {
    if (!library) {
      return null;
    }
    for (RegisteredConfig entry : registry.configs()) {
      ConfigFile<?> config = entry.factory().get().attach(project);
      if (RuntimeAccess.get().relativePath(config).toString().equals("pom.xml")) {
        return entry.className();
      }
    }
    throw new RigException(
        "--library: the configs that run manage no pom.xml, so a library has nothing to extend"
            + "\n  make the library from a base whose configs include the pom's");
  }

  private List<String> removePlaceholders() throws RigException {
    List<String> removed = new ArrayList<>();
    for (RegisteredConfig entry : registry.configs()) {
      Optional<String> placeholder = placeholder(entry);
      if (placeholder.isPresent()) {
        try {
          Files.delete(project.root().resolve(placeholder.get()));
        } catch (IOException e) {
          throw new RigException(
              "could not replace the placeholder " + placeholder.get() + ": " + e, e);
        }
        removed.add(placeholder.get());
      }
    }
    removed.sort(null);
    return removed;
  }

  /** The path of {@code entry}'s file when it is a placeholder init replaces (removable, no pom). */
  private Optional<String> placeholder(RegisteredConfig entry) throws RigException {
    ConfigFile<?> config = entry.factory().get().attach(project);
    Path relative = RuntimeAccess.get().relativePath(config);
    if (!RuntimeAccess.get().isRemovable(config) || relative.toString().equals("pom.xml")) {
      return Optional.empty();
    }
    Path file = project.root().resolve(relative).normalize();
    try {
      return file.startsWith(project.root()) && Placeholders.isPlaceholder(file)
          ? Optional.of(relative.toString().replace('\\', '/'))
          : Optional.empty();
    } catch (IOException e) {
      throw new RigException("could not read " + relative + ": " + e, e);
    }
  }
}
