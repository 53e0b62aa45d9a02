package dev.rig.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import dev.rig.bench.probe.NoopProcessor;

/**
 * Figure 1's compilation in a warm JVM, as javac runs inside Maven after the first modules of a
 * build: {@code processor=rig} compiles with rig-processor, {@code processor=none} with
 * {@code -proc:none}, {@code processor=noop} with a processor that claims {@code @RigConfig} and does
 * nothing (javac's own price for annotation processing, the floor). The harness writes each variant's javac options to the file named by
 * {@code -Drig.bench.compile.VARIANT}, and the sources to {@code -Drig.bench.compile.sources}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

  public static final String PROPERTY = "rig.bench.compile.";

  @Param({"rig", "none", "noop"})
  public String processor;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private List<String> options;
  private List<String> sources;

  @Setup
  public void setUp() throws IOException {
    options = Files.readAllLines(Path.of(System.getProperty(PROPERTY + processor)), StandardCharsets.UTF_8);
    sources = Files.readAllLines(Path.of(System.getProperty(PROPERTY + "sources")), StandardCharsets.UTF_8);
  }

  @Benchmark
  public boolean compile() throws IOException {
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromStrings(sources));
      if (processor.equals("noop")) {
        task.setProcessors(List.of(new NoopProcessor()));
      }
      boolean ok = task.call();
      if (!ok) {
        throw new IllegalStateException("compilation failed with " + options);
      }
      return ok;
    }
  }
}
