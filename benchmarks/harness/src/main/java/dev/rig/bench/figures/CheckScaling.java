package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.build.RigProject;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Growth;
import dev.rig.bench.measure.Samples;
import dev.rig.bench.report.Row;
import dev.rig.bench.report.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 3: how {@code RigMain check} grows with the number of managed files. One synced project
 * per size, each a module of that many configs (half YAML, the rest JSON, TOML, properties and
 * text) on rig's defaults; fresh JVMs, side by side.
 */
public final class CheckScaling implements Figure {

  static final double TARGET_MS_PER_FILE = 1.0;

  @Override
  public String id() {
    return "3";
  }

  @Override
  public String title() {
    return "slope of check time over managed files";
  }

  @Override
  public String target() {
    return "linear, < 1 ms per file";
  }

  @Override
  public List<Row> run(Context context) {
    List<Integer> counts = context.settings().fileCounts();
    Map<String, Command> variants = new LinkedHashMap<>();
    for (int count : counts) {
      RigProject project = context.fixtures().filesProject(count);
      variants.put(label(count), project.rigMain(context.toolchain().java(), List.of(), "check"));
    }
    Map<String, Samples> measured = context.sideBySide().time(variants);
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<String> values = new ArrayList<>();
    StringBuilder detail = new StringBuilder("### Figure 3\n\n");
    for (int count : counts) {
      Samples samples = measured.get(label(count));
      x.add((double) count);
      y.add(samples.median());
      values.add(count + ": " + Samples.ms(samples.median()));
      detail.append("- ").append(count).append(" files: ").append(samples.describe()).append('\n');
    }
    double slope = Growth.slope(x, y);
    boolean linear = Growth.atMostLinear(x, y, Math.max(5, 0.05 * y.get(0)));
    context.detail(detail.toString());
    return List.of(
        new Row(
            id(),
            String.format(
                Locale.ROOT,
                "check (fresh JVM) on a synced project over %d → %d managed files (plus rig's defaults): least-squares slope",
                counts.get(0),
                counts.get(counts.size() - 1)),
            String.format(Locale.ROOT, "%.3f ms per file%s", slope, linear ? "" : ", grows faster than linear"),
            target(),
            Verdict.of(linear && slope < TARGET_MS_PER_FILE)),
        Row.info("3a", "check time by number of managed files", String.join(", ", values)));
  }

  private static String label(int count) {
    return count + " files";
  }
}
