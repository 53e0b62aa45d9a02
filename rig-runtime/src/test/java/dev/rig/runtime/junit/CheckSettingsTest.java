package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSettingsTest {

  private static final Map<String, String> JVM = Map.of("user.dir", "/work/project");

  @Test
  void defaultsToSyncingTheWorkingDirectory() {
    CheckSettings settings = read(Map.of(), JVM);

    assertThat(settings.skip()).isFalse();
    assertThat(settings.mode()).isEqualTo(CheckMode.SYNC);
    assertThat(settings.root()).isEqualTo(Path.of("/work/project"));
  }

  @Test
  void mavensBasedirWinsOverTheWorkingDirectory() {
    CheckSettings settings = read(Map.of(), Map.of("user.dir", "/work", "basedir", "/work/module"));

    assertThat(settings.root()).isEqualTo(Path.of("/work/module"));
  }

  @Test
  void rigRootWinsOverBasedir() {
    CheckSettings settings =
        read(
            Map.of("rig.root", "/elsewhere"),
            Map.of("user.dir", "/work", "basedir", "/work/module"));

    assertThat(settings.root()).isEqualTo(Path.of("/elsewhere"));
  }

  @Test
  void aRelativeRootIsAbsoluteAndNormal() {
    CheckSettings settings = read(Map.of("rig.root", "a/../b"), JVM);

    assertThat(settings.root()).isEqualTo(Path.of("b").toAbsolutePath());
  }

  @Test
  void readsSkipAndModeFromParameters() {
    CheckSettings settings = read(Map.of("rig.check.skip", "true", "rig.check.mode", "check"), JVM);

    assertThat(settings.skip()).isTrue();
    assertThat(settings.mode()).isEqualTo(CheckMode.CHECK);
  }

  @Test
  void fallsBackToSystemProperties() {
    CheckSettings settings =
        read(
            Map.of(),
            Map.of("user.dir", "/w", "rig.check.skip", "TRUE", "rig.check.mode", "Check"));

    assertThat(settings.skip()).isTrue();
    assertThat(settings.mode()).isEqualTo(CheckMode.CHECK);
  }

  @Test
  void aParameterWinsOverASystemProperty() {
    CheckSettings settings =
        read(Map.of("rig.check.skip", "false"), Map.of("user.dir", "/w", "rig.check.skip", "true"));

    assertThat(settings.skip()).isFalse();
  }

  @Test
  void anEmptySkipMeansNotSkipped() {
    assertThat(read(Map.of("rig.check.skip", ""), JVM).skip()).isFalse();
  }

  @Test
  void rejectsAModeItDoesNotKnow() {
    assertThatThrownBy(() -> read(Map.of("rig.check.mode", "fix"), JVM))
        .isInstanceOf(RigCheckError.class)
        .hasMessage("rig.check.mode must be 'sync' or 'check', but is 'fix'.");
  }

  @Test
  void rejectsASkipValueThatIsNotABoolean() {
    assertThatThrownBy(() -> read(Map.of("rig.check.skip", "yes"), JVM))
        .isInstanceOf(RigCheckError.class)
        .hasMessage("rig.check.skip must be 'true' or 'false', but is 'yes'.");
  }

  @Test
  void refusesARootThatIsNotADirectory(@TempDir Path temp) {
    Path missing = temp.resolve("no-such-project");
    CheckSettings settings = read(Map.of("rig.root", missing.toString()), JVM);

    assertThatThrownBy(settings::existingRoot)
        .isInstanceOf(RigCheckError.class)
        .hasMessageStartingWith(
            "The project root " + missing + " is not a directory. Set rig.root");
  }

  private static CheckSettings read(Map<String, String> parameters, Map<String, String> system) {
    Function<String, Optional<String>> lookup = key -> Optional.ofNullable(parameters.get(key));
    return CheckSettings.read(lookup, system::get);
  }
}
