package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;

/**
 * Test stub of rig-runtime's RigCli: prints the leaves, like {@code list}; with the argument
 * {@code create}, creates each leaf through its factory and prints the class it got.
 */
public final class RigCli {

  private RigCli() {}

  public static int run(ConfigRegistry registry, String[] args) {
    boolean create = args.length > 0 && args[0].equals("create");
    for (RegisteredConfig config : registry.configs()) {
      System.out.println(
          create
              ? config.className() + " creates " + config.factory().get().getClass().getCanonicalName()
              : config.className() + " overrides " + config.overrides() + " depth "
                  + config.depth());
    }
    return 0;
  }
}
