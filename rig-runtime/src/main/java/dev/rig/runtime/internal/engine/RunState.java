package dev.rig.runtime.internal.engine;

import dev.rig.runtime.configs.facts.GitFacts;
import dev.rig.runtime.internal.ProjectState;
import dev.rig.runtime.internal.facts.CreationDate;
import dev.rig.runtime.internal.facts.ProjectLayout;
import dev.rig.runtime.internal.facts.SourcePackages;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The project's files as one run plans them: each file as this run plans to write it once its
 * config was planned, else as it is on disk (read once). Configs see it through {@code
 * project()}, so that the README follows the pom this run is about to write. The facts the engine
 * supplies (git, the creation date) are read once per run and shared by every pass.
 */
final class RunState implements ProjectState {

  private final RootPaths paths;
  private final Map<String, StoredText> onDisk;
  private final Map<String, String> planned = new HashMap<>();
  private final Facts facts;

  /** The facts read once per run, whatever pass asks for them. */
  private static final class Facts {
    private GitFacts git;
    private Instant creationDate;
    private ProjectLayout layout;
    private Boolean declaresConfigs;
  }

  RunState(RootPaths paths) {
    this(paths, new HashMap<>(), new Facts());
  }

  private RunState(RootPaths paths, Map<String, StoredText> onDisk, Facts facts) {
    this.paths = paths;
    this.onDisk = onDisk;
    this.facts = facts;
  }

  /**
   * The state in which every file is as this run planned it: what a second planning pass starts
   * from, to check that planning has reached its fixed point.
   */
  RunState afterPlans() {
    Map<String, StoredText> settled = new HashMap<>(onDisk);
    planned.forEach((path, text) -> {
      settled.put(path, onDisk.getOrDefault(path, StoredText.NEW_FILE).rewrittenAs(text));
    });
    return new RunState(paths, settled, facts);
  }

  /**
   * The file at {@code path} (relative, normalized) as this pass starts from it: read from disk
   * once, or as an earlier pass planned it; {@link StoredText#NEW_FILE} when it does not exist.
   */
  StoredText stored(String path, Path target)
      throws IOException, StoredText.UnreadableException {
    StoredText known = onDisk.get(path);
    if (known != null) {
      return known;
    }
    StoredText read;
    try {
      read = StoredText.read(target);
    } catch (NoSuchFileException e) {
      read = StoredText.NEW_FILE;
    }
    onDisk.put(path, read);
    return read;
  }

  /** Records what this pass plans for {@code path}: later configs see it. */
  void plan(String path, String text) {
    planned.put(path, text);
  }

  @Override
  public Optional<String> text(String path) {
    String normalized;
    try {
      normalized = RootPaths.normalize(Path.of(path));
    } catch (RootPaths.UnsafePathException | RuntimeException e) {
      return Optional.empty();
    }
    String text = planned.get(normalized);
    if (text != null) {
      return Optional.of(text);
    }
    // Configs ask for the pom many times a run: a file read once was checked against the root
    // then, and is not looked up on disk again.
    StoredText known = onDisk.get(normalized);
    if (known != null) {
      return Optional.ofNullable(known.text());
    }
    Path target;
    try {
      target = paths.resolve(normalized);
    } catch (RootPaths.UnsafePathException | IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(stored(normalized, target).text());
    } catch (IOException | StoredText.UnreadableException e) {
      return Optional.empty(); // the engine reports the file when it plans it
    }
  }

  @Override
  public GitFacts git() {
    synchronized (facts) {
      if (facts.git == null) {
        facts.git = GitFacts.of(paths.realRoot());
      }
      return facts.git;
    }
  }

  @Override
  public Instant creationDate() {
    synchronized (facts) {
      if (facts.creationDate == null) {
        facts.creationDate = CreationDate.today();
      }
      return facts.creationDate;
    }
  }

  @Override
  public ProjectLayout layout() {
    synchronized (facts) {
      if (facts.layout == null) {
        facts.layout = ProjectLayout.of(paths.realRoot());
      }
      return facts.layout;
    }
  }

  @Override
  public boolean declaresConfigs() {
    synchronized (facts) {
      if (facts.declaresConfigs == null) {
        facts.declaresConfigs = SourcePackages.declareConfigs(paths.realRoot());
      }
      return facts.declaresConfigs;
    }
  }
}
