package dev.rig.runtime.internal.cli;

import dev.rig.runtime.configs.RigRegistry;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import java.util.List;

/**
 * rig's defaults as the registry of another project: a base such as service-base, or the project
 * that {@code init} or {@code new} made, as its own build will generate it.
 */
record DefaultsRegistry(String coordinates, String packageName, int depth)
    implements ConfigRegistry {

  @Override
  public List<RegisteredConfig> configs() {
    return new RigRegistry().configs();
  }
}
