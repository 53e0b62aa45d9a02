package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Fixtures.IndexedModule;
import dev.rig.bench.Toolchain;
import dev.rig.bench.build.JavacOptions;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.measure.BenchmarkFailure;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Samples;
import dev.rig.bench.measure.SideBySide.Measurement;
import dev.rig.bench.report.Row;
import dev.rig.bench.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 1: what rig-processor adds to javac. A module of config classes, with a library chain
 * holding thousands of index entries on its class path, is compiled in a fresh JVM with the
 * processor and with {@code -proc:none}, side by side.
 */
public final class ProcessorOverhead implements Figure {

  /**
   * Issue 16: against a processor that does nothing, javac's own price for running processors at
   * all (which no processor can save), fresh and warm.
   */
  static final double TARGET = 1.05;

  @Override
  public String id() {
    return "1";
  }

  @Override
  public String title() {
    return "javac with rig-processor ÷ javac with a do-nothing processor";
  }

  @Override
  public String target() {
    return String.format(Locale.ROOT, "≤ %.2f", TARGET);
  }

  @Override
  public List<Row> run(Context context) {
    IndexedModule indexed = context.fixtures().indexedModule();
    Toolchain toolchain = context.toolchain();
    Path out = context.workDir().resolve("figure1");
    Map<String, Command> variants = new LinkedHashMap<>();
    variants.put("rig", compile(context, indexed, toolchain.processorPath(), out.resolve("rig"), false));
    variants.put("none", compile(context, indexed, List.of(), out.resolve("none"), false));
    variants.put("noop", compile(context, indexed, List.of(), out.resolve("noop"), true));
    Measurement measured = context.compileSideBySide().time(variants, Probes::compileTimes);
    if (!indexed.module().withClasses(out.resolve("rig")).hasRigMain()) {
      throw new BenchmarkFailure("the timed compilation with the processor generated no RigMain");
    }
    Samples rig = measured.wallClock().get("rig");
    Samples none = measured.wallClock().get("none");
    Samples noop = measured.wallClock().get("noop");
    double ratio = rig.median() / noop.median();
    String figure =
        String.format(
            Locale.ROOT,
            "javac (fresh JVM) of a module with %d config classes and %,d index entries on its class path: rig-processor ÷ a do-nothing processor",
            indexed.module().spec().configs().size(),
            indexed.indexEntries());
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            id(),
            figure,
            String.format(Locale.ROOT, "%.3f (%s ÷ %s)", ratio, Samples.ms(rig.median()), Samples.ms(noop.median())),
            target(),
            Verdict.of(ratio <= TARGET)));
    Samples processor = measured.probed("rig", Probes.PROCESSOR_MS);
    Samples phase = measured.probed("rig", Probes.PHASE_MS);
    if (processor != null && phase != null) {
      rows.add(
          Row.info(
              "1a",
              "in that compilation: time inside rig-processor (init + process) / javac's whole annotation-processing phase",
              Samples.ms(processor.median()) + " / " + Samples.ms(phase.median())));
    }
    rows.add(
        Row.info(
            "1c",
            "javac's own price for annotation processing: the do-nothing processor ÷ -proc:none; rig-processor ÷ -proc:none",
            String.format(
                Locale.ROOT,
                "%.3f; %.3f (%s)",
                noop.median() / none.median(),
                rig.median() / none.median(),
                Samples.ms(none.median()))));
    context.detail(
        "### Figure 1\n\n"
            + "- with rig-processor: " + rig.describe() + "\n"
            + "- with -proc:none: " + none.describe() + "\n"
            + "- with a processor that does nothing: " + noop.describe() + "\n"
            + (processor == null ? "" : "- time inside rig-processor: " + processor.describe() + "\n")
            + (phase == null ? "" : "- javac's annotation-processing phase: " + phase.describe() + "\n"));
    return rows;
  }

  private static Command compile(
      Context context, IndexedModule indexed, List<Path> processorPath, Path outputDir, boolean noopProcessor) {
    ProjectBuilder.deleteRecursively(outputDir);
    try {
      Files.createDirectories(outputDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Toolchain toolchain = context.toolchain();
    List<String> args = new ArrayList<>();
    args.add(indexed.module().sourceList().toString());
    if (noopProcessor) {
      args.add("--noop-processor");
    }
    List<String> options =
        new ArrayList<>(
            JavacOptions.of(
                indexed.classPath(),
                processorPath,
                outputDir,
                indexed.module().spec().packageName(),
                ProjectBuilder.coordinates(indexed.module().spec()),
                toolchain.javaFeature()));
    if (noopProcessor) {
      // The probe installs the processor itself; processing must stay on.
      options.remove("-proc:none");
      if (toolchain.javaFeature() >= 21) {
        options.add("-proc:full");
      }
    }
    args.addAll(options);
    return context.java(
        toolchain.java(), List.of(), List.of(toolchain.harnessJar()), "dev.rig.bench.probe.CompileProbe", args, outputDir);
  }
}
