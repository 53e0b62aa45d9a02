package dev.rig.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One synthetic module of an ecosystem: a library or service whose sources hold config classes.
 *
 * @param name short name, also the owner written into its configs' content
 * @param packageName the module's package, where rig-processor generates its registry
 * @param configs its config classes
 */
public record ModuleSpec(String name, String packageName, List<ConfigSpec> configs) {

  public ModuleSpec {
    configs = List.copyOf(configs);
  }

  /** Writes one {@code .java} file per config under {@code sourceRoot} and returns their paths. */
  public List<Path> writeSources(Path sourceRoot) {
    List<Path> written = new ArrayList<>();
    try {
      for (ConfigSpec config : configs) {
        Path file =
            sourceRoot.resolve(config.packageName().replace('.', '/')).resolve(config.simpleName() + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, config.source(name), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /** The configs nothing in this module overrides: what a module on top of it can extend. */
  public List<ConfigSpec> leaves() {
    return configs;
  }

  public long overrideCount() {
    return configs.stream().filter(config -> config.parent().isPresent()).count();
  }
}
