package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.ConfigRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What {@code --version} prints: rig's own version and the project whose rig runs. */
final class RigVersion {

  /** Written into every jar by Maven; absent when rig runs from a build's class folders. */
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.rig/rig-runtime/pom.properties";

  private RigVersion() {}

  static String[] lines(ConfigRegistry registry) {
    String coordinates = registry.coordinates();
    return new String[] {
      "rig " + rigVersion(),
      "project "
          + (coordinates == null || coordinates.isEmpty() ? "(coordinates unknown)" : coordinates)
          + ", package "
          + registry.packageName()
          + ", depth "
          + registry.depth()
    };
  }

  /** rig-runtime's version from its jar, else "(development build)". */
  static String rigVersion() {
    try (InputStream in = RigVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.trim();
        }
      }
    } catch (IOException e) {
      // Fall through: the version is a courtesy, not a reason to fail.
    }
    String fromManifest = RigVersion.class.getPackage().getImplementationVersion();
    return fromManifest != null ? fromManifest : "(development build)";
  }
}
