package dev.rig.runtime.internal.cli;

import dev.rig.runtime.internal.facts.SourcePackages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source skeleton {@code init} gives a project: a main class and its test in the project's
 * package, so that the first {@code mvn verify} compiles, tests, measures coverage and runs rig's
 * own check. The two are a pair, written only when {@code src/main/java} holds no Java source: the
 * test calls the main class, so it would not compile next to sources of the user's, and the main
 * class without it would be below the coverage minimum. Existing files are never touched: the test
 * is written beside tests already in {@code src/test/java}, never over one.
 *
 * <p>A library of standards (a base other projects depend on for their configs) gets a first
 * config class in {@code src/main/java} instead, when none of its main sources is a config class:
 * its config classes are its main code, which is what makes rig's default pom treat it as a
 * library. It has no main class; rig's own check, in its test run, runs its configs. The first
 * config class overrides the pom's config of the base and changes nothing yet, so that the
 * library's first build is in sync: a config of a new file would be created by that build's check,
 * which then fails.
 */
final class ProjectSkeleton {

  private static final String TEMPLATES = "/dev/rig/runtime/internal/cli/templates/";

  private final Path root;
  private final String packageName;
  private final String projectName;
  private final String pomConfig;

  /** The skeleton of a service. */
  ProjectSkeleton(Path root, String packageName, String projectName) {
    this(root, packageName, projectName, null);
  }

  /**
   * @param pomConfig for a library of standards, the class name of the config of {@code pom.xml}
   *     its base runs, which its first config class extends; {@code null} for a service
   */
  ProjectSkeleton(Path root, String packageName, String projectName, String pomConfig) {
    this.root = root;
    this.packageName = packageName;
    this.projectName = projectName;
    this.pomConfig = pomConfig;
  }

  /**
   * Writes the files that are missing.
   *
   * @return the paths written, relative to the root with {@code /} separators
   */
  List<String> write() throws IOException {
    return files(true);
  }

  /**
   * The files {@link #write()} would write now; writes nothing.
   *
   * @return the paths, relative to the root with {@code /} separators
   */
  List<String> planned() throws IOException {
    return files(false);
  }

  private List<String> files(boolean write) throws IOException {
    List<String> files = new ArrayList<>();
    if (pomConfig != null) {
      if (!SourcePackages.declareConfigs(root)) {
        place("src/main/java", "PomConfigFile.java", write, files);
      }
      return files;
    }
    if (hasJavaSources(root.resolve("src/main/java"))) {
      return files;
    }
    if (place("src/main/java", "App.java", write, files)) {
      place("src/test/java", "AppTest.java", write, files);
    }
    return files;
  }

  /**
   * Writes the file unless it exists (or, without {@code write}, only tells whether it would);
   * whether it was (would be) written.
   */
  private boolean place(String sourceRoot, String fileName, boolean write, List<String> files)
      throws IOException {
    String relative = sourceRoot + "/" + packageName.replace('.', '/') + "/" + fileName;
    Path file = root.resolve(relative);
    if (!write) {
      if (Files.exists(file)) {
        return false;
      }
      files.add(relative);
      return true;
    }
    Files.createDirectories(file.getParent());
    try {
      // CREATE_NEW: should a file appear meanwhile, it is the user's and stays as it is.
      Files.writeString(
          file, render(fileName), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      files.add(relative);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false; // not ours to replace
    }
  }

  private static boolean hasJavaSources(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(path -> path.getFileName().toString().endsWith(".java"));
    }
  }

  private String render(String fileName) {
    return template(fileName + ".template")
        .replace("{{package}}", packageName)
        .replace("{{name}}", projectName)
        .replace("{{base}}", pomConfig == null ? "" : pomConfig);
  }

  private static String template(String name) {
    try (InputStream in = ProjectSkeleton.class.getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException(TEMPLATES + name + " is missing from rig-runtime");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
