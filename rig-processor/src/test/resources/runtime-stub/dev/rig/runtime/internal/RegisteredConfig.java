package dev.rig.runtime.internal;

import dev.rig.runtime.ConfigFile;
import java.util.List;
import java.util.function.Supplier;

/** Test stub of rig-runtime's RegisteredConfig: the same components. */
public record RegisteredConfig(
    String className,
    Supplier<? extends ConfigFile<?>> factory,
    List<String> overrides,
    int depth,
    String origin) {}
