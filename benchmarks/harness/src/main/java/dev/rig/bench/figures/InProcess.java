package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Fixtures.IndexedModule;
import dev.rig.bench.build.BuiltModule;
import dev.rig.bench.build.JavacOptions;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.build.RigProject;
import dev.rig.bench.jmh.CheckBenchmark;
import dev.rig.bench.jmh.CompileBenchmark;
import dev.rig.bench.measure.BenchmarkFailure;
import dev.rig.bench.measure.Growth;
import dev.rig.bench.measure.Samples;
import dev.rig.bench.report.Row;
import dev.rig.bench.report.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The in-process numbers, with JMH: figure 1's compilation in a warm javac (1b), and check's
 * per-file cost in a warm JVM (3b). Start-up is what users of a build feel; these say how much of
 * each figure is rig's own work rather than the JVM warming up.
 */
public final class InProcess implements Figure {

  /** Issue 16: warm check, per managed file. */
  static final double WARM_CHECK_MS_PER_FILE = 0.05;

  @Override
  public String id() {
    return "1b/3b";
  }

  @Override
  public String title() {
    return "in-process numbers (JMH)";
  }

  @Override
  public String target() {
    return "";
  }

  @Override
  public List<Row> run(Context context) {
    if (context.settings().jmhIterations() == 0) {
      return List.of(Row.notMeasured(id(), title(), "", "skipped (--no-jmh)"));
    }
    List<Row> rows = new ArrayList<>();
    rows.addAll(compile(context));
    rows.addAll(check(context));
    return rows;
  }

