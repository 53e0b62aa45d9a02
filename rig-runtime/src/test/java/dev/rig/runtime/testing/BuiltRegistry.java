package dev.rig.runtime.testing;

import dev.rig.runtime.configs.RigRegistry;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's registry as its test compilation generates it without {@code -Arig.coordinates}: no
 * coordinates, rig's defaults one level down. {@link #compiledInto} puts its class file in a build
 * output folder and loads it from there, as a build tool's class loader does. A subclass that
 * names coordinates is the same registry compiled with {@code -Arig.coordinates}.
 */
public class BuiltRegistry implements ConfigRegistry {

  private static final String SERVICES = "META-INF/services/" + ConfigRegistry.class.getName();

  @Override
  public String coordinates() {
    return "";
  }

  @Override
  public String packageName() {
    return "com.acme.auth";
  }

  @Override
  public int depth() {
    return 1;
  }

  @Override
  public List<RegisteredConfig> configs() {
    return new RigRegistry().configs();
  }

  /**
   * A class loader that loads this registry from {@code folder} (its class file copied there) and
   * lists it, with {@code others} (loaded from the test classpath), in the folder's service file.
   */
  @SafeVarargs
  public static ClassLoader compiledInto(Path folder, Class<? extends ConfigRegistry>... others)
      throws IOException {
    String file = BuiltRegistry.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(folder.resolve(file).getParent());
    try (InputStream in = BuiltRegistry.class.getClassLoader().getResourceAsStream(file)) {
      Files.write(folder.resolve(file), in.readAllBytes());
    }
    StringBuilder listed = new StringBuilder(BuiltRegistry.class.getName()).append('\n');
    for (Class<? extends ConfigRegistry> other : others) {
      listed.append(other.getName()).append('\n');
    }
    Files.createDirectories(folder.resolve(SERVICES).getParent());
    Files.writeString(folder.resolve(SERVICES), listed);
    ClassLoader parent = BuiltRegistry.class.getClassLoader();
    return new URLClassLoader(new URL[] {folder.toUri().toURL()}, parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(BuiltRegistry.class.getName())) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name);
        }
      }

      @Override
      public java.util.Enumeration<URL> getResources(String name) throws IOException {
        // Only the folder's service file: the test classpath lists rig's own registries too.
        return SERVICES.equals(name) ? findResources(name) : super.getResources(name);
      }
    };
  }
}
