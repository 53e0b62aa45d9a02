package dev.rig.bench.probe;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in a fresh JVM, as the {@code javac} launcher would, and prints two numbers that
 * tell the processor's share of the compilation from the rest:
 *
 * <ul>
 *   <li>{@code processor-ms}: time spent inside the processors' {@code init} and {@code process}
 *       (including the javac symbol completion their queries cause), and
 *       {@code processor-cpu-ms}, the CPU time of the same;
 *   <li>{@code annotation-processing-ms}: javac's whole annotation-processing phase (its task
 *       events), which also holds work javac does for any compilation with processing on, such as
 *       entering the sources again after the last round.
 * </ul>
 *
 * <p>Usage: {@code CompileProbe SOURCE_LIST_FILE [--noop-processor] JAVAC_OPTION...}. The
 * processors on {@code -processorpath} are loaded from it as javac would (a class loader over that
 * path, the platform loader above it), each wrapped in a timer; {@code --noop-processor} runs
 * {@link NoopProcessor} instead. Exits 1 when the compilation fails.
 */
public final class CompileProbe {

  private CompileProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> sources = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<String> options = new ArrayList<>(List.of(args).subList(1, args.length));
    List<TimedProcessor> processors = takeProcessors(options);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    PhaseTimer phase = new PhaseTimer();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask) javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromStrings(sources));
      task.addTaskListener(phase);
      if (processors != null) {
        task.setProcessors(processors);
      }
      ok = task.call();
    }
    diagnostics.getDiagnostics().forEach(System.out::println);
    long processorNanos = processors == null ? 0 : processors.stream().mapToLong(TimedProcessor::nanos).sum();
    long processorCpuNanos = processors == null ? 0 : processors.stream().mapToLong(TimedProcessor::cpuNanos).sum();
    System.out.printf(Locale.ROOT, "processor-ms=%.3f%n", processorNanos / 1e6);
    System.out.printf(Locale.ROOT, "processor-cpu-ms=%.3f%n", processorCpuNanos / 1e6);
    System.out.printf(Locale.ROOT, "annotation-processing-ms=%.3f%n", phase.nanos / 1e6);
    System.exit(ok ? 0 : 1);
  }

  /**
   * Removes {@code -processorpath PATH} from the options and returns the processors found on that
   * path, wrapped; null when there is none (javac then decides, e.g. {@code -proc:none}).
   */
  private static List<TimedProcessor> takeProcessors(List<String> options) throws IOException {
    if (options.remove("--noop-processor")) {
      return List.of(new TimedProcessor(new NoopProcessor()));
    }
    int index = options.indexOf("-processorpath");
    if (index < 0) {
      return null;
    }
    String path = options.remove(index + 1);
    options.remove(index);
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    List<TimedProcessor> processors = new ArrayList<>();
    long start = System.nanoTime();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    ServiceLoader.load(Processor.class, loader).forEach(processor -> processors.add(new TimedProcessor(processor)));
    if (!processors.isEmpty()) {
      // Finding and constructing the processors is part of their cost.
      processors.get(0).add(System.nanoTime() - start, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
    }
    return processors;
  }

  /** Adds up the time between javac's ANNOTATION_PROCESSING start and finish events. */
  private static final class PhaseTimer implements TaskListener {
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
