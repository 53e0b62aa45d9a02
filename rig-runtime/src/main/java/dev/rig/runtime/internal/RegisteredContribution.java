package dev.rig.runtime.internal;

import dev.rig.runtime.Contribution;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One {@link Contribution} of a {@link ConfigRegistry}.
 *
 * @param className canonical name of the contribution class
 * @param factory makes a new instance of it (a constructor reference, never reflection)
 * @param target canonical name of the config it adds to; it applies to the leaf that is, or
 *     overrides, that config
 * @param replaces canonical names of the contributions its {@code @RigConfig(replaces = ...)}
 *     names: those are not applied where this one is
 * @param depth depth of the module that declared it
 * @param origin {@code groupId:artifactId:version} of that module, or empty when unknown
 */
public record RegisteredContribution(
    String className,
    Supplier<? extends Contribution<?>> factory,
    String target,
    List<String> replaces,
    int depth,
    String origin) {

  public RegisteredContribution {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(target, "target");
    replaces = List.copyOf(replaces);
    origin = Objects.requireNonNullElse(origin, "");
  }

  /** Whether it applies to {@code leaf}: the leaf is its target or overrides it. */
  public boolean appliesTo(RegisteredConfig leaf) {
    return leaf.className().equals(target) || leaf.overrides().contains(target);
  }
}
