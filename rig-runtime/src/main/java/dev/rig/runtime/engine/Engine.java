package dev.rig.runtime.engine;

import dev.rig.runtime.ConfigRegistry;
import java.nio.file.Path;

/**
 * Materializes and validates the leaves of a registry under one project root. API fixed here so
 * that the CLI and the JUnit engine can be built against it; the body is the runtime issue's.
 */
public final class Engine {

  private final ConfigRegistry registry;
  private final Path root;

  private Engine(ConfigRegistry registry, Path root) {
    this.registry = registry;
    this.root = root;
  }

  public static Engine of(ConfigRegistry registry, Path root) {
    return new Engine(registry, root);
  }

  /** Creates missing files and merges required content into incorrect ones. */
  public RunReport sync() throws RigException {
    throw new UnsupportedOperationException("engine: runtime issue " + registry + root);
  }

  /** Writes nothing; reports what {@link #sync()} would do, with diffs. */
  public RunReport check() throws RigException {
    throw new UnsupportedOperationException("engine: runtime issue");
  }
}