  private List<Row> compile(Context context) {
    try {
      IndexedModule indexed = context.fixtures().indexedModule();
      BuiltModule module = indexed.module();
      Path dir = context.workDir().resolve("jmh");
      List<String> properties = new ArrayList<>();
      properties.add(property(CompileBenchmark.PROPERTY + "sources", module.sourceList()));
      for (String variant : List.of("rig", "none", "noop")) {
        Path out = dir.resolve(variant);
        ProjectBuilder.deleteRecursively(out);
        Files.createDirectories(out);
        List<String> options =
            JavacOptions.of(
                indexed.classPath(),
                variant.equals("rig") ? context.toolchain().processorPath() : List.of(),
                out,
                module.spec().packageName(),
                ProjectBuilder.coordinates(module.spec()),
                Runtime.version().feature());
        if (variant.equals("noop")) {
          // The benchmark installs the do-nothing processor itself; processing must stay on.
          options = new ArrayList<>(options);
          options.remove("-proc:none");
          if (Runtime.version().feature() >= 21) {
            options.add("-proc:full");
          }
        }
        Path file = dir.resolve(variant + ".options");
        Files.write(file, options, StandardCharsets.UTF_8);
        properties.add(property(CompileBenchmark.PROPERTY + variant, file));
      }
      Map<String, RunResult> results =
          run(context, CompileBenchmark.class, "processor", List.of("rig", "none", "noop"), properties,
              COMPILE_WARM_UP);
      double rig = results.get("rig").getPrimaryResult().getScore();
      double none = results.get("none").getPrimaryResult().getScore();
      double noop = results.get("noop").getPrimaryResult().getScore();
      double ratio = rig / noop;
      context.detail(
          "### In-process (JMH)\n\n- warm javac with rig-processor: " + score(results.get("rig"))
              + "\n- warm javac with -proc:none: " + score(results.get("none"))
              + "\n- warm javac with a do-nothing processor: " + score(results.get("noop")) + "\n");
      return List.of(
          new Row(
              "1b",
              "the same compilation in a warm JVM (JMH, javax.tools in-process, as inside Maven): rig-processor ÷ a do-nothing processor",
              String.format(Locale.ROOT, "%.3f (%s ÷ %s)", ratio, Samples.ms(rig), Samples.ms(noop)),
              String.format(Locale.ROOT, "≤ %.2f", ProcessorOverhead.TARGET),
              Verdict.of(ratio <= ProcessorOverhead.TARGET)),
          Row.info(
              "1d",
              "warm: rig-processor ÷ -proc:none; a do-nothing processor ÷ -proc:none",
              String.format(Locale.ROOT, "%.3f; %.3f (%s)", rig / none, noop / none, Samples.ms(none))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return List.of(Row.notMeasured("1b", "warm javac, rig-processor ÷ -proc:none (JMH)", "", reason(e)));
    }
  }

  private List<Row> check(Context context) {
    try {
      List<Integer> counts = context.settings().fileCounts();
      List<String> properties = new ArrayList<>();
      List<String> params = new ArrayList<>();
      for (int count : counts) {
        RigProject project = context.fixtures().filesProject(count);
        List<Path> jars = project.modules().stream().map(BuiltModule::jar).toList();
        properties.add("-D" + CheckBenchmark.PROJECT_PROPERTY + count + "=" + project.root() + "|" + JavacOptions.join(jars));
        params.add(String.valueOf(count));
      }
      Map<String, RunResult> results =
          run(context, CheckBenchmark.class, "files", params, properties, 1);
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<String> values = new ArrayList<>();
      StringBuilder detail = new StringBuilder();
      for (int count : counts) {
        RunResult result = results.get(String.valueOf(count));
        x.add((double) count);
        y.add(result.getPrimaryResult().getScore());
        values.add(count + ": " + Samples.ms(result.getPrimaryResult().getScore()));
        detail.append("- warm check, ").append(count).append(" files: ").append(score(result)).append('\n');
      }
      context.detail(detail.toString());
      // One count (--quick with a single size) gives no slope: its time per file is the figure.
      double perFile = counts.size() > 1 ? Growth.slope(x, y) : y.get(0) / x.get(0);
      return List.of(
          new Row(
              "3b",
              "warm check (JMH, Engine.check() on synced projects) by number of managed files: ms per file (slope)",
              String.join(", ", values) + String.format(Locale.ROOT, "; %.3f ms per file", perFile),
              String.format(Locale.ROOT, "< %.2f ms per file", WARM_CHECK_MS_PER_FILE),
              Verdict.of(perFile < WARM_CHECK_MS_PER_FILE)));
    } catch (RuntimeException e) {
      return List.of(Row.notMeasured("3b", "warm check by number of managed files (JMH)", "", reason(e)));
    }
  }

  /**
   * How much longer figure 1b warms up and measures than the settings say: one compilation takes
   * about a second, so an iteration of the settings' length holds one or two of them, and javac
   * was still getting faster after three (the do-nothing processor's iterations read 540, 441,
   * 340 ms, the error ±1,800 ms).
   */
  private static final int COMPILE_WARM_UP = 3;

  /**
   * @param scale how many times longer each iteration is than the settings say, and how many
   *     times as many warm-up iterations; each step past 1 measures two iterations more
   */
  private static Map<String, RunResult> run(
      Context context, Class<?> benchmark, String param, List<String> values, List<String> jvmArgs,
      int scale) {
    int iterations = context.settings().jmhIterations();
    TimeValue time =
        TimeValue.milliseconds(Math.round(context.settings().jmhSeconds() * 1000 * scale));
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(benchmark.getName())
            .param(param, values.toArray(String[]::new))
            .forks(1)
            .warmupIterations(iterations * scale)
            .warmupTime(time)
            .measurementIterations(iterations + 2 * (scale - 1))
            .measurementTime(time)
            .jvmArgsAppend(jvmArgs.toArray(String[]::new))
            .shouldFailOnError(true)
            .output(context.workDir().resolve("jmh-" + benchmark.getSimpleName() + ".log").toString());
    try {
      Collection<RunResult> results = new Runner(options.build()).run();
      Map<String, RunResult> byParam = new TreeMap<>();
      for (RunResult result : results) {
        byParam.put(result.getParams().getParam(param), result);
      }
      if (byParam.size() != values.size()) {
        throw new BenchmarkFailure(
            benchmark.getSimpleName() + " failed; see " + context.workDir().resolve("jmh-" + benchmark.getSimpleName() + ".log"));
      }
      return byParam;
    } catch (RunnerException e) {
      throw new BenchmarkFailure(benchmark.getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String property(String name, Path value) {
    return "-D" + name + "=" + value;
  }

  private static String score(RunResult result) {
    return String.format(
        Locale.ROOT,
        "%.2f ±%.2f ms/op",
        result.getPrimaryResult().getScore(),
        result.getPrimaryResult().getScoreError());
  }

  static String reason(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
