package dev.rig.runtime.internal.engine;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RuntimeAccess;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instantiates the leaves of a registry and decides where each one's file is, refusing every path
 * that is unsafe and every path that two leaves claim. Nothing is read or written here.
 */
final class Leaves {

  /** The order files are handled in: higher priority first, then by path. */
  static final Comparator<Leaf> ORDER =
      Comparator.comparingInt((Leaf leaf) -> -RuntimeAccess.get().order(leaf.config()))
          .thenComparing(Leaf::path);

  private Leaves() {}

  /**
   * The safe leaves of {@code registry} in {@link #ORDER}, each with the contributions that add
   * to its file; each unsafe or contested leaf, and each contribution that no leaf takes, adds a
   * problem instead.
   */
  static List<Leaf> load(
      ConfigRegistry registry, Project project, RootPaths paths, Problems problems) {
    List<Leaf> leaves = load(registry.configs(), project, paths, problems);
    // Contributions first: one to a file that is not managed here is not an orphan.
    leaves = Contributions.attach(leaves, registry.contributions(), project, problems);
    return placed(leaves, project, problems);
  }

  /**
   * The leaves whose file belongs in this project: without those whose config does not apply
   * (repository-level files in a module), and, when the root is a subfolder of its git
   * repository, without those that belong at the repository's top, which one notice lists with
   * where to add them instead.
   */
  private static List<Leaf> placed(List<Leaf> leaves, Project project, Problems problems) {
    Optional<Path> gitRoot = project.gitRootAbove();
    List<Leaf> placed = new ArrayList<>();
    List<String> atGitRoot = new ArrayList<>();
    for (Leaf leaf : leaves) {
      try {
        if (!RuntimeAccess.get().isApplicable(leaf.config())) {
          problems.notApplicable(
              leaf.path(),
              project.isModule()
                  ? "rig does not manage it in a module of a multi-module build: it belongs to"
                      + " the build's root"
                  : "rig does not manage it here: its config does not apply to this project");
          continue;
        }
        if (gitRoot.isPresent() && RuntimeAccess.get().isGitRootFile(leaf.config())) {
          atGitRoot.add(leaf.path());
          continue;
        }
      } catch (RuntimeException | LinkageError e) {
        problems.add(
            leaf.registered().className()
                + " failed before rig could tell whether "
                + leaf.shownPath()
                + " belongs in this project: "
                + Problems.describe(e),
            "fix the config class, or remove the dependency that brings it");
        continue;
      }
      placed.add(leaf);
    }
    if (!atGitRoot.isEmpty()) {
      problems.notice(gitRootNotice(atGitRoot, gitRoot.get(), project.root()));
    }
    return placed;
  }

  /** What to do with the files that belong at the top of the git repository, above the root. */
  static String gitRootNotice(List<String> paths, Path gitRoot, Path root) {
    String below = PrintedPaths.of(gitRoot.relativize(root).toString().replace('\\', '/'));
    StringBuilder notice =
        new StringBuilder("not written: ")
            .append(paths.size() == 1 ? "this file belongs" : "these files belong")
            .append(" at the top of the git repository, ")
            .append(PrintedPaths.of(gitRoot))
            .append(", where GitHub reads them, and rig writes nothing outside the project root;")
            .append(" add them there yourself:");
    for (String path : paths) {
      notice.append("\n    ").append(PrintedPaths.of(path));
      if (path.startsWith(".github/workflows/")) {
        notice.append(" (its jobs run in ").append(below)
            .append(": defaults.run.working-directory)");
      }
    }
    return notice.toString();
  }

  /** The safe leaves in {@link #ORDER}; each unsafe or contested one adds a problem instead. */
  static List<Leaf> load(
      List<RegisteredConfig> registered, Project project, RootPaths paths, Problems problems) {
    List<Leaf> leaves = new ArrayList<>();
    for (RegisteredConfig entry : registered) {
      Leaf leaf = load(entry, project, paths, problems);
      if (leaf != null) {
        leaves.add(leaf);
      }
    }
    leaves = withoutContested(leaves, problems);
    leaves = withoutFilesInFiles(leaves, problems);
    leaves.sort(ORDER);
    return leaves;
  }

