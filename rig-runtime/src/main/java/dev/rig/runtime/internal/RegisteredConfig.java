package dev.rig.runtime.internal;

import dev.rig.runtime.ConfigFile;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One leaf of a {@link ConfigRegistry}.
 *
 * @param className canonical name of the leaf class
 * @param factory makes a new instance of the leaf (a constructor reference, never reflection)
 * @param overrides canonical names of the configs this leaf takes the place of, nearest first
 * @param depth depth of the module that declared the leaf
 * @param origin {@code groupId:artifactId:version} of that module, or empty when unknown
 */
public record RegisteredConfig(
    String className,
    Supplier<? extends ConfigFile<?>> factory,
    List<String> overrides,
    int depth,
    String origin) {

  public RegisteredConfig {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(factory, "factory");
    overrides = List.copyOf(overrides);
    origin = Objects.requireNonNullElse(origin, "");
  }
}
