package dev.rig.bench.build;

import dev.rig.bench.measure.BenchmarkFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the modules a benchmark stands on (not the ones it times) inside this JVM, where javac
 * is already warm: setting up a 2,000-config ecosystem takes seconds instead of minutes.
 */
public final class InProcessCompiler {

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  /** Compiles {@code sources} with {@code options}; a compile error is a benchmark failure. */
  public void compile(List<Path> sources, List<String> options) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      createOutputDir(options);
      StringWriter out = new StringWriter();
      boolean ok =
          javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        StringBuilder message = new StringBuilder("compilation failed:");
        int shown = 0;
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
          if (diagnostic.getKind() == Diagnostic.Kind.ERROR && shown++ < 10) {
            message.append("\n  ").append(diagnostic.toString().replace("\n", "\n  "));
          }
        }
        message.append(out);
        throw new BenchmarkFailure(message.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createOutputDir(List<String> options) throws IOException {
    int index = options.indexOf("-d");
    if (index >= 0) {
      Files.createDirectories(Path.of(options.get(index + 1)));
    }
  }
}
