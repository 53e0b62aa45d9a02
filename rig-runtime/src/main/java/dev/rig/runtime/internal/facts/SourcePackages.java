package dev.rig.runtime.internal.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package that holds every main source of a project: where rig-processor generates the
 * project's {@code RigMain} when {@code -Arig.package} is not set (the longest package that
 * contains every source of the compilation).
 */
public final class SourcePackages {

  private static final Pattern PACKAGE =
      Pattern.compile(
          "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;",
          Pattern.MULTILINE);

  private static final Pattern RIG_CONFIG =
      Pattern.compile("@(?:dev\\.rig\\.annotations\\.)?RigConfig\\b");

  private SourcePackages() {}

  /**
   * Whether any {@code .java} file under {@code src/main/java} is annotated {@code @RigConfig}: the
   * project is a library of standards (a base), whose config classes are its main code and need
   * rig-runtime to compile; a service keeps its own config classes with its tests.
   */
  public static boolean declareConfigs(Path root) {
    Path sources = root.resolve("src").resolve("main").resolve("java");
    if (!Files.isDirectory(sources)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
        if (RIG_CONFIG.matcher(readLenient(file)).find()) {
          return true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  /** The text of a source file, or empty when it is not UTF-8 (it is not one of rig's, then). */
  private static String readLenient(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      return "";
    }
  }

  /**
   * The longest package containing every {@code .java} file under {@code src/main/java}, by the
   * files' package declarations; empty when there are no sources or they share no package.
   */
  public static Optional<String> commonPackage(Path root) {
    Path sources = root.resolve("src").resolve("main").resolve("java");
    if (!Files.isDirectory(sources)) {
      return Optional.empty();
    }
    List<String> common = null;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
        List<String> segments = declaredPackage(file);
        common = common == null ? segments : commonPrefix(common, segments);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return common == null || common.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(".", common));
  }

  private static List<String> declaredPackage(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Not UTF-8: its folder says the package just as well.
      return List.of();
    }
    Matcher matcher = PACKAGE.matcher(text);
    return matcher.find()
        ? Arrays.asList(matcher.group(1).replaceAll("\\s", "").split("\\."))
        : List.of();
  }

  private static List<String> commonPrefix(List<String> a, List<String> b) {
    List<String> prefix = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i)); i++) {
      prefix.add(a.get(i));
    }
    return prefix;
  }
}
