package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Toolchain;
import dev.rig.bench.build.RigProject;
import dev.rig.bench.measure.BenchmarkFailure;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Samples;
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

/**
 * Figure 2: {@code RigMain check} on a synced service against a hello-world JVM, plus what could
 * close the gap: application class-data sharing, a JIT and collector suited to short runs, and on
 * JDK 25 the ahead-of-time cache. The class-load log says what the check path pulls in, and each
 * heavy library is timed on its own.
 */
public final class CheckStartup implements Figure {

  static final double TARGET = 4.0;
  /** A library (or JDK module) with fewer classes on the check path is not worth a probe. */
  static final int HEAVY_LIBRARY_CLASSES = 30;
  static final List<String> SHORT_RUN_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  /** The parsers behind rig's formats, by the start of their jar's (or JDK module's) name. */
  static final List<String> FORMAT_LIBRARIES =
      List.of("snakeyaml", "jackson-core", "jackson-dataformat-yaml", "jackson-databind", "tomlj", "JDK java.xml");

  @Override
  public String id() {
    return "2";
  }

  @Override
  public String title() {
    return "check on a synced service ÷ hello-world JVM";
  }

  @Override
  public String target() {
    return String.format(Locale.ROOT, "≤ %.0f×", TARGET);
  }

  @Override
  public List<Row> run(Context context) {
    RigProject service = context.fixtures().service();
    Toolchain toolchain = context.toolchain();
    Path java = toolchain.java();
    Path dir = context.workDir().resolve("figure2");
    createDirectories(dir);

    Map<String, Command> variants = new LinkedHashMap<>();
    variants.put("hello", context.hello(java, List.of()));
    variants.put("check", service.rigMain(java, List.of(), "check"));
    List<String> cds = classDataSharing(context, service, java, toolchain.javaFeature(), dir.resolve("check.jsa"), List.of());
    variants.put("check, AppCDS", service.rigMain(java, cds, "check"));
    List<String> tuned = new ArrayList<>(SHORT_RUN_FLAGS);
    tuned.addAll(classDataSharing(context, service, java, toolchain.javaFeature(), dir.resolve("check-tuned.jsa"), SHORT_RUN_FLAGS));
    variants.put("check, AppCDS, C1, SerialGC", service.rigMain(java, tuned, "check"));

    Path newer = toolchain.extraJdk().map(Toolchain::javaIn).orElse(null);
    if (newer != null) {
      variants.put("hello, newer JDK", context.hello(newer, List.of()));
      variants.put("check, newer JDK", service.rigMain(newer, List.of(), "check"));
      variants.put("check, newer JDK, AOT cache", service.rigMain(newer, aotCache(context, service, newer, dir), "check"));
    }

    Map<String, Samples> measured = context.sideBySide().time(variants);
    Samples hello = measured.get("hello");
    List<Row> rows = new ArrayList<>();
    String what =
        "check (fresh JVM) on a synced service (" + service.description() + ": rig's defaults + "
            + service.managedConfigs() + " config classes) ÷ hello-world";
    rows.add(ratioRow(id(), what + ", JDK " + toolchain.javaFeature(), measured.get("check"), hello));
    rows.add(ratioRow("2a", "the same with an application CDS archive", measured.get("check, AppCDS"), hello));
    rows.add(
        ratioRow(
            "2b",
            "the same with AppCDS, " + String.join(" ", SHORT_RUN_FLAGS),
            measured.get("check, AppCDS, C1, SerialGC"),
            hello));
    if (newer != null) {
      int feature = Toolchain.featureOf(newer);
      Samples newerHello = measured.get("hello, newer JDK");
      rows.add(ratioRow("2c", "check on JDK " + feature + " ÷ hello-world on JDK " + feature, measured.get("check, newer JDK"), newerHello));
      rows.add(
          ratioRow("2d", "the same with JDK " + feature + "'s AOT cache (-XX:AOTCacheOutput, -XX:AOTCache)",
              measured.get("check, newer JDK, AOT cache"), newerHello));
    }

    StringBuilder detail = new StringBuilder("### Figure 2\n\n");
    measured.forEach((name, samples) -> detail.append("- ").append(name).append(": ").append(samples.describe()).append('\n'));
    rows.addAll(classLoading(context, service, java, dir, detail, cds));
    context.detail(detail.toString());
    return rows;
  }

