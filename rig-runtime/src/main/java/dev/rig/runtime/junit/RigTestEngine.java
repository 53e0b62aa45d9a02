package dev.rig.runtime.junit;

import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.engine.ClasspathRegistries;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform engine that makes every test run of a rig project heal the project's files:
 * rig's counterpart of pyrig's {@code assert_root_is_correct} session fixture. It contributes one
 * test, "project files are in sync", which syncs the project root against the project's registry,
 * resolved against the libraries on the test classpath, and fails, listing every changed file with its diff, when it had to change
 * anything. The next run passes.
 *
 * <p>Registered through {@code META-INF/services}; nothing else in rig-runtime refers to JUnit, so
 * rig-runtime works without JUnit on the classpath. Only long-standing Platform API is used, so the
 * engine runs on JUnit 5 launchers as well as JUnit 6.
 */
public final class RigTestEngine implements TestEngine {

  /** The engine id. Ids starting with {@code junit-} are reserved for JUnit's own engines. */
  public static final String ENGINE_ID = "rig";

  /**
   * The first verdict per root and mode in this engine's life. A launcher keeps its engines, and
   * Surefire sends several requests to one launcher: with {@code rerunFailingTestsCount} it reruns
   * the failed tests by unique id, and with {@code forkCount} above 1 it sends one request per test
   * class. The rerun repeats the verdict instead of passing on the files the first run healed,
   * which would turn drift into a "flaky" test that the build lets through; the later per-class
   * requests do not get the test again (see {@link CheckSelection}).
   */
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  /**
   * The rehearsal this engine started when it was built, or at a discovery that selected the
   * test; the test awaits it once.
   */
  private volatile CheckWarmUp warmUp;

  /** Whether an engine of this JVM started the early rehearsal: classes load once per JVM. */
  private static final AtomicBoolean EARLY_REHEARSAL = new AtomicBoolean();

  /**
   * Starts the rehearsal as soon as the launcher loads its engines, before the other engines
   * discover; discovery keeps it when it selects the test (see {@link #discover}). Configuration
   * parameters come with the discovery request, so this one reads the settings from system
   * properties and {@code junit-platform.properties}, where a build turns the check off. The first
   * engine of a JVM starts it, the rest wait for discovery: a test kit builds many.
   */
  public RigTestEngine() {
    if (EARLY_REHEARSAL.compareAndSet(false, true)) {
      ClassLoader loader = testClassLoader();
      warmUp = CheckWarmUp.start(loader, CheckWarmUp.platformProperties(loader));
    }
  }

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.rig");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("rig-runtime");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "rig");
    if (CheckSelection.selects(request, uniqueId, !verdicts.isEmpty())) {
      ProjectFilesDescriptors.addTo(engine);
      // One rehearsal per run: a launcher may discover again before it executes.
      // It loads what the check needs while the other engines discover and run their tests.
      if (verdicts.isEmpty() && warmUp == null) {
        warmUp = CheckWarmUp.start(testClassLoader(), request.getConfigurationParameters()::get);
      }
    }
    return engine;
  }

  @Override
  public void execute(ExecutionRequest request) {
    TestDescriptor engine = request.getRootTestDescriptor();
    EngineExecutionListener listener = request.getEngineExecutionListener();
    listener.executionStarted(engine);
    for (TestDescriptor container : engine.getChildren()) {
      listener.executionStarted(container);
      for (TestDescriptor test : container.getChildren()) {
        run(test, request.getConfigurationParameters(), listener);
      }
      listener.executionFinished(container, TestExecutionResult.successful());
    }
    listener.executionFinished(engine, TestExecutionResult.successful());
  }

  private void run(
      TestDescriptor test, ConfigurationParameters parameters, EngineExecutionListener listener) {
    CheckSettings settings;
    Optional<ResolvedRegistry> registry;
    try {
      settings = CheckSettings.read(parameters::get, System::getProperty);
      if (settings.skip()) {
        listener.executionSkipped(test, CheckSettings.SKIP + "=true");
        return;
      }
      CheckWarmUp started = warmUp;
      if (started != null) {
        started.await();
        warmUp = null;
      }
      registry = projectRegistry(settings.root());
    } catch (RigCheckError e) {
      listener.executionStarted(test);
      listener.executionFinished(test, TestExecutionResult.failed(e));
      return;
    }
    if (registry.isEmpty()) {
      listener.executionSkipped(test, DriftMessage.noRegistry());
      return;
    }
    listener.executionStarted(test);
    // Where rig cannot be sure its failure fails the build, it writes nothing (check mode).
    Optional<String> notSure = SurefireVersion.whyNotSure(SurefireVersion.of(testClassLoader()));
    CheckSettings effective = notSure.isPresent() ? settings.checkOnly() : settings;
    notSure.ifPresent(reason -> System.err.println("rig: warning: " + reason));
    Verdict verdict =
        verdicts.computeIfAbsent(
            effective.mode() + " " + effective.root(),
            key -> check(registry.get(), effective, notSure));
    verdict
        .summary()
        .ifPresent(
            summary -> listener.reportingEntryPublished(test, ReportEntry.from("rig", summary)));
    listener.executionFinished(test, verdict.result());
  }

  private static Verdict check(
      ResolvedRegistry registry, CheckSettings settings, Optional<String> notSure) {
    try {
      Path root = settings.existingRoot();
      return new Verdict(
          TestExecutionResult.successful(),
          Optional.of(ProjectFilesCheck.run(registry, root, settings.mode())));
    } catch (ProjectFilesOutOfSync e) {
      return new Verdict(
          TestExecutionResult.failed(
              notSure.map(reason -> (Throwable) new ProjectFilesOutOfSync(
                      e.getMessage() + "\nrig: " + reason))
                  .orElse(e)),
          Optional.empty());
    } catch (RuntimeException | LinkageError e) {
      // RuntimeException: a RigCheckError, or a bug whose stack trace belongs in the report;
      // LinkageError: a library of a format missing from the test classpath.
      return new Verdict(TestExecutionResult.failed(e), Optional.empty());
    }
  }

  /**
   * The project's registry, resolved against the libraries on the test classpath: maven-compiler-
   * plugin does not recompile the project when only a library changed, so its compiled registry
   * may be stale; the libraries' own registries are not.
   */
  private static Optional<ResolvedRegistry> projectRegistry(Path root) {
    try {
      Optional<ResolvedRegistry> resolved = ownRegistry(testClassLoader(), root);
      resolved.flatMap(ResolvedRegistry::staleness)
          .ifPresent(notice -> System.err.println("rig: warning: " + notice));
      return resolved;
    } catch (RigException e) {
      throw new RigCheckError(DriftMessage.stopped(e));
    }
  }

  /**
   * The registry of the project at {@code root} among those {@code loader} sees, resolved against
   * the libraries' registries; empty when the project has none. The test and its rehearsal
   * ({@link CheckWarmUp}) find it the same way.
   */
  static Optional<ResolvedRegistry> ownRegistry(ClassLoader loader, Path root) throws RigException {
    ClasspathRegistries registries = ClasspathRegistries.load(loader);
    Optional<ConfigRegistry> own = registries.own(root);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(registries.resolve(own.get(), root));
  }

  /** Surefire, IDEs and the console launcher load test classes through the context loader. */
  private static ClassLoader testClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : RigTestEngine.class.getClassLoader();
  }

  private record Verdict(TestExecutionResult result, Optional<String> summary) {}
}
