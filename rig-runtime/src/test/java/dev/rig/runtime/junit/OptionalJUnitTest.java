package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * junit-platform-engine is an optional dependency of rig-runtime: a project that runs RigMain
 * without JUnit on its classpath must never load a JUnit class. Only the engine's own classes in
 * this package may refer to one; the rest, such as {@code SurefireGap} in the command line, which
 * RigMain calls, must not.
 */
class OptionalJUnitTest {

  @Test
  void onlyTheEngineReferencesJUnit() throws IOException, URISyntaxException {
    Path classes =
        Path.of(RigTestEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String engineFolder = "dev/rig/runtime/junit/";

    List<String> checked;
    try (Stream<Path> files = Files.walk(classes)) {
      checked =
          files
              .filter(file -> file.toString().endsWith(".class"))
              .map(file -> classes.relativize(file).toString().replace('\\', '/'))
              .filter(name -> !name.startsWith(engineFolder))
              .toList();
    }
    List<String> offenders =
        checked.stream().filter(name -> refersToJUnit(classes.resolve(name))).toList();

    assertThat(checked)
        .contains(
            "dev/rig/runtime/ConfigFile.class", "dev/rig/runtime/internal/cli/SurefireGap.class");
    assertThat(offenders).isEmpty();
  }

  private static boolean refersToJUnit(Path classFile) {
    try {
      // Class names in the constant pool are stored as modified UTF-8, plain ASCII here.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("org/junit/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
