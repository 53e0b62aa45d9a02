package dev.rig.bench.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packs a class folder into a jar, as {@code mvn package} would: classes and resources, not the
 * sources that annotation processors generated. Timed processes run from jars:
 * that is how a service sees its libraries, and class-data sharing archives only classes from jars.
 */
public final class Jars {

  private Jars() {}

  public static Path pack(Path classesDir, Path jar) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try {
      Files.createDirectories(jar.getParent());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(classesDir)) {
        // Without -s, javac writes generated sources next to the classes. Maven passes -s
        // target/generated-sources/annotations, so its jars hold none; a later compilation that
        // finds a source next to a class of the same age parses the source instead.
        files = walk.filter(Files::isRegularFile)
            .filter(file -> !file.toString().endsWith(".java"))
            .sorted()
            .toList();
      }
      try (OutputStream out = Files.newOutputStream(jar);
          JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
        for (Path file : files) {
          String name = classesDir.relativize(file).toString().replace('\\', '/');
          JarEntry entry = new JarEntry(name);
          entry.setTime(0);
          jarOut.putNextEntry(entry);
          Files.copy(file, jarOut);
          jarOut.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
