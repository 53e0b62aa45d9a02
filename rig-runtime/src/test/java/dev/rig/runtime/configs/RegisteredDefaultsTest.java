package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Project;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** rig-processor registers every default, and no two defaults claim one file. */
class RegisteredDefaultsTest {

  @Test
  void theGeneratedRegistryListsEveryDefaultAtDepthZero() {
    RigRegistry registry = new RigRegistry();
    List<String> registered =
        registry.configs().stream().map(RegisteredConfig::className).sorted().toList();
    List<String> expected =
        DefaultConfigs.all().stream()
            .map(factory -> factory.get().getClass().getName())
            .sorted()
            .toList();
    assertEquals(expected, registered);
    assertEquals(0, registry.depth());
    assertTrue(registry.coordinates().startsWith("dev.rig:rig-runtime:"), registry.coordinates());
  }

  @Test
  void everyDefaultHasItsOwnFile() {
    Set<Path> paths = new HashSet<>();
    for (Supplier<ConfigFile<?>> factory : DefaultConfigs.all()) {
      Path path =
          RuntimeAccess.get()
              .relativePath(factory.get().attach(Project.bare(Path.of("project"), "", 1)));
      assertTrue(paths.add(path), path + " is claimed twice");
    }
  }
}
