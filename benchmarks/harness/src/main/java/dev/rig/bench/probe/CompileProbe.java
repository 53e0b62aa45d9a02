package dev.rig.bench.probe;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in a fresh JVM, exactly as the {@code javac} launcher would, and prints how long
 * annotation processing took (from javac's own task events) so that a benchmark can tell the
 * processor's share of a compilation from the rest.
 *
 * <p>Usage: {@code CompileProbe SOURCE_LIST_FILE JAVAC_OPTION...}; prints
 * {@code annotation-processing-ms=N} and exits 1 when the compilation fails.
 */
public final class CompileProbe {

  private CompileProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> sources = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<String> options = new ArrayList<>(List.of(args).subList(1, args.length));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    ProcessingTimer timer = new ProcessingTimer();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask) javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromStrings(sources));
      task.addTaskListener(timer);
      ok = task.call();
    }
    diagnostics.getDiagnostics().forEach(diagnostic -> System.out.println(diagnostic));
    System.out.printf(Locale.ROOT, "annotation-processing-ms=%.3f%n", timer.nanos / 1e6);
    System.exit(ok ? 0 : 1);
  }

  /** Adds up the time between javac's ANNOTATION_PROCESSING start and finish events. */
  private static final class ProcessingTimer implements TaskListener {
    private long started;
    private long nanos;

    @Override
    public void started(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        started = System.nanoTime();
      }
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        nanos += System.nanoTime() - started;
      }
    }
  }
}
