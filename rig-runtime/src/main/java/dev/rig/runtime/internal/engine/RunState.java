package dev.rig.runtime.internal.engine;

import dev.rig.runtime.configs.facts.GitFacts;
import dev.rig.runtime.internal.ProjectState;
import dev.rig.runtime.internal.facts.ProjectLayout;
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
  /** The facts read once per run, whatever pass asks for them: the disk's, each read once. */
  private final ProjectState facts;

  RunState(RootPaths paths) {
    this(paths, new HashMap<>(), ProjectState.onDisk(paths.realRoot()));
  }

  private RunState(RootPaths paths, Map<String, StoredText> onDisk, ProjectState facts) {
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
    return facts.git();
  }

  @Override
  public Instant creationDate() {
    return facts.creationDate();
  }

  @Override
  public ProjectLayout layout() {
    return facts.layout();
  }

  @Override
  public boolean declaresConfigs() {
    return facts.declaresConfigs();
  }
}
