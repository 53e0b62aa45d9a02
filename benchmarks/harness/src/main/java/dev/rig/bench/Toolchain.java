package dev.rig.bench;

import dev.rig.bench.measure.BenchmarkFailure;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the spawned processes run with: the {@code java} binary and the class paths that
 * {@code run.sh} had Maven write (each rig module's own dependencies, nothing of the harness).
 *
 * @param java the {@code java} launcher every timed process uses (the harness's own by default)
 * @param javaFeature its feature version (17, 21, 25)
 * @param runtimeClassPath rig-runtime and its dependencies: what a generated RigMain needs
 * @param processorPath rig-processor and its dependencies
 * @param junitClassPath JUnit Jupiter and the platform launcher, without rig
 * @param harnessJar this harness's classes (the probes)
 * @param extraJdk a second JDK of feature 25 or newer, for the AOT-cache experiment, if one is
 *     installed
 * @param examples the repository's {@code examples/} folder (the seed's ecosystem), which may not
 *     exist yet
 */
public record Toolchain(
    Path java,
    int javaFeature,
    List<Path> runtimeClassPath,
    List<Path> processorPath,
    List<Path> junitClassPath,
    Path harnessJar,
    Optional<Path> extraJdk,
    Path examples) {

  /** Reads the class path files under {@code benchmarks/classpath/}. */
  public static Toolchain load(Path benchmarksDir, Path java, int javaFeature, Optional<Path> extraJdk) {
    Path classpaths = benchmarksDir.resolve("classpath");
    List<Path> runtime = new ArrayList<>(readClassPath(classpaths.resolve("runtime")));
    List<Path> processor = new ArrayList<>(readClassPath(classpaths.resolve("processor")));
    return new Toolchain(
        java,
        javaFeature,
        runtime,
        processor,
        readClassPath(classpaths.resolve("junit")),
        ownLocation(),
        extraJdk,
        benchmarksDir.getParent().resolve("examples"));
  }

  private static List<Path> readClassPath(Path module) {
    Path file = module.resolve("target/classpath.txt");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      List<Path> paths = new ArrayList<>();
      for (String part : text.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          paths.add(Path.of(part));
        }
      }
      return List.copyOf(paths);
    } catch (IOException e) {
      throw new BenchmarkFailure("cannot read " + file + ": build the benchmarks with run.sh first");
    }
  }

  private static Path ownLocation() {
    try {
      return Path.of(Toolchain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JDK's {@code java} next to a given {@code JAVA_HOME}. */
  public static Path javaIn(Path javaHome) {
    return javaHome.resolve("bin/java");
  }

  /** Feature version of a {@code java} launcher, from the {@code release} file of its JDK. */
  public static int featureOf(Path java) {
    Path release = java.toAbsolutePath().getParent().getParent().resolve("release");
    try {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no JAVA_VERSION in " + release);
  }
}
