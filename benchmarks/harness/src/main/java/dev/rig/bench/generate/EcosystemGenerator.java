package dev.rig.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes synthetic ecosystems: chains of modules where each one depends on the one below, declares
 * configs of its own and overrides some of the configs below it, as service-base does with rig's
 * defaults and auth-service with service-base. Same inputs, same sources, byte for byte.
 */
public final class EcosystemGenerator {

  /** Half YAML, the rest spread over the other formats, as an organisation's files are. */
  public static final List<Format> REALISTIC_MIX =
      List.of(
          Format.YAML, Format.JSON, Format.YAML, Format.TOML,
          Format.YAML, Format.PROPERTIES, Format.YAML, Format.TEXT);

  private static final int FILES_PER_FOLDER = 100;

  private final List<Format> formats;

  public EcosystemGenerator(List<Format> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * A chain of {@code depth} modules named {@code prefix1..prefixN} in packages
   * {@code bench.prefix1..}. Each declares {@code configsPerModule} configs, of which
   * {@code overridesPerModule} (from the second module on) override configs of the module below,
   * always the same ones, so that those override chains are as long as the module chain.
   */
  public List<ModuleSpec> chain(String prefix, int depth, int configsPerModule, int overridesPerModule) {
    List<ModuleSpec> modules = new ArrayList<>();
    List<ConfigSpec> below = List.of();
    for (int level = 1; level <= depth; level++) {
      ModuleSpec module = module(prefix + level, "bench." + prefix + level, configsPerModule, below, overridesPerModule);
      modules.add(module);
      below = module.leaves();
    }
    return modules;
  }

  /**
   * One module with {@code count} configs; the first {@code overrides} of them override the first
   * configs of {@code below} (fewer when {@code below} is smaller), the others are its own.
   */
  public ModuleSpec module(String name, String packageName, int count, List<ConfigSpec> below, int overrides) {
    int overriding = Math.min(overrides, below.size());
    List<ConfigSpec> configs = new ArrayList<>();
    for (int i = 0; i < overriding; i++) {
      ConfigSpec parent = below.get(i);
      configs.add(
          new ConfigSpec(packageName, parent.simpleName(), parent.format(), parent.folder(), Optional.of(parent)));
    }
    for (int i = overriding; i < count; i++) {
      Format format = formats.get(i % formats.size());
      String simpleName = String.format("%sN%04dConfigFile", capitalize(name), i);
      String folder = "conf/" + name + "/g" + (i / FILES_PER_FOLDER);
      configs.add(new ConfigSpec(packageName, simpleName, format, folder, Optional.empty()));
    }
    return new ModuleSpec(name, packageName, configs);
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
