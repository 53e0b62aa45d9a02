package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.junit.FixtureRegistries.GrownLibraryRegistry;
import dev.rig.runtime.junit.FixtureRegistries.LibraryRegistry;
import dev.rig.runtime.junit.FixtureRegistries.ProjectRegistry;
import dev.rig.runtime.junit.FixtureRegistries.RivalRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The rig test as a user meets it: a project root with {@code app.settings} and {@code
 * config/db.settings} managed by {@link ProjectRegistry}, run through the engine the way Surefire
 * runs it (one class selector per test class of the module).
 */
class RigTestEngineExecutionTest {

  private static final String APP_IN_SYNC = "greeting=hello\n";
  private static final String DB_IN_SYNC = "url=jdbc:h2:mem:app\n";
  private static final String TEST_ID =
      "[engine:rig]/[class:dev.rig.runtime.junit.ProjectFilesInSyncTest]/[check:project-files]";

  @TempDir Path root;
  @TempDir Path classpath;

  private ClassLoader projectClasspath;

  @BeforeEach
  void putTheProjectsRegistryOnTheClasspath() {
    projectClasspath =
        FixtureRegistries.listing(classpath, LibraryRegistry.class, ProjectRegistry.class);
  }

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty("rig.check.skip");
  }

  @Test
  void aProjectInSyncGetsOnePassingTestAndKeepsItsFiles() throws IOException {
    writeProjectInSync();

    EngineExecutionResults results = run(new RigTestEngine(), Map.of());

    results
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0).skipped(0));
    assertThat(read("app.settings")).isEqualTo(APP_IN_SYNC);
    assertThat(read("config/db.settings")).isEqualTo(DB_IN_SYNC);
    assertThat(
            results.allEvents().reportingEntryPublished().stream()
                .map(
                    event ->
                        event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("rig")))
        .containsExactly(
            "2 files in sync. (configs: dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry"
                + " of com.example:project:1.0)");
  }

  @Test
  void driftFailsTheTestListsEveryFileWithItsDiffAndHealsTheFiles() throws IOException {
    write("app.settings", "greeting=bye\nextra=kept\n");

    EngineExecutionResults results = run(new RigTestEngine(), Map.of());

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure).isInstanceOf(ProjectFilesOutOfSync.class);
    assertThat(failure.getMessage())
        .startsWith(
            "rig updated these files: review the changes and commit them.\n"
                + "    updated app.settings\n"
                + "    created config/db.settings\n")
        .contains("-greeting=bye", "+greeting=hello", "+url=jdbc:h2:mem:app")
        .endsWith(
            "The files on disk are already fixed and the next test run passes; commit the"
                + " changes.\n"
                + "(configs: dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry of"
                + " com.example:project:1.0)");
    assertThat(failure.getStackTrace()).isEmpty();
    assertThat(read("app.settings")).contains("greeting=hello\n").contains("extra=kept\n");
    assertThat(read("config/db.settings")).isEqualTo(DB_IN_SYNC);
  }

  /**
   * Discovery starts a rehearsal of the check on another thread to load rig's classes early; it
   * must leave the files and standard error as they are, so that the test itself finds the drift,
   * heals it and reports it exactly as without the rehearsal.
   */
  @Test
  void theRehearsalStartedAtDiscoveryWritesAndPrintsNothing() throws IOException {
    write("app.settings", "greeting=bye\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CheckWarmUp.start(
              projectClasspath,
              key -> key.equals("rig.root") ? Optional.of(root.toString()) : Optional.empty())
          .await();
    } finally {
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(read("app.settings")).isEqualTo("greeting=bye\n");
    assertThat(root.resolve("config/db.settings")).doesNotExist();
    assertThat(root.resolve(".rig")).doesNotExist();
  }

  @Test
  void theRunAfterHealingPasses() throws IOException {
    write("app.settings", "greeting=bye\n");
    run(new RigTestEngine(), Map.of()).testEvents().assertStatistics(stats -> stats.failed(1));

    run(new RigTestEngine(), Map.of()).testEvents().assertStatistics(stats -> stats.succeeded(1));
  }

  /**
   * Surefire's rerunFailingTestsCount reruns in the same launcher: drift must not become a flake.
   */
  @Test
  void aRerunInTheSameLauncherRepeatsTheFirstVerdict() throws IOException {
    write("app.settings", "greeting=bye\n");
    RigTestEngine engine = new RigTestEngine();
    Throwable first =
        onlyFailure(
            run(engine, Map.of(), selectClass("com.example.project.GreetingTest")).testEvents());

    Throwable rerun = onlyFailure(run(engine, Map.of(), selectUniqueId(TEST_ID)).testEvents());

    assertThat(rerun).hasMessage(first.getMessage());
  }

  /** Surefire with forkCount above 1 sends one request per test class to the same launcher. */
  @Test
  void laterRequestsForOtherClassesInTheSameLauncherDoNotRepeatTheTest() throws IOException {
    writeProjectInSync();
    RigTestEngine engine = new RigTestEngine();
    run(engine, Map.of(), selectClass("com.example.project.GreetingTest"))
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));

    run(engine, Map.of(), selectClass("com.example.project.FarewellTest"))
        .testEvents()
        .assertStatistics(stats -> stats.started(0).skipped(0));
  }

  @Test
  void aFileRigCannotParseFailsTheTestWithItsPositionAndIsLeftUntouched() throws IOException {
    String malformed = "greeting hello\n";
    write("app.settings", malformed);

    EngineExecutionResults results = run(new RigTestEngine(), Map.of());

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure).isInstanceOf(RigCheckError.class);
    assertThat(failure.getMessage())
        .contains("app.settings:1:15: expected '=' after a key")
        .endsWith("\nNothing was written.\nRun the tests again once this is fixed.");
    assertThat(read("app.settings")).isEqualTo(malformed);
  }

  @Test
  void checkModeReportsDriftAndWritesNothing() throws IOException {
    write("app.settings", "greeting=bye\n");

    EngineExecutionResults results = run(new RigTestEngine(), Map.of("rig.check.mode", "check"));

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure.getMessage())
        .startsWith(
            "These files are not in sync with the project's configs (rig.check.mode=check:"
                + " nothing was written):\n"
                + "    would be updated app.settings\n"
                + "    would be created config/db.settings\n")
        .contains("-greeting=bye", "+greeting=hello")
        .contains(
            "Run the tests without rig.check.mode=check (or mvn rig:sync)"
                + " to write these changes, then commit them.");
    assertThat(read("app.settings")).isEqualTo("greeting=bye\n");
    assertThat(root.resolve("config/db.settings")).doesNotExist();
  }

  @Test
  void checkModePassesOnAProjectInSync() throws IOException {
    writeProjectInSync();

    run(new RigTestEngine(), Map.of("rig.check.mode", "check"))
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));
  }

  @Test
  void theConfigurationParameterSkipsTheCheck() throws IOException {
    write("app.settings", "greeting=bye\n");

    EngineExecutionResults results = run(new RigTestEngine(), Map.of("rig.check.skip", "true"));

    assertSkippedBecause(results, "rig.check.skip=true");
    assertThat(read("app.settings")).isEqualTo("greeting=bye\n");
  }

  @Test
  void theSystemPropertySkipsTheCheck() throws IOException {
    write("app.settings", "greeting=bye\n");
    System.setProperty("rig.check.skip", "true");

    EngineExecutionResults results = run(new RigTestEngine(), Map.of());

    assertSkippedBecause(results, "rig.check.skip=true");
    assertThat(read("app.settings")).isEqualTo("greeting=bye\n");
  }

  @Test
  void withoutARegistryTheTestIsSkippedWithTheReason() {
    projectClasspath = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    EngineExecutionResults results = run(new RigTestEngine(), Map.of());

    assertSkippedBecause(results, DriftMessage.noRegistry());
    assertThat(root).isEmptyDirectory();
  }

  @Test
  void twoRegistriesAtTheDeepestLevelFailTheTestAndWriteNothing() {
    projectClasspath =
        FixtureRegistries.listing(classpath, ProjectRegistry.class, RivalRegistry.class);

    Throwable failure = onlyFailure(run(new RigTestEngine(), Map.of()).testEvents());

    assertThat(failure).isInstanceOf(RigCheckError.class);
    assertThat(failure.getMessage())
        .startsWith("[RigRegistry] rig cannot tell which registry belongs to the project in ")
        .contains("dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry from com.example:project:1.0",
            "dev.rig.runtime.junit.FixtureRegistries$RivalRegistry from com.example:rival:1.0");
    assertThat(root).isEmptyDirectory();
  }

  /**
   * The library gained a config after the project's registry was compiled: the run resolves the
   * leaves from the library's own registry, creates the new file, and says the registry is stale.
   */
  @Test
  void aConfigALibraryGainedAfterTheProjectWasCompiledIsSyncedOnTheNextRun() throws IOException {
    projectClasspath =
        FixtureRegistries.listing(classpath, GrownLibraryRegistry.class, ProjectRegistry.class);
    write("app.settings", APP_IN_SYNC);
    write("config/db.settings", DB_IN_SYNC);

    Throwable failure = onlyFailure(run(new RigTestEngine(), Map.of()).testEvents());

    assertThat(failure).isInstanceOf(ProjectFilesOutOfSync.class);
    assertThat(failure.getMessage())
        .startsWith(
            "rig updated these files: review the changes and commit them.\n"
                + "    created metrics.settings\n")
        .contains(
            "[RigStaleRegistry] dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry was"
                + " compiled against other rig libraries than those on the classpath now",
            "    now also managed: com.example.library.MetricsConfigFile\n",
            "Recompile with `mvn clean install`");
    assertThat(read("metrics.settings")).isEqualTo("enabled=true\n");
    run(new RigTestEngine(), Map.of())
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
  }

  @Test
  void aSettingRigDoesNotUnderstandFailsTheTest() {
    Throwable failure =
        onlyFailure(run(new RigTestEngine(), Map.of("rig.check.mode", "heal")).testEvents());

    assertThat(failure).hasMessage("rig.check.mode must be 'sync' or 'check', but is 'heal'.");
  }

  @Test
  void aRootThatDoesNotExistFailsTheTestInsteadOfBeingCreated() {
    Path typo = root.resolve("no-such-module");

    Throwable failure =
        onlyFailure(run(new RigTestEngine(), Map.of("rig.root", typo.toString())).testEvents());

    assertThat(failure.getMessage())
        .startsWith("The project root " + typo + " is not a directory.");
    assertThat(typo).doesNotExist();
  }

  private EngineExecutionResults run(RigTestEngine engine, Map<String, String> parameters) {
    return run(engine, parameters, selectClass("com.example.project.GreetingTest"));
  }

  private EngineExecutionResults run(
      RigTestEngine engine, Map<String, String> parameters, DiscoverySelector selector) {
    Map<String, String> all = new HashMap<>(parameters);
    all.putIfAbsent("rig.root", root.toString());
    return FixtureRegistries.withContextClassLoader(
        projectClasspath,
        () ->
            EngineTestKit.engine(engine)
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(all)
                .selectors(selector)
                .execute());
  }

  private static Throwable onlyFailure(Events tests) {
    tests.assertStatistics(stats -> stats.started(1).failed(1));
    Event finished = tests.failed().list().get(0);
    return finished.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }

  private static void assertSkippedBecause(EngineExecutionResults results, String reason) {
    results.testEvents().assertStatistics(stats -> stats.skipped(1).started(0));
    assertThat(results.testEvents().skipped().list().get(0).getRequiredPayload(String.class))
        .isEqualTo(reason);
  }

  /** The project's files as rig last synced them, with the record of what it required. */
  private void writeProjectInSync() throws IOException {
    write("app.settings", APP_IN_SYNC);
    write("config/db.settings", DB_IN_SYNC);
    try {
      Engine.of(new FixtureRegistries.ProjectRegistry(), root).sync();
    } catch (RigException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }
}
