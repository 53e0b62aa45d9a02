package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.Fixtures;
import dev.rig.bench.build.ProjectBuilder;
import dev.rig.bench.measure.BenchmarkFailure;
import dev.rig.bench.measure.Command;
import dev.rig.bench.measure.Samples;
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
 * Figure 7: what {@code rig:check} adds to a service's {@code mvn verify}: the examples'
 * auth-service built offline with Maven, once as it is (its pom binds {@code rig:check}) and once
 * with {@code -Drig.check.skip=true}, side by side. That property also turns off the check in the
 * test run (Surefire hands it to the test JVM), so the figure is the sum of two checks; a third
 * variant, {@code -Drig.skip=true} (read by the plugin's goals only), splits it into the part of
 * {@code rig:check} in Maven's JVM and the part of the test run's check. Maven needs rig's plugin and runtime and the
 * examples' bases in its local repository: rig's must be installed before ({@code mvn install
 * -DskipTests} at the root); the figure installs copies of service-base and backend-base (which
 * skip install by default) into that repository.
 */
public final class MavenCheckCost implements Figure {

  static final double TARGET_MS = 150;
  /** The local repository Maven uses; {@code benchmarks/run.sh} passes MAVEN_OPTS' one. */
  public static final String REPOSITORY_PROPERTY = "rig.bench.mavenRepo";
  static final String RIG_VERSION = "0.1.0-SNAPSHOT";

  @Override
  public String id() {
    return "7";
  }

  @Override
  public String title() {
    return "mvn verify with rig:check minus with -Drig.check.skip=true";
  }

  @Override
  public String target() {
    return String.format(Locale.ROOT, "< %.0f ms", TARGET_MS);
  }

  @Override
  public List<Row> run(Context context) {
    Path repository = repository();
    Path plugin = repository.resolve("dev/rig/rig-maven-plugin/" + RIG_VERSION);
    if (!Files.isDirectory(plugin)) {
      throw new BenchmarkFailure(
          "rig-maven-plugin " + RIG_VERSION + " is not in " + repository + ": run mvn install -DskipTests at the root first");
    }
    Path examples = context.toolchain().examples();
    Path dir = context.workDir().resolve("figure7");
    ProjectBuilder.deleteRecursively(dir);
    for (String base : List.of("service-base", "backend-base")) {
      Path copy = dir.resolve(base);
      Fixtures.copyProject(examples.resolve(base), copy);
      context.runner().time(maven(copy, repository, List.of("install", "-DskipTests", "-Drig.check.skip=true", "-Dmaven.install.skip=false")));
    }
    Path service = dir.resolve("auth-service");
    Fixtures.copyProject(examples.resolve("auth-service"), service);
    Map<String, Command> variants = new LinkedHashMap<>();
    variants.put("verify", maven(service, repository, List.of("verify")));
    variants.put("verify, check skipped", maven(service, repository, List.of("verify", "-Drig.check.skip=true")));
    variants.put("verify, plugin skipped", maven(service, repository, List.of("verify", "-Drig.skip=true")));
    Map<String, Samples> measured = context.sideBySide().time(variants);
    Samples with = measured.get("verify");
    Samples skipped = measured.get("verify, check skipped");
    Samples pluginSkipped = measured.get("verify, plugin skipped");
    double added = with.median() - skipped.median();
    context.detail(
        "### Figure 7\n\n- mvn verify: "
            + with.describe()
            + "\n- mvn verify -Drig.check.skip=true: "
            + skipped.describe()
            + "\n- mvn verify -Drig.skip=true (rig:check off, the test run's check on): "
            + pluginSkipped.describe()
            + "\n");
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            id(),
            "mvn -o verify of the examples' auth-service (rig:check bound in its pom) minus the same with -Drig.check.skip=true",
            String.format(Locale.ROOT, "%s (%s vs %s)", Samples.signedMs(added), Samples.ms(with.median()), Samples.ms(skipped.median())),
            target(),
            Verdict.of(added < TARGET_MS)));
    rows.add(
        Row.info(
            id() + "a",
            "of that: rig:check in Maven's JVM (verify minus verify -Drig.skip=true, which turns off the plugin's goals only); the check in the test JVM (the rest)",
            String.format(
                Locale.ROOT,
                "rig:check %s; test run's check %s",
                Samples.signedMs(with.median() - pluginSkipped.median()),
                Samples.signedMs(pluginSkipped.median() - skipped.median()))));
    return rows;
  }

  private static Command maven(Path project, Path repository, List<String> goals) {
    List<String> args = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-q", "-o", "-Dmaven.repo.local=" + repository));
    args.addAll(goals);
    return Command.of(project, args);
  }

  static Path repository() {
    String configured = System.getProperty(REPOSITORY_PROPERTY, "");
    if (!configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }
}
