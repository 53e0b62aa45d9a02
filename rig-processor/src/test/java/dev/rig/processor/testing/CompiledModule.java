package dev.rig.processor.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The real output of a compilation on disk, as a build tool leaves it: what a later compilation
 * of a dependent project has on its classpath.
 *
 * @param classes the class output folder (classes, markers, resources)
 * @param generatedSources the generated source folder
 */
public record CompiledModule(Path classes, Path generatedSources) {

  /** The class folder, as a classpath entry. */
  public File folder() {
    return classes.toFile();
  }

  /** The class folder packed into a jar next to it, as a classpath entry. */
  public File jar() {
    Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jarOut.putNextEntry(
            new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar.toFile();
  }

  /** Paths of every file in the class output, relative to it, sorted. */
  public List<String> classOutputFiles() {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
