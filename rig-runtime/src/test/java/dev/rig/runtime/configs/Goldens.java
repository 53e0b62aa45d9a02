package dev.rig.runtime.configs;

import dev.rig.runtime.configs.facts.RigVersions;

/**
 * Golden files of the defaults under {@code src/test/resources/goldens/configs/} (see {@link
 * dev.rig.runtime.testing.Goldens}).
 *
 * <p>rig's own version and the JUnit version change with rig's build, not with a default, so
 * goldens hold {@code @rig.version@} and {@code @junit.version@} in their place.
 */
final class Goldens {

  private Goldens() {}

  static void assertMatches(String goldenName, String actual) {
    String normalized =
        actual
            .replace(RigVersions.rig(), "@rig.version@")
            .replace(RigVersions.get("junit-jupiter"), "@junit.version@");
    dev.rig.runtime.testing.Goldens.assertMatches("configs", goldenName, normalized);
  }
}