  private static Leaf load(
      RegisteredConfig entry, Project project, RootPaths paths, Problems problems) {
    ConfigFile<?> config;
    Path asked;
    try {
      config = entry.factory().get();
      config.attach(project);
      asked = RuntimeAccess.get().relativePath(config);
      RuntimeAccess.get().order(config);
    } catch (InvalidPathException e) {
      if (!FileNameEncoding.isUnicode()) {
        problems.add(
            entry.className()
                + " names the file "
                + PrintedPaths.of(e.getInput())
                + ", which this JVM cannot name: "
                + FileNameEncoding.describe(),
            FileNameEncoding.ADVICE);
        return null;
      }
      problems.add(
          entry.className() + " names a file the file system cannot have: " + e.getMessage(),
          "fix the config class, or remove the dependency that brings it");
      return null;
    } catch (RuntimeException | LinkageError e) {
      problems.add(
          entry.className()
              + " failed before rig could tell which file it manages: "
              + Problems.describe(e),
          "fix the config class, or remove the dependency that brings it");
      return null;
    }
    String path;
    try {
      path = RootPaths.normalize(asked);
      return new Leaf(entry, config, path, paths.resolve(path));
    } catch (RootPaths.UnsafePathException e) {
      problems.add(
          entry.className() + " asks for " + PrintedPaths.of(asked) + ", which " + e.getMessage(),
          "rig writes only inside the project root; a config's parentPath() and fileName()"
              + " must name a file below it");
    } catch (IOException e) {
      problems.add(
          entry.className()
              + " asks for "
              + PrintedPaths.of(asked)
              + ", which rig cannot inspect: "
              + e);
    }
    return null;
  }

  /**
   * Leaves whose file is not needed as a folder by another leaf: {@code docs} and {@code
   * docs/index.md} cannot both be files, and finding out half-way through the writes would be too
   * late.
   */
  private static List<Leaf> withoutFilesInFiles(List<Leaf> leaves, Problems problems) {
    Map<Path, Leaf> byTarget = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      byTarget.put(leaf.target(), leaf);
    }
    List<Leaf> kept = new ArrayList<>();
    for (Leaf leaf : leaves) {
      Leaf inside = null;
      for (Path folder = leaf.target().getParent();
          folder != null && inside == null;
          folder = folder.getParent()) {
        inside = byTarget.get(folder);
      }
      if (inside == null) {
        kept.add(leaf);
      } else {
        problems.add(
            inside.registered().className()
                + " manages the file "
                + inside.shownPath()
                + ", but "
                + leaf.registered().className()
                + " needs it as a folder for "
                + leaf.shownPath(),
            "give one of them another parentPath() or fileName()");
      }
    }
    return kept;
  }

  /** Leaves that share a file with no other; each shared file adds one problem. */
  private static List<Leaf> withoutContested(List<Leaf> leaves, Problems problems) {
    Map<Path, List<Leaf>> byTarget = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      byTarget.computeIfAbsent(leaf.target(), target -> new ArrayList<>()).add(leaf);
    }
    List<Leaf> alone = new ArrayList<>();
    for (List<Leaf> sharing : byTarget.values()) {
      if (sharing.size() == 1) {
        alone.add(sharing.get(0));
        continue;
      }
      StringBuilder headline =
          new StringBuilder(
              sharing.size() + " configs manage the same file " + sharing.get(0).shownPath() + ":");
      for (Leaf leaf : sharing) {
        headline.append("\n    ").append(leaf.registered().className());
        if (!leaf.path().equals(sharing.get(0).path())) {
          headline.append(" (as ").append(leaf.shownPath()).append(')');
        }
      }
      problems.add(
          headline.toString(),
          "give one of them another parentPath() or fileName(), or make one take the other's"
              + " place with @RigConfig(replaces = ...) on a class of this project");
    }
    return alone;
  }
}
