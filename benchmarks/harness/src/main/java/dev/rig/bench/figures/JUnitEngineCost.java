package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Toolchain;
import dev.rig.bench.build.InProcessCompiler;
import dev.rig.bench.build.JavacOptions;
import dev.rig.bench.build.Jars;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 4: what rig's JUnit Platform engine adds to a test run. The same one-test Jupiter class
 * runs in a fresh JVM through the platform launcher (as in Surefire's fork), from the root of the
 * synced service: once without rig on the class path, once with the service's registry and
 * rig-runtime on it (so the engine finds the registry, syncs and passes), and once with the check
 * turned off by {@code -Drig.check.skip=true}.
 */
public final class JUnitEngineCost implements Figure {

  /** Issue 16: what rig adds to a one-test run. */
  static final double TARGET_MS = 100;
  private static final Pattern SUCCEEDED = Pattern.compile("tests-succeeded=(\\d+)");
  private static final String TEST_CLASS = "bench.tests.HelloTest";

  @Override
  public String id() {
    return "4";
  }

  @Override
  public String title() {
    return "what rig's JUnit engine adds to a test run";
  }

  @Override
  public String target() {
    return String.format(java.util.Locale.ROOT, "< %.0f ms", TARGET_MS);
  }

  @Override
  public List<Row> run(Context context) {
    RigProject service = context.fixtures().service();
    Toolchain toolchain = context.toolchain();
    Path tests = compileTests(context);

    List<Path> plainClassPath = new ArrayList<>();
    plainClassPath.add(toolchain.harnessJar());
    plainClassPath.add(tests);
    plainClassPath.addAll(toolchain.junitClassPath());
    List<Path> rigClassPath = new ArrayList<>(plainClassPath);
    rigClassPath.addAll(service.classPath());

    Map<String, Command> variants = new LinkedHashMap<>();
    variants.put("without rig", testRun(context, List.of(), plainClassPath, service.root()));
    variants.put("with rig", testRun(context, List.of(), rigClassPath, service.root()));
    variants.put("with rig, skipped", testRun(context, List.of("-Drig.check.skip=true"), rigClassPath, service.root()));

    int plainTests = succeeded(context.runner().output(variants.get("without rig")));
    int rigTests = succeeded(context.runner().output(variants.get("with rig")));
    if (rigTests != plainTests + 1) {
      throw new BenchmarkFailure(
          "rig's engine did not contribute its one test: " + plainTests + " test(s) passed without rig, "
              + rigTests + " with it (log: " + context.workDir().resolve("logs") + ")");
    }

    Map<String, Samples> measured = context.sideBySide().time(variants);
    Samples plain = measured.get("without rig");
    Samples rig = measured.get("with rig");
    Samples skipped = measured.get("with rig, skipped");
    double added = rig.median() - plain.median();
    context.detail(
        "### Figure 4\n\n"
            + "- one Jupiter test, without rig: " + plain.describe() + "\n"
            + "- with rig's engine syncing the service: " + rig.describe() + "\n"
            + "- with rig on the class path and -Drig.check.skip=true: " + skipped.describe() + "\n");
    return List.of(
        new Row(
            id(),
            "a one-test JUnit run (fresh JVM, platform launcher) with rig's engine checking the synced service, minus the same run without rig",
            String.format(
                Locale.ROOT, "%s (%s vs %s)", Samples.signedMs(added), Samples.ms(rig.median()), Samples.ms(plain.median())),
            target(),
            Verdict.of(added < TARGET_MS)),
        Row.info(
            "4a",
            "the same with -Drig.check.skip=true (engine discovered, check off)",
            Samples.signedMs(skipped.median() - plain.median())));
  }

  private static Command testRun(Context context, List<String> jvmOptions, List<Path> classPath, Path root) {
    return context.java(
        context.toolchain().java(), jvmOptions, classPath, "dev.rig.bench.probe.TestRunProbe", List.of(TEST_CLASS), root);
  }

  private static int succeeded(String output) {
    Matcher matcher = SUCCEEDED.matcher(output);
    if (!matcher.find()) {
      throw new BenchmarkFailure("the test run printed no summary:\n" + output);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** A one-test Jupiter class, compiled and packed into a jar. */
  private static Path compileTests(Context context) {
    Path dir = context.workDir().resolve("figure4");
    Path source = dir.resolve("src/bench/tests/HelloTest.java");
    String text =
        "package bench.tests;\n\n"
            + "import static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
            + "import org.junit.jupiter.api.Test;\n\n"
            + "class HelloTest {\n\n"
            + "  @Test\n"
            + "  void addsUp() {\n"
            + "    assertEquals(2, 1 + 1);\n"
            + "  }\n"
            + "}\n";
    try {
      Files.createDirectories(source.getParent());
      Files.writeString(source, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path classes = dir.resolve("classes");
    List<String> options =
        List.of("--release", "17", "-proc:none", "-d", classes.toString(), "-classpath",
            JavacOptions.join(context.toolchain().junitClassPath()));
    new InProcessCompiler().compile(List.of(source), options);
    return Jars.pack(classes, dir.resolve("tests.jar"));
  }
}
