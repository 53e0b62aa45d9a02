package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.ConfigRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * A classpath whose {@code META-INF/services} lists exactly the given library registries (and not
 * rig-runtime's defaults registry, which the real test classpath lists), as a project's jars would.
 */
final class LibraryClasspath extends URLClassLoader {

  private static final String SERVICES = "META-INF/services/" + ConfigRegistry.class.getName();

  private LibraryClasspath(URL folder) {
    super(new URL[] {folder}, LibraryClasspath.class.getClassLoader());
  }

  @SafeVarargs
  static ClassLoader listing(Path folder, Class<? extends ConfigRegistry>... registries)
      throws IOException {
    Path services = folder.resolve(SERVICES);
    Files.createDirectories(services.getParent());
    StringBuilder listed = new StringBuilder();
    for (Class<? extends ConfigRegistry> registry : registries) {
      listed.append(registry.getName()).append('\n');
    }
    Files.writeString(services, listed);
    return new LibraryClasspath(folder.toUri().toURL());
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(SERVICES) ? findResources(name) : super.getResources(name);
  }
}
