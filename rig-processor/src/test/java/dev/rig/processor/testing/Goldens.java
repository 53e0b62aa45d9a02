package dev.rig.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.TestInfo;

/**
 * Golden files of generated code: {@code src/test/resources/goldens/<TestClass>/<method>/<name>}.
 * A mismatch fails with a diff; run with {@code -Drig.updateGoldens=true} to rewrite the goldens
 * from what the processor generates now, then review the change with {@code git diff}.
 */
public final class Goldens {

  private static final boolean UPDATE = Boolean.getBoolean("rig.updateGoldens");

  private final Path folder;

  private Goldens(Path folder) {
    this.folder = folder;
  }

  /** The goldens of the running test method. */
  public static Goldens of(TestInfo test) {
    return new Goldens(
        TestFiles.testResources()
            .resolve("goldens")
            .resolve(test.getTestClass().orElseThrow().getSimpleName())
            .resolve(test.getTestMethod().orElseThrow().getName()));
  }

  /** Checks a generated source file, named by its canonical class name. */
  public Goldens assertSource(Compilation compilation, String className) {
    Optional<JavaFileObject> file = compilation.generatedSourceFile(className);
    assertWithMessage("%s was not generated; generated: %s", className,
        compilation.generatedSourceFiles())
        .that(file.isPresent()).isTrue();
    return assertMatches(className, read(file.get()));
  }

  /** Checks a file generated into a real folder by {@code RigModule.compileTo}. */
  public Goldens assertFile(String name, Path file) {
    try {
      return assertMatches(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated source file, for assertions beside the golden check. */
  public String sourceOf(Compilation compilation, String className) {
    return read(compilation.generatedSourceFile(className).orElseThrow(
        () -> new AssertionError(className + " was not generated")));
  }

  /** Checks a generated resource, named by its path in the class output. */
  public Goldens assertResource(Compilation compilation, String path) {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
    assertWithMessage("%s was not generated", path).that(file.isPresent()).isTrue();
    return assertMatches(path, read(file.get()));
  }

  private Goldens assertMatches(String name, String actual) {
    Path golden = folder.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return this;
      }
      assertWithMessage("no golden file %s; create it with -Drig.updateGoldens=true", golden)
          .that(Files.exists(golden)).isTrue();
      assertWithMessage(
              "%s differs from its golden file %s (-golden +generated). If the change is"
                  + " intended, regenerate with -Drig.updateGoldens=true and review git diff",
              name, TestFiles.moduleDir().relativize(golden))
          .that(actual)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