  private Row ratioRow(String id, String figure, Samples check, Samples hello) {
    double ratio = check.median() / hello.median();
    return new Row(
        id,
        figure,
        String.format(Locale.ROOT, "%.1f× (%s ÷ %s)", ratio, Samples.ms(check.median()), Samples.ms(hello.median())),
        target(),
        Verdict.of(ratio <= TARGET));
  }

  /**
   * Options that make check start from an application class-data sharing archive, after making
   * the archive with one untimed run: JDK 19 and later create and refresh it themselves
   * ({@code -XX:+AutoCreateSharedArchive}); JDK 17 dumps it at exit of a training run.
   */
  private static List<String> classDataSharing(
      Context context, RigProject service, Path java, int feature, Path archive, List<String> flags) {
    deleteIfExists(archive);
    List<String> training = new ArrayList<>(flags);
    List<String> options;
    if (feature >= 19) {
      options = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
      training.addAll(options);
    } else {
      options = List.of("-XX:SharedArchiveFile=" + archive);
      training.add("-XX:ArchiveClassesAtExit=" + archive);
    }
    context.runner().time(service.rigMain(java, training, "check"));
    if (!Files.isRegularFile(archive)) {
      throw new BenchmarkFailure("the training run made no CDS archive at " + archive);
    }
    return options;
  }

  /** JDK 25's one-step AOT cache (JEP 514): a training run writes it, later runs map it. */
  private static List<String> aotCache(Context context, RigProject service, Path java, Path dir) {
    Path cache = dir.resolve("check.aot");
    deleteIfExists(cache);
    context.runner().time(service.rigMain(java, List.of("-XX:AOTCacheOutput=" + cache), "check"));
    if (!Files.isRegularFile(cache)) {
      throw new BenchmarkFailure("the training run made no AOT cache at " + cache);
    }
    return List.of("-XX:AOTCache=" + cache);
  }

