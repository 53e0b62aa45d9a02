package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import java.util.List;
import java.util.Optional;

/**
 * A project's registry as the run time resolves it from the registries on the classpath: the
 * compiled {@code RigRegistry}'s name, package and coordinates, its depth one more than the
 * deepest library actually there, and the leaves of every config the project and its libraries
 * declare. It equals the compiled registry when that was compiled against the libraries on the
 * classpath; when a library changed since ({@link #staleness()}), rig uses the libraries as they
 * are now, so that a base that gained, lost or renamed a config, or a service that moved to
 * another base, heals on the next run without {@code mvn clean}.
 */
public final class ResolvedRegistry implements ConfigRegistry {

  private final ConfigRegistry compiled;
  private final int depth;
  private final List<RegisteredConfig> configs;
  private final List<RegisteredContribution> contributions;
  private final List<String> bases;
  private final Optional<String> staleness;

  ResolvedRegistry(
      ConfigRegistry compiled,
      int depth,
      List<RegisteredConfig> configs,
      List<RegisteredContribution> contributions,
      List<String> bases,
      Optional<String> staleness) {
    this.compiled = compiled;
    this.depth = depth;
    this.configs = List.copyOf(configs);
    this.contributions = List.copyOf(contributions);
    this.bases = List.copyOf(bases);
    this.staleness = staleness;
  }

  /** The project's compiled registry. */
  public ConfigRegistry compiled() {
    return compiled;
  }

  /** Canonical name of the compiled registry, as messages name it. */
  public String name() {
    return compiled.getClass().getName();
  }

  @Override
  public String coordinates() {
    return compiled.coordinates();
  }

  @Override
  public String packageName() {
    return compiled.packageName();
  }

  @Override
  public int depth() {
    return depth;
  }

  @Override
  public List<RegisteredConfig> configs() {
    return configs;
  }

  /** The contributions the project and its libraries on this classpath declare, by class name. */
  @Override
  public List<RegisteredContribution> contributions() {
    return contributions;
  }

  /**
   * The coordinates of every library registry on this classpath that the project builds on,
   * shallowest first, also those whose configs the project overrides all of: a release of any of
   * them reaches the project.
   */
  @Override
  public List<String> bases() {
    return bases;
  }

  /**
   * When the compiled registry differs from what the libraries on the classpath say now: what
   * differs, and the command that brings it up to date. A notice, not an error: the leaves above
   * are already the libraries' current ones.
   */
  public Optional<String> staleness() {
    return staleness;
  }
}
