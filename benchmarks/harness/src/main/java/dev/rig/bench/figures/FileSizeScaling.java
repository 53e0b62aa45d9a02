package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.measure.BenchmarkFailure;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Growth;
import dev.rig.bench.measure.Samples;
import dev.rig.bench.measure.SideBySide;
import dev.rig.bench.probe.SizeProbe;
import dev.rig.bench.report.Row;
import dev.rig.bench.report.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 6 (issue 13's performance guard): {@code check} and {@code sync} of one file of each format
 * at 1 KB, 1 MB and 10 MB (1 KB, 100 KB and 1 MB with {@code --quick}), each lacking one required
 * value, in fresh JVMs side by side. The figure is the ratio of the time at the largest size to
 * the time at the middle one, per format and operation: about 10 (the sizes' ratio) when the time
 * grows linearly, far more when it does not. The time is the engine call alone, as {@link
 * SizeProbe} prints it.
 */
public final class FileSizeScaling implements Figure {

  static final List<String> FORMATS =
      List.of("json", "yaml", "toml", "properties", "xml", "text", "markdown");

  /** The largest size may cost at most this much more per byte than the middle one. */
  static final double STEEPENING_ALLOWED = 1.5;

  private static final Pattern MS = Pattern.compile("size-ms=([0-9.E]+)");

  @Override
  public String id() {
    return "6";
  }

  @Override
  public String title() {
    return "check and sync time over file size, per format";
  }

  @Override
  public String target() {
    return "linear: largest ÷ middle ≤ " + STEEPENING_ALLOWED + " × their sizes' ratio";
  }

  @Override
  public List<Row> run(Context context) {
    boolean quick = context.settings().name().equals("quick");
    List<Integer> sizes = quick ? List.of(1_000, 100_000, 1_000_000) : List.of(1_000, 1_000_000, 10_000_000);
    Map<String, Command> variants = new LinkedHashMap<>();
    for (String format : FORMATS) {
      for (int size : sizes) {
        Path root = context.workDir().resolve("sizes").resolve(format + "-" + size);
        write(root.resolve("pristine." + SizeProbe.extension(format)), content(format, size));
        for (String operation : List.of("check", "sync")) {
          variants.put(
              label(format, size, operation),
              context.java(
                  context.toolchain().java(),
                  List.of(),
                  classPath(context),
                  SizeProbe.class.getName(),
                  List.of(format, root.toString(), operation),
                  root));
        }
      }
    }
    // Ten-megabyte TOML takes tens of seconds per run: one warm-up and three runs are enough to
    // tell linear from quadratic, which is all this figure asks.
    SideBySide rounds = new SideBySide(context.runner(), 1, quick ? 2 : 3);
    SideBySide.Measurement measured = rounds.time(variants, FileSizeScaling::engineTime);
    List<Row> rows = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    StringBuilder detail = new StringBuilder("### Figure 6\n\n");
    int middle = sizes.get(1);
    int largest = sizes.get(2);
    double sizeRatio = (double) largest / middle;
    for (String format : FORMATS) {
      List<String> values = new ArrayList<>();
      for (String operation : List.of("check", "sync")) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int size : sizes) {
          Samples samples = measured.probed(label(format, size, operation), "engine");
          if (samples == null) {
            throw new BenchmarkFailure("the size probe printed no time for " + label(format, size, operation));
          }
          x.add((double) size);
          y.add(samples.median());
          detail.append("- ").append(label(format, size, operation)).append(": ")
              .append(samples.describe()).append('\n');
        }
        double ratio = y.get(2) / Math.max(y.get(1), 0.001);
        boolean linear = ratio <= STEEPENING_ALLOWED * sizeRatio
            || Growth.atMostLinear(x, y, Math.max(20, 0.1 * y.get(1)));
        if (!linear) {
          failing.add(format + " " + operation);
        }
        values.add(String.format(Locale.ROOT, "%s %s, %s, %s (×%.1f)", operation, Samples.ms(y.get(0)),
            Samples.ms(y.get(1)), Samples.ms(y.get(2)), ratio));
      }
      rows.add(Row.info("6" + (char) ('a' + FORMATS.indexOf(format)),
          format + ": engine time at " + human(sizes.get(0)) + ", " + human(middle) + ", " + human(largest),
          String.join("; ", values)));
    }
    context.detail(detail.toString());
    rows.add(0, new Row(
        id(),
        "check and sync of one file of each format (" + String.join(", ", FORMATS) + ") lacking one value, "
            + human(middle) + " → " + human(largest) + ": time ratio against the sizes' ratio " + (int) sizeRatio,
        failing.isEmpty() ? "linear for every format" : "faster than linear: " + String.join(", ", failing),
        target(),
        Verdict.of(failing.isEmpty())));
    return rows;
  }

  private static Map<String, Double> engineTime(String output) {
    Matcher matcher = MS.matcher(output);
    return matcher.find() ? Map.of("engine", Double.parseDouble(matcher.group(1))) : Map.of();
  }

  private static List<Path> classPath(Context context) {
    List<Path> classPath = new ArrayList<>(context.toolchain().runtimeClassPath());
    classPath.add(context.toolchain().harnessJar());
    return classPath;
  }

  private static String label(String format, int size, String operation) {
    return format + " " + human(size) + " " + operation;
  }

  private static String human(int size) {
    return size >= 1_000_000 ? size / 1_000_000 + " MB" : size >= 1_000 ? size / 1_000 + " KB" : size + " B";
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * About {@code size} bytes of the format: a name and many entries, as a big real file would hold,
   * without the value the probe requires.
   */
  static String content(String format, int size) {
    StringBuilder out = new StringBuilder();
    switch (format) {
      case "json" -> {
        out.append("{\n  \"name\": \"bench\",\n  \"entries\": {\n");
        for (int i = 0; out.length() < size; i++) {
          out.append(i == 0 ? "" : ",\n").append("    \"key").append(i).append("\": \"value ").append(i).append('"');
        }
        out.append("\n  }\n}\n");
      }
      case "yaml" -> {
        out.append("name: bench\nentries:\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("  key").append(i).append(": value ").append(i).append('\n');
        }
      }
      case "toml" -> {
        out.append("name = \"bench\"\n\n[entries]\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("key").append(i).append(" = \"value ").append(i).append("\"\n");
        }
      }
      case "properties" -> {
        out.append("name=bench\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("entries.key").append(i).append("=value ").append(i).append('\n');
        }
      }
      case "xml" -> {
        out.append("<config>\n  <name>bench</name>\n  <entries>\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("    <key").append(i).append(">value ").append(i).append("</key").append(i).append(">\n");
        }
        out.append("  </entries>\n</config>\n");
      }
      case "text" -> {
        for (int i = 0; out.length() < size; i++) {
          out.append("line ").append(i).append('\n');
        }
      }
      case "markdown" -> {
        out.append("# Bench\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("\n## Section ").append(i).append("\n\nText of section ").append(i).append(".\n");
        }
      }
      default -> throw new IllegalArgumentException("no format " + format);
    }
    return out.toString();
  }
}
