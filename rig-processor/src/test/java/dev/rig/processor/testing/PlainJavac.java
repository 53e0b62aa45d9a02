package dev.rig.processor.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** javac of the running JDK without any annotation processor. */
public final class PlainJavac {

  private PlainJavac() {}

  /**
   * Compiles {@code sources} into {@code output} and returns every diagnostic as
   * {@code KIND: message}; empty means a clean compilation.
   */
  public static List<String> compile(
      Path output, List<File> classpath, List<String> options, List<? extends JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(output);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, classpath);
      List<String> allOptions = new ArrayList<>(options);
      allOptions.add("-proc:none");
      javac.getTask(null, files, diagnostics, allOptions, null, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + ": " + format(d))
        .toList();
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()
        + ": ";
    return where + d.getMessage(Locale.ROOT);
  }
}
