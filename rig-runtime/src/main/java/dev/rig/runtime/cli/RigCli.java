package dev.rig.runtime.cli;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.RegisteredConfig;

/** Entry point of every generated {@code RigMain}. */
public final class RigCli {

  private RigCli() {}

  /**
   * Runs one command line against a registry and returns the process exit code.
   *
   * @return 0 on success, 1 when {@code check} found drift, 2 on error
   */
  public static int run(ConfigRegistry registry, String[] args) {
    for (RegisteredConfig config : registry.configs()) {
      System.out.println(config.className() + " overrides " + config.overrides() + " depth " + config.depth());
    }
    return 0;
  }
}
