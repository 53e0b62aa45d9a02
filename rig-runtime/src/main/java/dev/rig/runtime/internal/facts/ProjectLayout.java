package dev.rig.runtime.internal.facts;

import dev.rig.runtime.PomFacts;
import dev.rig.runtime.configs.facts.GitFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project sits: whether it is a module of a multi-module build, and the top of its git
 * repository when that is above the project root. Read from files next to and above the root,
 * never written there.
 */
public final class ProjectLayout {

  private final boolean module;
  private final Path gitRootAbove;

  private ProjectLayout(boolean module, Path gitRootAbove) {
    this.module = module;
    this.gitRootAbove = gitRootAbove;
  }

  /** The layout of the project in {@code root} (an absolute, real path). */
  public static ProjectLayout of(Path root) {
    Path top = GitFacts.workTree(root).orElse(null);
    return new ProjectLayout(
        isModule(root, PomFacts.of(root)),
        top == null || top.equals(root.toAbsolutePath().normalize()) ? null : top);
  }

  /**
   * Whether the project is a module of a multi-module build: its pom has a {@code <parent>}, and
   * the pom of the folder above, or the parent's pom where {@code <relativePath>} finds it, lists
   * this folder in its {@code <modules>}. A project without a parent that an aggregator only
   * builds (as rig's own examples are) is a project of its own.
   */
  public boolean isModule() {
    return module;
  }

  /**
   * The top of the git repository (the folder that holds {@code .git}) when it is above the
   * project root; empty when the root is the repository's top, or is in no repository.
   */
  public Optional<Path> gitRootAbove() {
    return Optional.ofNullable(gitRootAbove);
  }

  private static boolean isModule(Path root, PomFacts pom) {
    if (!pom.hasParent()) {
      return false;
    }
    Path self = root.toAbsolutePath().normalize();
    Path above = self.getParent();
    if (above != null && lists(above.resolve("pom.xml"), self)) {
      return true;
    }
    Optional<String> relative = pom.parentRelativePath();
    if (relative.isEmpty()) {
      return false;
    }
    Path parentPom = self.resolve(relative.get()).normalize();
    if (Files.isDirectory(parentPom)) {
      parentPom = parentPom.resolve("pom.xml");
    }
    return lists(parentPom, self);
  }

  /** Whether the pom at {@code pomFile} lists {@code folder} among its modules. */
  private static boolean lists(Path pomFile, Path folder) {
    Path dir = pomFile.getParent();
    if (dir == null || !Files.isRegularFile(pomFile)) {
      return false;
    }
    for (String module : PomFacts.at(pomFile).modules()) {
      Path listed = dir.resolve(module).normalize();
      if (Files.isRegularFile(listed)) {
        listed = listed.getParent(); // a module may name its pom file
      }
      if (folder.equals(listed)) {
        return true;
      }
    }
    return false;
  }
}
