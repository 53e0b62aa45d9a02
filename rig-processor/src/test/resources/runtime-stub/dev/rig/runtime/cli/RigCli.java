package dev.rig.runtime.cli;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.RegisteredConfig;

/** Test stub of rig-runtime's RigCli: prints the leaves, like {@code list}. */
public final class RigCli {

  private RigCli() {}

  public static int run(ConfigRegistry registry, String[] args) {
    for (RegisteredConfig config : registry.configs()) {
      System.out.println(
          config.className() + " overrides " + config.overrides() + " depth " + config.depth());
    }
    return 0;
  }
}
