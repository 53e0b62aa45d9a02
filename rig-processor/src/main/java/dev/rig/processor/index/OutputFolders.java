package dev.rig.processor.index;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Where a marker of the classpath sits relative to this compilation's own output folder: in it
 * (left by an earlier, incremental build of this very module), in the main output folder beside it
 * (this is the module's test compilation, and the marker is the module's own), or elsewhere (a
 * dependency).
 *
 * <p>A test compilation is told apart from a downstream module by the layout every build tool
 * gives the two output folders of one module, not by packages or {@code -A} options, which may
 * differ between the two compilations or be missing from either:
 *
 * <ul>
 *   <li>Maven: {@code target/test-classes} beside {@code target/classes};
 *   <li>Gradle and Eclipse Buildship: {@code build/classes/java/test} (or any source set named like
 *       a test: {@code integrationTest}) beside {@code build/classes/java/main}, {@code bin/test}
 *       beside {@code bin/main};
 *   <li>IntelliJ IDEA's own build: {@code out/test/<module>} beside {@code
 *       out/production/<module>}.
 * </ul>
 *
 * <p>Only the file system around the output folder is looked at, and only for the marker names
 * javac already found on the classpath; nothing of the path goes into generated code, so jars stay
 * the same on every machine.
 */
public final class OutputFolders {

  /** Where a marker was found. */
  public enum Place {
    /** This compilation's own output folder: this module's earlier build. */
    OWN_OUTPUT,
    /** The main output folder beside a test output folder: this module's main compilation. */
    MAIN_OUTPUT,
    /** Anywhere else: a dependency. */
    ELSEWHERE
  }

  private final Filer filer;
  private final Optional<Path> output;

  private OutputFolders(Filer filer, Optional<Path> output) {
    this.filer = filer;
    this.output = output;
  }

  /** The folders around this compilation's class output, as far as the file manager tells. */
  public static OutputFolders of(Filer filer) {
    return new OutputFolders(filer, classOutput(filer));
  }

  /** Where the class file of the marker with this simple name is. */
  public Place placeOf(String markerSimpleName) {
    String file = markerSimpleName + ".class";
    if (inClassOutput(file)) {
      return Place.OWN_OUTPUT;
    }
    for (Path main : output.map(OutputFolders::mainFoldersBeside).orElse(List.of())) {
      if (Files.isRegularFile(main.resolve(IndexNames.PACKAGE.replace('.', '/')).resolve(file))) {
        return Place.MAIN_OUTPUT;
      }
    }
    return Place.ELSEWHERE;
  }

  /**
   * The folders that hold the main classes of the module whose test classes go to {@code
   * output}; none when {@code output} is not named like a test output folder.
   */
  static List<Path> mainFoldersBeside(Path output) {
    List<Path> folders = new ArrayList<>();
    Path name = output.getFileName();
    Path parent = output.getParent();
    if (name == null || parent == null) {
      return folders;
    }
    if (name.toString().toLowerCase(Locale.ROOT).contains("test")) {
      folders.add(parent.resolve("classes")); // Maven
      folders.add(parent.resolve("main")); // Gradle, Buildship
    }
    Path grandparent = parent.getParent();
    if (grandparent != null && parent.getFileName().toString().equals("test")) {
      folders.add(grandparent.resolve("production").resolve(name)); // IntelliJ IDEA
    }
    folders.removeIf(folder -> folder.equals(output));
    return folders;
  }

  private boolean inClassOutput(String file) {
    try (var in =
        filer.getResource(StandardLocation.CLASS_OUTPUT, IndexNames.PACKAGE, file)
            .openInputStream()) {
      return in != null;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  /** The class output folder, when it is a folder of the default file system. */
  private static Optional<Path> classOutput(Filer filer) {
    try {
      URI probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "rig-probe").toUri();
      if (!"file".equals(probe.getScheme())) {
        return Optional.empty(); // an in-memory file manager: no folders to look beside
      }
      Path parent = Path.of(probe).toAbsolutePath().normalize().getParent();
      return Optional.ofNullable(parent);
    } catch (IOException
        | IllegalArgumentException
        | IllegalStateException
        | FileSystemNotFoundException
        | SecurityException e) {
      return Optional.empty();
    }
  }
}
