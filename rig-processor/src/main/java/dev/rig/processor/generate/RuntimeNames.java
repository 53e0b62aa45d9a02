package dev.rig.processor.generate;

import com.palantir.javapoet.ClassName;

/**
 * The rig-runtime types that generated code uses, by name: rig-processor cannot depend on
 * rig-runtime (rig-runtime is compiled with it), and a processor must not load the classes of the
 * code it compiles anyway.
 */
final class RuntimeNames {

  static final ClassName CONFIG_FILE = ClassName.get("dev.rig.runtime", "ConfigFile");
  static final ClassName CONFIG_REGISTRY =
      ClassName.get("dev.rig.runtime.internal", "ConfigRegistry");
  static final ClassName REGISTERED_CONFIG =
      ClassName.get("dev.rig.runtime.internal", "RegisteredConfig");
  static final ClassName RIG_CLI = ClassName.get("dev.rig.runtime.internal.cli", "RigCli");

  private RuntimeNames() {}
}
