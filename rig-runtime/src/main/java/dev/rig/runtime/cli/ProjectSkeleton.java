package dev.rig.runtime.cli;

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
 * own check. Existing sources are never touched: the main class is written only when {@code
 * src/main/java} holds no Java source, the test only when {@code src/test/java} holds none.
 */
final class ProjectSkeleton {

  private static final String TEMPLATES = "/dev/rig/runtime/cli/templates/";

  private final Path root;
  private final String packageName;
  private final String projectName;

  ProjectSkeleton(Path root, String packageName, String projectName) {
    this.root = root;
    this.packageName = packageName;
    this.projectName = projectName;
  }

  /**
   * Writes the files that are missing.
   *
   * @return the paths written, relative to the root with {@code /} separators
   */
  List<String> write() throws IOException {
    List<String> written = new ArrayList<>();
    writeUnlessSources("src/main/java", "App.java", written);
    writeUnlessSources("src/test/java", "AppTest.java", written);
    return written;
  }

  /**
   * The files {@link #write()} would write now, written nothing.
   *
   * @return the paths, relative to the root with {@code /} separators
   */
  List<String> planned() throws IOException {
    List<String> planned = new ArrayList<>();
    for (String[] skeleton : List.of(
        new String[] {"src/main/java", "App.java"}, new String[] {"src/test/java", "AppTest.java"})) {
      String relative = relative(skeleton[0], skeleton[1]);
      if (!hasJavaSources(root.resolve(skeleton[0])) && !Files.exists(root.resolve(relative))) {
        planned.add(relative);
      }
    }
    return planned;
  }

  private String relative(String sourceRoot, String fileName) {
    return sourceRoot + "/" + packageName.replace('.', '/') + "/" + fileName;
  }

  private void writeUnlessSources(String sourceRoot, String fileName, List<String> written)
      throws IOException {
    Path folder = root.resolve(sourceRoot);
    if (hasJavaSources(folder)) {
      return;
    }
    String relative = relative(sourceRoot, fileName);
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    try {
      // CREATE_NEW: should a file appear meanwhile, it is the user's and stays as it is.
      Files.writeString(
          file, render(fileName), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      written.add(relative);
    } catch (FileAlreadyExistsException e) {
      // Not ours to replace.
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
        .replace("{{name}}", projectName);
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
