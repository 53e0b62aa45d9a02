package dev.rig.bench.jmh;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code Engine.check()} in a warm JVM on a synced project with {@code files} managed files: the
 * per-file cost of check once start-up is paid, as a long-lived process (an IDE, a daemon) sees it.
 * The harness passes each project as {@code -Drig.bench.project.N=ROOT|JAR:JAR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

  public static final String PROJECT_PROPERTY = "rig.bench.project.";

  @Param({"10"})
  public int files;

  private URLClassLoader loader;
  private Engine engine;

  @Setup
  public void setUp() throws IOException, RigException {
    String spec = System.getProperty(PROJECT_PROPERTY + files);
    if (spec == null) {
      throw new IllegalStateException("no -D" + PROJECT_PROPERTY + files + "=ROOT|JARS");
    }
    String[] parts = spec.split("\\|", 2);
    List<URL> jars = new ArrayList<>();
    for (String jar : parts[1].split(java.io.File.pathSeparator)) {
      jars.add(Path.of(jar).toUri().toURL());
    }
    loader = new URLClassLoader(jars.toArray(URL[]::new), CheckBenchmark.class.getClassLoader());
    ConfigRegistry deepest = null;
    for (ConfigRegistry registry : ServiceLoader.load(ConfigRegistry.class, loader)) {
      // Only the project's registries: the harness jar has one of its own (rig-processor runs
      // over it), at the same depth as a project on rig's defaults alone, and ServiceLoader finds
      // the parent loader's first; checking against it reported the project out of sync.
      if (registry.getClass().getClassLoader() != loader) {
        continue;
      }
      if (deepest == null || registry.depth() > deepest.depth()) {
        deepest = registry;
      }
    }
    if (deepest == null) {
      throw new IllegalStateException("no ConfigRegistry in " + parts[1]);
    }
    engine = Engine.of(deepest, Path.of(parts[0]));
    RunReport report = engine.check();
    if (report.changed()) {
      throw new IllegalStateException("the project is not in sync: " + report.changedFiles());
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    loader.close();
  }

  @Benchmark
  public RunReport check() throws RigException {
    return engine.check();
  }
}
