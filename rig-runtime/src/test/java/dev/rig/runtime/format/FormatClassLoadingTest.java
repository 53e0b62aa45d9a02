package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rig runs in every build: a format's library is loaded only when a file of that format is read
 * or written. Each case runs one format in a fresh class loader and lists which libraries it
 * loaded.
 */
class FormatClassLoadingTest {

  private static final Map<String, String> LIBRARIES =
      new TreeMap<>(
          Map.of(
              "jackson-core", "com.fasterxml.jackson.core.JsonFactory",
              "snakeyaml-engine", "org.snakeyaml.engine.v2.api.LoadSettings",
              "tomlj", "org.tomlj.Toml",
              "maven-artifact", "org.apache.maven.artifact.versioning.ComparableVersion"));

  @ParameterizedTest(name = "{0} loads [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "constructYaml |",
        "yaml          | snakeyaml-engine",
        "json          | jackson-core",
        "toml          | tomlj",
        "xml           |",
        "properties    |",
        "text          |"
      })
  void onlyTheFormatsOwnLibraryIsLoaded(String probe, String expected) throws Exception {
    try (Isolated loader = new Isolated()) {
      Class.forName(LazyLoadingProbe.class.getName(), true, loader).getMethod(probe).invoke(null);

      List<String> loaded = new ArrayList<>();
      LIBRARIES.forEach(
          (library, marker) -> {
            if (loader.loaded(marker)) {
              loaded.add(library);
            }
          });
      assertEquals(expected == null ? "" : expected, String.join(" ", loaded));
    }
  }

  /** Loads rig and its libraries afresh, from the test's own class path. */
  private static final class Isolated extends URLClassLoader {
    Isolated() throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath() throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(new File(entry).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    }
  }
}
