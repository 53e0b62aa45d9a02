package dev.rig.runtime.internal;

import java.util.List;

/** Test stub of rig-runtime's ConfigRegistry: the same signatures. */
public interface ConfigRegistry {

  String coordinates();

  String packageName();

  int depth();

  List<RegisteredConfig> configs();

  default List<RegisteredContribution> contributions() {
    return List.of();
  }
}
