package dev.rig.runtime.configs.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions rig's defaults pin: rig's own (written by rig's build into {@code
 * dev/rig/runtime/configs/versions.properties}, so a released rig-runtime requires its own release
 * of rig-processor) and those of the libraries and plugins its default pom uses. One file, so that
 * a version bump is one line.
 */
public final class RigVersions {

  private static final String RESOURCE = "/dev/rig/runtime/configs/versions.properties";
  private static final Properties VERSIONS = load();

  private RigVersions() {}

  /** rig's own version: the version of rig-runtime and rig-processor a project uses. */
  public static String rig() {
    return get("rig");
  }

  /**
   * The pinned version of a library or plugin, by the key in {@code versions.properties}: {@code
   * junit-jupiter}, {@code maven-compiler-plugin}, {@code jacoco-maven-plugin}, ...
   *
   * @throws IllegalArgumentException for a key the file does not have
   */
  public static String get(String key) {
    String version = VERSIONS.getProperty(key);
    if (version == null || version.isBlank() || version.startsWith("${")) {
      throw new IllegalArgumentException(
          "rig-runtime has no version for '"
              + key
              + "' in "
              + RESOURCE
              + "; the file is written by rig's build (resource filtering): rebuild rig-runtime");
    }
    return version.strip();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = RigVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from rig-runtime: rebuild it");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
