package dev.rig.processor.generate;

/**
 * The rig-runtime types that generated code uses, by name: rig-processor cannot depend on
 * rig-runtime (rig-runtime is compiled with it), and a processor must not load the classes of the
 * code it compiles anyway.
 */
final class RuntimeNames {

  static final JavaName CONFIG_FILE = JavaName.of("dev.rig.runtime", "ConfigFile");
  static final JavaName CONFIG_REGISTRY = JavaName.of("dev.rig.runtime.internal", "ConfigRegistry");
  static final JavaName REGISTERED_CONFIG =
      JavaName.of("dev.rig.runtime.internal", "RegisteredConfig");
  static final JavaName RIG_CLI = JavaName.of("dev.rig.runtime.internal.cli", "RigCli");

  private RuntimeNames() {}
}