  /**
   * Logs the classes that hello and check load, shows where they come from, and times each heavy
   * library's classes alone against an empty probe on the same class path.
   */
  private List<Row> classLoading(
      Context context, RigProject service, Path java, Path dir, StringBuilder detail, List<String> cds) {
    Path helloLog = dir.resolve("hello-classes.log");
    Path checkLog = dir.resolve("check-classes.log");
    Path cdsLog = dir.resolve("check-cds-classes.log");
    context.runner().time(context.hello(java, List.of(ClassLoadLog.option(helloLog))));
    context.runner().time(service.rigMain(java, List.of(ClassLoadLog.option(checkLog)), "check"));
    List<String> withCds = new ArrayList<>(cds);
    withCds.add(ClassLoadLog.option(cdsLog));
    context.runner().time(service.rigMain(java, withCds, "check"));
    ClassLoadLog hello = ClassLoadLog.read(helloLog);
    ClassLoadLog check = ClassLoadLog.read(checkLog);
    ClassLoadLog checkWithCds = ClassLoadLog.read(cdsLog);

    detail.append("\nClasses loaded by check, by origin (hello-world loads ").append(hello.total())
        .append(", ").append(hello.outsideJdkArchive()).append(" of them outside the JDK's default CDS archive):\n\n")
        .append("| origin | classes |\n|---|---|\n");
    for (String origin : check.originsBySize()) {
      detail.append("| ").append(origin).append(" | ").append(check.count(origin)).append(" |\n");
    }
    detail.append('\n');
    for (String origin : check.originsBySize()) {
      if (origin.startsWith("rig-runtime")) {
        detail.append("rig-runtime's classes on the check path, by package: ").append(check.packagesOf(origin)).append("\n\n");
      }
    }

    List<String> heavy = new ArrayList<>();
    for (String origin : check.originsBySize()) {
      if (!origin.equals(ClassLoadLog.JDK_ARCHIVE) && !origin.equals(ClassLoadLog.GENERATED)
          && check.count(origin) >= HEAVY_LIBRARY_CLASSES) {
        heavy.add(origin);
      }
    }
    Map<String, Command> probes = new LinkedHashMap<>();
    List<Path> classPath = new ArrayList<>();
    classPath.add(context.toolchain().harnessJar());
    classPath.addAll(service.classPath());
    probes.put("empty", classLoadProbe(context, java, classPath, dir.resolve("probe-empty.txt"), List.of()));
    for (String origin : heavy) {
      Path list = dir.resolve("probe-" + origin.replaceAll("[^A-Za-z0-9.-]", "_") + ".txt");
      probes.put(origin, classLoadProbe(context, java, classPath, list, check.classes(origin)));
    }
    Map<String, Samples> costs = context.sideBySide().time(probes);
    double baseline = costs.get("empty").median();
    List<String> summary = new ArrayList<>();
    detail.append("Cost of each heavy origin's classes loaded and initialized alone, over an empty probe on the same class path"
            + " (an upper bound: static initializers may pull in classes of other origins):\n\n")
        .append("| origin | classes | cost | most classes in |\n|---|---|---|---|\n");
    for (String origin : heavy) {
      double cost = costs.get(origin).median() - baseline;
      summary.add(String.format(Locale.ROOT, "%s %d classes %s", origin, check.count(origin), Samples.signedMs(cost)));
      detail.append("| ").append(origin).append(" | ").append(check.count(origin)).append(" | ")
          .append(Samples.signedMs(cost)).append(" | ").append(topPackages(check, origin)).append(" |\n");
    }
    detail.append('\n');

    return List.of(
        Row.info(
            "2e",
            "classes loaded: check (outside the JDK's default CDS archive) vs hello-world",
            String.format(
                Locale.ROOT,
                "%d (%d) vs %d (%d); with AppCDS %d of check's classes come from the archive",
                check.total(),
                check.outsideJdkArchive(),
                hello.total(),
                hello.outsideJdkArchive(),
                checkWithCds.count(ClassLoadLog.APP_ARCHIVE))),
        Row.info("2f", "heaviest origins on the check path, their classes loaded alone", String.join("; ", summary)),
        Row.info(
            "2g",
            "classes of each format library check loads on that service (lazy loading: 0 when no file of the format is managed)",
            formatLibraries(check)));
  }

  private static String formatLibraries(ClassLoadLog log) {
    List<String> counts = new ArrayList<>();
    for (String library : FORMAT_LIBRARIES) {
      int count = 0;
      for (String origin : log.originsBySize()) {
        if (origin.startsWith(library + "-") || origin.equals(library)) {
          count += log.count(origin);
        }
      }
      counts.add(library + " " + count);
    }
    return String.join(", ", counts);
  }

  /** The five packages of an origin with the most classes loaded: where to look first. */
  private static String topPackages(ClassLoadLog log, String origin) {
    List<Map.Entry<String, Integer>> packages = new ArrayList<>(log.packagesOf(origin).entrySet());
    packages.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : packages.subList(0, Math.min(5, packages.size()))) {
      top.add(entry.getKey() + " " + entry.getValue());
    }
    return String.join(", ", top);
  }

  private static Command classLoadProbe(Context context, Path java, List<Path> classPath, Path list, List<String> classes) {
    try {
      Files.write(list, classes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return context.java(java, List.of(), classPath, "dev.rig.bench.probe.ClassLoadProbe", List.of(list.toString()), context.workDir());
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
