package dev.rig.bench;

import dev.rig.bench.figures.ChainDepth;
import dev.rig.bench.figures.CheckScaling;
import dev.rig.bench.figures.CheckStartup;
import dev.rig.bench.figures.Figure;
import dev.rig.bench.figures.FileSizeScaling;
import dev.rig.bench.figures.InProcess;
import dev.rig.bench.figures.JUnitEngineCost;
import dev.rig.bench.figures.MavenCheckCost;
import dev.rig.bench.figures.ProcessorOverhead;
import dev.rig.bench.report.Machine;
import dev.rig.bench.report.ResultTable;
import dev.rig.bench.report.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every figure of issue 8 and prints the results table. Started by {@code benchmarks/run.sh},
 * which builds rig and this harness first.
 *
 * <pre>
 * BenchMain [--quick] [--only 1,2,...] [--no-jmh] [--java JAVA_HOME] [--newer-jdk JAVA_HOME | --no-newer-jdk]
 *           [--home BENCHMARKS_DIR] [--work DIR] [--out FILE] [--maven-repo DIR]
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws IOException {
    Settings settings = Settings.full();
    Set<String> only = Set.of();
    boolean jmh = true;
    Path javaHome = Path.of(System.getProperty("java.home"));
    Optional<Path> newerJdk = Optional.empty();
    boolean newerJdkChosen = false;
    Path home = Path.of("benchmarks");
    Path work = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> settings = Settings.quick();
        case "--only" -> only = Set.of(args[++i].split(","));
        case "--no-jmh" -> jmh = false;
        case "--java" -> javaHome = Path.of(args[++i]);
        case "--newer-jdk" -> {
          newerJdk = Optional.of(Path.of(args[++i]));
          newerJdkChosen = true;
        }
        case "--no-newer-jdk" -> newerJdkChosen = true;
        case "--home" -> home = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--maven-repo" -> System.setProperty(MavenCheckCost.REPOSITORY_PROPERTY, args[++i]);
        default -> {
          System.err.println("unknown option " + args[i] + "; bash benchmarks/run.sh --help lists them");
          System.exit(2);
        }
      }
    }
    if (!jmh) {
      settings = withoutJmh(settings);
    }
    home = home.toAbsolutePath().normalize();
    work = (work == null ? home.resolve("target/work") : work).toAbsolutePath().normalize();
    out = (out == null ? home.resolve("target/results.md") : out).toAbsolutePath().normalize();
    Path java = Toolchain.javaIn(javaHome);
    int feature = Toolchain.featureOf(java);
    if (!newerJdkChosen) {
      newerJdk = findNewerJdk(feature);
    }

    long start = System.nanoTime();
    String loadBefore = Machine.loadAverage();
    Toolchain toolchain = Toolchain.load(home, java, feature, newerJdk);
    Context context = new Context(settings, toolchain, work);
    ResultTable table = new ResultTable();
    Set<String> selected = only;
    for (Figure figure : figures()) {
      if (!selected.isEmpty() && Stream.of(figure.id().split("/")).noneMatch(id -> selected.contains(id.substring(0, 1)))) {
        continue;
      }
      long figureStart = System.nanoTime();
      System.err.printf(Locale.ROOT, "[bench] figure %s: %s …%n", figure.id(), figure.title());
      table.addAll(runFigure(figure, context));
      System.err.printf(Locale.ROOT, "[bench] figure %s done in %.0f s%n", figure.id(), (System.nanoTime() - figureStart) / 1e9);
    }
    String duration = String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9);
    String rendered =
        table.render(
            Machine.describe(jvmDescription(java)),
            settings.name() + " (" + settings.warmups() + " warm-up + " + settings.runs()
                + " measured runs per variant, " + settings.compileRuns() + " for compilations)",
            loadBefore,
            Machine.loadAverage(),
            duration);
    String report = rendered + "\n## Details\n\n" + context.details();
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(rendered);
    System.out.println("Details: " + out);
  }

  static List<Figure> figures() {
    return List.of(
        new ProcessorOverhead(), new CheckStartup(), new CheckScaling(), new JUnitEngineCost(), new ChainDepth(), new InProcess(),
        new FileSizeScaling(), new MavenCheckCost());
  }

  /** A figure that fails is reported as not measured, with the reason; the others still run. */
  private static List<Row> runFigure(Figure figure, Context context) {
    try {
      return figure.run(context);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      System.err.println("[bench] figure " + figure.id() + " not measured: " + message);
      if (!(e instanceof dev.rig.bench.measure.BenchmarkFailure)) {
        e.printStackTrace();
      }
      String firstLine = message.lines().findFirst().orElse(message);
      return List.of(Row.notMeasured(figure.id(), figure.title(), figure.target(), firstLine));
    }
  }

  private static Settings withoutJmh(Settings s) {
    return new Settings(
        s.name(), s.warmups(), s.runs(), s.compileRuns(), s.upstreamModules(), s.upstreamConfigsPerModule(), s.serviceConfigs(),
        s.fileCounts(), s.depths(), 0, s.jmhSeconds());
  }

  /** A JDK of feature 25 or newer under /usr/lib/jvm, for the AOT-cache rows, if there is one. */
  private static Optional<Path> findNewerJdk(int feature) {
    Path jvms = Path.of("/usr/lib/jvm");
    if (feature >= 25 || !Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> candidates = Files.list(jvms)) {
      return candidates
          .filter(dir -> Files.isRegularFile(dir.resolve("bin/java")) && Files.isRegularFile(dir.resolve("release")))
          .filter(dir -> !Files.isSymbolicLink(dir))
          .filter(dir -> Toolchain.featureOf(dir.resolve("bin/java")) >= 25)
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String jvmDescription(Path java) {
    Path release = java.toAbsolutePath().getParent().getParent().resolve("release");
    try {
      String version = "";
      String vendor = "";
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
          version = line.substring(line.indexOf('=') + 1).replace("\"", "");
        } else if (line.startsWith("IMPLEMENTOR=")) {
          vendor = line.substring(line.indexOf('=') + 1).replace("\"", "");
        } else if (version.isEmpty() && line.startsWith("JAVA_VERSION=")) {
          version = line.substring(line.indexOf('=') + 1).replace("\"", "");
        }
      }
      return (vendor + " " + version + " (" + java + ")").trim();
    } catch (IOException e) {
      return java.toString();
    }
  }

}
