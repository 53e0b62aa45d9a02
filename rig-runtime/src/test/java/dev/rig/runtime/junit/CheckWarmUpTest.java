package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal an engine starts before any discovery knows no configuration parameters yet: it
 * reads the settings as the platform would, from system properties and then from {@code
 * junit-platform.properties}, so that a build that turns the check off there pays for no rehearsal.
 */
class CheckWarmUpTest {

  @TempDir Path classes;

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty("rig.check.mode");
  }

  @Test
  void earlySettingsComeFromTheTestClassPathsPlatformPropertiesAfterSystemProperties()
      throws IOException {
    Files.writeString(
        classes.resolve("junit-platform.properties"),
        "rig.check.skip=true\nrig.check.mode=check\n");
    System.setProperty("rig.check.mode", "sync");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Function<String, Optional<String>> settings = CheckWarmUp.platformProperties(loader);

      assertThat(settings.apply("rig.check.skip")).contains("true");
      assertThat(settings.apply("rig.check.mode")).contains("sync");
      assertThat(settings.apply("rig.root")).isEmpty();
      assertThat(CheckSettings.read(settings, System::getProperty).skip()).isTrue();
    }
  }
}
