package dev.rig.runtime.internal;

import dev.rig.runtime.Contribution;
import java.util.List;
import java.util.function.Supplier;

/** Test stub of rig-runtime's RegisteredContribution: the same components. */
public record RegisteredContribution(
    String className,
    Supplier<? extends Contribution<?>> factory,
    String target,
    List<String> replaces,
    int depth,
    String origin) {}
