package dev.rig.bench.build;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The javac options of one module's compilation, as Maven would pass them with rig-processor in
 * {@code annotationProcessorPaths}: release 17, the class path, the processor path (or
 * {@code -proc:none}) and the processor's {@code -A} options.
 */
public final class JavacOptions {

  private JavacOptions() {}

  /**
   * @param processorPath rig-processor and its dependencies, or empty to compile with
   *     {@code -proc:none}
   * @param packageName {@code -Arig.package}, or null to let the processor take the common
   *     package of the sources
   * @param javacFeature the feature version of the javac that will run: from 21 on an explicit
   *     {@code -proc:full} keeps processing on whatever the default becomes
   */
  public static List<String> of(
      List<Path> classPath,
      List<Path> processorPath,
      Path outputDir,
      String packageName,
      String coordinates,
      int javacFeature) {
    List<String> options = new ArrayList<>();
    options.add("--release");
    options.add("17");
    options.add("-encoding");
    options.add("UTF-8");
    options.add("-nowarn");
    options.add("-implicit:none");
    options.add("-d");
    options.add(outputDir.toString());
    options.add("-classpath");
    options.add(join(classPath));
    if (processorPath.isEmpty()) {
      options.add("-proc:none");
    } else {
      options.add("-processorpath");
      options.add(join(processorPath));
      if (javacFeature >= 21) {
        options.add("-proc:full");
      }
      if (packageName != null) {
        options.add("-Arig.package=" + packageName);
      }
      options.add("-Arig.coordinates=" + coordinates);
    }
    return options;
  }

  public static String join(List<Path> paths) {
    List<String> parts = new ArrayList<>();
    paths.forEach(path -> parts.add(path.toString()));
    return String.join(File.pathSeparator, parts);
  }
}
