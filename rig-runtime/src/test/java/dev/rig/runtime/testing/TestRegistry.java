package dev.rig.runtime.testing;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Contribution;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RegisteredContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A registry built in a test, as rig-processor would generate one. */
public class TestRegistry implements ConfigRegistry {

  private final List<RegisteredConfig> configs = new ArrayList<>();
  private final List<RegisteredContribution> contributions = new ArrayList<>();
  private String coordinates = "com.acme:service-base:1.4.0";
  private String packageName = "com.acme.base";
  private int depth = 1;

  TestRegistry() {}

  public static TestRegistry create() {
    return new TestRegistry();
  }

  /** A leaf named {@code className} (as the registry lists it) made by {@code factory}. */
  public TestRegistry add(String className, Supplier<? extends ConfigFile<?>> factory) {
    return add(className, factory, List.of(), 1, coordinates);
  }

  public TestRegistry add(
      String className,
      Supplier<? extends ConfigFile<?>> factory,
      List<String> overrides,
      int depth,
      String origin) {
    configs.add(new RegisteredConfig(className, factory, overrides, depth, origin));
    return this;
  }

  /** A contribution named {@code className} to {@code target}, declared at {@code depth}. */
  public TestRegistry contribute(
      String className,
      Supplier<? extends Contribution<?>> factory,
      String target,
      List<String> replaces,
      int depth,
      String origin) {
    contributions.add(
        new RegisteredContribution(className, factory, target, replaces, depth, origin));
    return this;
  }

  /** A key=value file at {@code path} that requires {@code pairs}. */
  public TestRegistry keyValue(String className, String path, Map<String, String> pairs) {
    return add(className, () -> new KeyValueFile(path, pairs));
  }

  public TestRegistry coordinates(String coordinates) {
    this.coordinates = coordinates;
    return this;
  }

  public TestRegistry packageName(String packageName) {
    this.packageName = packageName;
    return this;
  }

  public TestRegistry depth(int depth) {
    this.depth = depth;
    return this;
  }

  /**
   * The registries of the libraries this registry's leaves come from, as their jars would list
   * them: one per origin and depth other than this project's, each declaring its leaves.
   */
  public List<ConfigRegistry> libraries() {
    Map<String, TestRegistry> byOrigin = new java.util.TreeMap<>();
    for (RegisteredConfig config : configs) {
      if (config.depth() == depth) {
        continue;
      }
      byOrigin
          .computeIfAbsent(config.depth() + " " + config.origin(),
              key -> new Library().coordinates(config.origin()).depth(config.depth()))
          .configs.add(config);
    }
    for (RegisteredContribution contribution : contributions) {
      if (contribution.depth() == depth) {
        continue;
      }
      byOrigin
          .computeIfAbsent(contribution.depth() + " " + contribution.origin(),
              key -> new Library().coordinates(contribution.origin()).depth(contribution.depth()))
          .contributions.add(contribution);
    }
    return List.copyOf(byOrigin.values());
  }

  /** A library's registry: a class of its own, as each library has. */
  private static final class Library extends TestRegistry {}

  @Override
  public String coordinates() {
    return coordinates;
  }

  @Override
  public String packageName() {
    return packageName;
  }

  @Override
  public int depth() {
    return depth;
  }

  @Override
  public List<RegisteredConfig> configs() {
    return List.copyOf(configs);
  }

  @Override
  public List<RegisteredContribution> contributions() {
    return List.copyOf(contributions);
  }
}
