package dev.rig.runtime.junit;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.engine.ClasspathRegistries;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Hand-written registries and a way to put them on a "test classpath": a class loader whose {@code
 * META-INF/services} lists exactly the registries a test names. rig-runtime's own test resources
 * list none, so each test decides what the engine finds.
 */
final class FixtureRegistries {

  private FixtureRegistries() {}

  /**
   * The project under test: depth 2, manages {@code app.settings} and {@code config/db.settings}.
   */
  public static final class ProjectRegistry implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.example:project:1.0";
    }

    @Override
    public String packageName() {
      return "com.example.project";
    }

    @Override
    public int depth() {
      return 2;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of(
          new RegisteredConfig(
              AppConfigFile.class.getCanonicalName(),
              AppConfigFile::new,
              List.of(),
              2,
              coordinates()),
          new RegisteredConfig(
              DbConfigFile.class.getCanonicalName(),
              DbConfigFile::new,
              List.of(),
              2,
              coordinates()));
    }
  }

  /** A library the project uses: depth 1, manages nothing. */
  public static final class LibraryRegistry implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.example:library:1.0";
    }

    @Override
    public String packageName() {
      return "com.example.library";
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of();
    }
  }

  /**
   * The library after it gained a config ({@code metrics.settings}) and was reinstalled, while the
   * project's registry was not recompiled.
   */
  public static final class GrownLibraryRegistry implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.example:library:1.1";
    }

    @Override
    public String packageName() {
      return "com.example.library";
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of(
          new RegisteredConfig(
              "com.example.library.MetricsConfigFile",
              MetricsConfigFile::new,
              List.of(),
              1,
              coordinates()));
    }
  }

  /** {@code metrics.settings}: {@code enabled=true}. */
  public static final class MetricsConfigFile extends KeyValueConfigFile {
    @Override
    protected Map<String, String> configs() {
      return new java.util.LinkedHashMap<>(Map.of("enabled", "true"));
    }
  }

  /** Another library at the project's depth: with it, rig cannot tell which one is the project. */
  public static final class RivalRegistry implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.example:rival:1.0";
    }

    @Override
    public String packageName() {
      return "com.example.rival";
    }

    @Override
    public int depth() {
      return 2;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of();
    }
  }

  /** A class loader whose service file lists {@code providers}, above the test classes. */
  static ClassLoader listing(Path folder, String... providers) {
    Path services = folder.resolve("META-INF/services");
    try {
      Files.createDirectories(services);
      Files.writeString(
          services.resolve(ConfigRegistry.class.getName()),
          Arrays.stream(providers).map(name -> name + "\n").collect(Collectors.joining()));
      return new ListingOnly(folder.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads classes from the test classpath but lists only its own registries: rig-runtime's
   * defaults registry, listed on the real test classpath, would otherwise be one of the libraries.
   */
  private static final class ListingOnly extends URLClassLoader {
    private static final String SERVICES = "META-INF/services/" + ConfigRegistry.class.getName();

    ListingOnly(URL folder) {
      super(new URL[] {folder}, FixtureRegistries.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(SERVICES) ? findResources(name) : super.getResources(name);
    }
  }

  static ClassLoader listing(Path folder, Class<?>... registries) {
    return listing(folder, Arrays.stream(registries).map(Class::getName).toArray(String[]::new));
  }

  /** {@code own} resolved on a classpath that lists only it, as the engine sees it. */
  static ResolvedRegistry resolved(ConfigRegistry own) {
    try {
      return ClasspathRegistries.of(List.of(own)).resolve(own, Path.of("").toAbsolutePath());
    } catch (RigException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code action} with {@code loader} as the context class loader, as Surefire does. */
  static <T> T withContextClassLoader(ClassLoader loader, Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
