package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurefireVersionTest {

  @Test
  void outsideSurefireAndUnderSurefire3RigIsSure() {
    assertThat(SurefireVersion.whyNotSure(Optional.empty())).isEmpty();
    assertThat(SurefireVersion.whyNotSure(Optional.of("3.5.3"))).isEmpty();
    assertThat(SurefireVersion.whyNotSure(Optional.of("3.0.0-M4"))).isEmpty();
  }

  @Test
  void underAnotherSurefireRigWritesNothingAndSaysWhy() {
    assertThat(SurefireVersion.whyNotSure(Optional.of("2.22.2"))).get().asString()
        .startsWith("this build runs maven-surefire-plugin 2.22.2, under which rig cannot be sure")
        .contains("so it wrote nothing", "Pin maven-surefire-plugin 3.5.4");
    assertThat(SurefireVersion.whyNotSure(Optional.of("4.0.0-M1"))).isPresent();
  }

  @Test
  void theVersionComesFromSurefireApiOnTheClasspath() {
    // rig-runtime's own tests run under Surefire 3.5.4.
    assertThat(SurefireVersion.of(Thread.currentThread().getContextClassLoader()))
        .hasValueSatisfying(version -> assertThat(version).startsWith("3."));
  }
}
