package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Toolchain;
import dev.rig.bench.build.BuiltModule;
import dev.rig.bench.build.JavacOptions;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.generate.ModuleSpec;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Growth;
import dev.rig.bench.measure.Samples;
import dev.rig.bench.measure.SideBySide.Measurement;
import dev.rig.bench.report.Row;
import dev.rig.bench.report.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 5: processor time over the depth of the module chain. Every module of the chain declares
 * ten configs, half of them overriding the module below (so those override chains are as long as
 * the module chain); the module at each measured depth is compiled in a fresh JVM with every
 * module below it on its class path, and javac's own task events say how long annotation
 * processing took.
 */
public final class ChainDepth implements Figure {

  static final int CONFIGS_PER_MODULE = 10;
  static final int OVERRIDES_PER_MODULE = 5;

  @Override
  public String id() {
    return "5";
  }

  @Override
  public String title() {
    return "rig-processor time over chain depth";
  }

  @Override
  public String target() {
    return "flat or linear";
  }

  @Override
  public List<Row> run(Context context) {
    List<Integer> depths = context.settings().depths();
    int deepest = depths.get(depths.size() - 1);
    List<ModuleSpec> chain = context.generator().chain("d", deepest, CONFIGS_PER_MODULE, OVERRIDES_PER_MODULE);
    List<BuiltModule> below = context.builder().buildChain("depth", chain.subList(0, deepest - 1));
    BuiltModule top = context.builder().build("depth", chain.get(deepest - 1), below, false);
    Map<String, Command> variants = new LinkedHashMap<>();
    for (int depth : depths) {
      BuiltModule module = depth == deepest ? top : below.get(depth - 1);
      variants.put(label(depth), compile(context, module, below.subList(0, depth - 1), depth));
    }
    Measurement measured = context.compileSideBySide().time(variants, Probes::compileTimes);

    List<Double> x = new ArrayList<>();
    List<Double> processing = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> wallValues = new ArrayList<>();
    List<String> cpuValues = new ArrayList<>();
    StringBuilder detail = new StringBuilder("### Figure 5\n\n");
    for (int depth : depths) {
      Samples ap = measured.probed(label(depth), Probes.PROCESSOR_MS);
      Samples phase = measured.probed(label(depth), Probes.PHASE_MS);
      Samples cpu = measured.probed(label(depth), Probes.PROCESSOR_CPU_MS);
      Samples wall = measured.wallClock().get(label(depth));
      x.add((double) depth);
      processing.add(ap.median());
      values.add(depth + ": " + Samples.ms(ap.median()));
      wallValues.add(depth + ": " + Samples.ms(wall.median()));
      cpuValues.add(depth + ": " + Samples.ms(cpu.median()));
      detail.append("- depth ").append(depth).append(": inside rig-processor ").append(ap.describe())
          .append(" (CPU ").append(cpu.describe()).append(")")
          .append(", javac's processing phase ").append(phase.describe())
          .append(", whole javac ").append(wall.describe()).append('\n');
    }
    double slope = Growth.slope(x, processing);
    double noise = Math.max(5, 0.1 * processing.get(0));
    boolean linear = Growth.atMostLinear(x, processing, noise);
    context.detail(detail.toString());
    return List.of(
        new Row(
            id(),
            "time inside rig-processor (fresh JVM) compiling a module of " + CONFIGS_PER_MODULE
                + " configs at chain depth d, every module below on its class path",
            String.join(", ", values)
                + String.format(Locale.ROOT, "; slope %.2f ms per level%s", slope, linear ? "" : ", grows faster than linear"),
            target(),
            Verdict.of(linear)),
        Row.info("5a", "CPU time of the compiling thread inside rig-processor, by depth", String.join(", ", cpuValues)),
        Row.info("5b", "whole javac of that module, by depth", String.join(", ", wallValues)));
  }

  private static String label(int depth) {
    return "depth " + depth;
  }

  private static Command compile(Context context, BuiltModule module, List<BuiltModule> below, int depth) {
    Toolchain toolchain = context.toolchain();
    Path outputDir = context.workDir().resolve("figure5").resolve("depth" + depth);
    ProjectBuilder.deleteRecursively(outputDir);
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>();
    args.add(module.sourceList().toString());
    args.addAll(
        JavacOptions.of(
            context.builder().classPathFor(below),
            toolchain.processorPath(),
            outputDir,
            module.spec().packageName(),
            ProjectBuilder.coordinates(module.spec()),
            toolchain.javaFeature()));
    return context.java(
        toolchain.java(), List.of(), List.of(toolchain.harnessJar()), "dev.rig.bench.probe.CompileProbe", args, outputDir);
  }
}
