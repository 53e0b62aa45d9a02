package dev.rig.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.rig.annotations.RigConfig;
import dev.rig.processor.RigProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * One project compiled with rig-processor, as its build would: its coordinates and package as
 * {@code -A} options, rig-annotations, the (stub) rig-runtime and its dependencies on the
 * classpath, and a fresh processor for every compilation.
 */
public final class RigModule {

  /** What rig's default pom passes, minus the processing lint that flags unclaimed annotations. */
  public static final List<String> LINT = List.of("-Xlint:all,-processing", "-Werror");

  private final List<String> options = new ArrayList<>();
  private final List<File> classpath = new ArrayList<>();
  private final List<Supplier<Processor>> others = new ArrayList<>();

  private RigModule(String coordinates) {
    if (!coordinates.isEmpty()) {
      options.add("-Arig.coordinates=" + coordinates);
    }
    classpath.add(TestFiles.locationOf(RigConfig.class));
  }

  /** A project on rig-runtime, with these Maven coordinates (empty: none passed). */
  public static RigModule project(String coordinates) {
    RigModule module = new RigModule(coordinates);
    module.classpath.add(RuntimeStub.classes().toFile());
    return module;
  }

  /**
   * A compilation with no rig class on its classpath at all, the processor still listed: a
   * service's main compilation, whose rig-runtime is a test dependency.
   */
  public static RigModule withoutRig(String coordinates) {
    RigModule module = new RigModule(coordinates);
    module.classpath.clear();
    return module;
  }

  /** A compilation without rig-runtime on its classpath: rig-runtime itself, or a mistake. */
  static RigModule bare(String coordinates) {
    return new RigModule(coordinates);
  }

  /** Adds an {@code -A} or other javac option. */
  public RigModule withOption(String option) {
    options.add(option);
    return this;
  }

  /**
   * Another annotation processor, run before rig (so rig is not told about the annotations it
   * claims); a fresh one for every compilation.
   */
  public RigModule withProcessor(Supplier<Processor> processor) {
    others.add(processor);
    return this;
  }

  private List<Processor> processors() {
    List<Processor> processors = new ArrayList<>();
    others.forEach(other -> processors.add(other.get()));
    processors.add(new RigProcessor());
    return processors;
  }

  /** Adds a dependency's jar or class folder to the classpath. */
  public RigModule dependingOn(File... entries) {
    classpath.addAll(List.of(entries));
    return this;
  }

  /** The options and classpath, for tests that run another javac. */
  public List<File> classpath() {
    return List.copyOf(classpath);
  }

  public List<String> options() {
    return List.copyOf(options);
  }

  /** Compiles in memory, for assertions with compile-testing. */
  public Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(processors())
        .withOptions(options)
        .withClasspath(classpath)
        .compile(sources);
  }

  /**
   * Compiles to real folders under {@code dir} with javax.tools, as a build tool does, and fails
   * the test unless the compilation is clean under {@link #LINT}.
   */
  public CompiledModule compileTo(Path dir, JavaFileObject... sources) {
    CompiledModule output = new CompiledModule(dir.resolve("classes"), dir.resolve("generated"));
    List<String> printed = compileInto(output, sources);
    assertWithMessage("compilation of a dependency was not clean:\n%s", String.join("\n", printed))
        .that(printed).isEmpty();
    return output;
  }

  /**
   * Compiles to the folders of {@code output} with javax.tools, as a build tool does (classes
   * already there stay, as in an incremental build), under {@link #LINT}.
   *
   * @return every diagnostic but notes, as {@code KIND: message}; empty for a clean compilation
   */
  public List<String> compileInto(CompiledModule output, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        null)) {
      Files.createDirectories(output.classes());
      Files.createDirectories(output.generatedSources());
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.folder()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(output.generatedSources().toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, classpath);
      List<String> allOptions = new ArrayList<>(options);
      allOptions.addAll(LINT);
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, allOptions, null, List.of(sources));
      task.setProcessors(processors());
      boolean success = task.call();
      List<String> printed = new ArrayList<>(diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .toList());
      if (!success && printed.isEmpty()) {
        printed.add("ERROR: javac failed without a diagnostic");
      }
      return printed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
