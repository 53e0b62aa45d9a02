package dev.rig.runtime.internal;

import dev.rig.runtime.configs.facts.GitFacts;
import dev.rig.runtime.internal.facts.CreationDate;
import dev.rig.runtime.internal.facts.ProjectLayout;
import dev.rig.runtime.internal.facts.SourcePackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a {@link dev.rig.runtime.Project}'s facts come from: the files of the state being planned and the facts
 * the engine reads once per run. The engine supplies one that sees the files as the run has
 * planned them so far, so that a config reads the pom rig is about to write, not the stale one on
 * disk. Used by the engine; configs read facts through {@link dev.rig.runtime.ConfigFile#project()}.
 */
public interface ProjectState {

  /**
   * The text of a file of the project (a path relative to the root, with {@code /}) in the state
   * being planned: as this run plans to write it, else as it is on disk; empty when there is no
   * such file, it is outside the root, or it cannot be read as UTF-8.
   */
  Optional<String> text(String path);

  /** The git facts of the project's repository, read once per run. */
  GitFacts git();

  /** The day a project is first given its standards ({@link CreationDate}), read once per run. */
  Instant creationDate();

  /** Where the project sits (a module? below its git root?), read once per run. */
  ProjectLayout layout();

  /**
   * Whether the project's main sources hold config classes ({@link
   * SourcePackages#declareConfigs}), read once per run: the pom's config asks on every plan, and
   * the answer reads every source file of a project that has none.
   */
  boolean declaresConfigs();

  /** The files as they are on disk under {@code root}, each fact read at most once. */
  static ProjectState onDisk(Path root) {
    return new ProjectState() {
      private GitFacts git;
      private Instant creationDate;
      private ProjectLayout layout;
      private Boolean declaresConfigs;

      @Override
      public Optional<String> text(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }

      @Override
      public synchronized GitFacts git() {
        if (git == null) {
          git = GitFacts.of(root);
        }
        return git;
      }

      @Override
      public synchronized Instant creationDate() {
        if (creationDate == null) {
          creationDate = CreationDate.today();
        }
        return creationDate;
      }

      @Override
      public synchronized ProjectLayout layout() {
        if (layout == null) {
          layout = ProjectLayout.of(root);
        }
        return layout;
      }

      @Override
      public synchronized boolean declaresConfigs() {
        if (declaresConfigs == null) {
          declaresConfigs = SourcePackages.declareConfigs(root);
        }
        return declaresConfigs;
      }
    };
  }
}
