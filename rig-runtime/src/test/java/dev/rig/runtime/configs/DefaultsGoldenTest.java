package dev.rig.runtime.configs;

import dev.rig.runtime.ConfigFile;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each default, rendered for the fixed auth-service project, is its golden file byte for byte. */
class DefaultsGoldenTest {

  @TempDir Path folder;

  static Stream<Arguments> defaults() {
    return DefaultConfigs.all().stream()
        .map(factory -> Arguments.of(factory.get().getClass().getSimpleName(), factory));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void rendersItsGolden(String name, Supplier<ConfigFile<?>> factory) {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    Goldens.assertMatches(name + ".golden", fixture.render(factory.get()));
  }
}
