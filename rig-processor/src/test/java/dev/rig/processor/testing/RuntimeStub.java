package dev.rig.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A stand-in for rig-runtime (rig-processor cannot depend on the real one: rig-runtime is compiled
 * with it). Its sources in {@code src/test/resources/runtime-stub} have the real API's
 * signatures, plus one default config, {@code dev.rig.runtime.configs.MkdocsConfigFile}. Like the
 * real rig-runtime it is compiled once with rig-processor, so it is the depth-0 module of every
 * test.
 */
public final class RuntimeStub {

  public static final String COORDINATES = "dev.rig:rig-runtime:1.0.0";
  public static final String MKDOCS = "dev.rig.runtime.configs.MkdocsConfigFile";

  private static CompiledModule compiled;

  private RuntimeStub() {}

  /** The stub's class folder, compiled on first use. */
  public static synchronized Path classes() {
    if (compiled == null) {
      compiled =
          RigModule.bare(COORDINATES)
              .withOption("-Arig.package=dev.rig.runtime.configs")
              .compileTo(TestFiles.sharedTempDir("rig-runtime-stub"), sources().toArray(
                  new JavaFileObject[0]));
    }
    return compiled.classes();
  }

  /** The stub's sources. */
  public static List<JavaFileObject> sources() {
    Path root = TestFiles.testResources().resolve("runtime-stub");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .map(file -> {
            try {
              return JavaFileObjects.forResource(file.toUri().toURL());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
