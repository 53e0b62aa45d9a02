package dev.rig.runtime.junit;

import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A read-only rehearsal of the rig test, started on a daemon thread when the launcher loads rig's
 * engine (or, failing that, when discovery selects the test), so that loading rig's classes (the
 * registry, the configs, the format stacks the project's files need) overlaps what the other
 * engines do before the rig test runs.
 *
 * <p>It only warms the JVM: it runs {@link Engine#check()}, which writes nothing, with its notices
 * dropped, and its outcome is thrown away. The test itself still runs in {@code execute()}, after
 * {@link #await()}, exactly as without the rehearsal, so its verdict, what it writes, what it
 * prints and the order of all of that against the other engines' tests do not change; only the
 * classes it needs are already loaded.
 */
final class CheckWarmUp {

  private final FutureTask<Void> task;

  private CheckWarmUp(FutureTask<Void> task) {
    this.task = task;
  }

  /**
   * Starts the rehearsal of the check that {@code parameters} (JUnit configuration parameters, with
   * system properties behind them) describe, against the registry {@code loader} sees. The thread
   * reads the settings itself, so the caller's thread pays for nothing but starting it; nothing is
   * rehearsed when the check is off or its settings are wrong (the test reports those).
   */
  static CheckWarmUp start(ClassLoader loader, Function<String, Optional<String>> parameters) {
    FutureTask<Void> task = new FutureTask<>(new Rehearsal(loader, parameters), null);
    Thread thread = new Thread(task, "rig-check-warm-up");
    thread.setDaemon(true);
    thread.setContextClassLoader(loader);
    thread.start();
    return new CheckWarmUp(task);
  }

  /**
   * The settings a launcher's engines have before any discovery: system properties, then the
   * JUnit Platform's {@code junit-platform.properties} on the test class path (where a build turns
   * the check off), read on first use.
   */
  static Function<String, Optional<String>> platformProperties(ClassLoader loader) {
    return new PlatformProperties(loader);
  }

  /**
   * Waits for the rehearsal to end, so that the test does not load the same classes beside it.
   * Whatever the rehearsal met is ignored: the test meets it again and reports it.
   */
  void await() {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // The test itself runs next and reports what went wrong.
    }
  }

  /** The rehearsal itself; a named class rather than a lambda, linked on the caller's thread. */
  private record Rehearsal(ClassLoader loader, Function<String, Optional<String>> parameters)
      implements Runnable {

    @Override
    public void run() {
      try {
        CheckSettings settings = CheckSettings.read(parameters, System::getProperty);
        if (!settings.skip() && Files.isDirectory(settings.root())) {
          rehearse(loader, settings.root());
        }
      } catch (RigCheckError | RigException e) {
        // The test meets it again and reports it.
      }
    }
  }

  private static void rehearse(ClassLoader loader, Path root) throws RigException {
    Optional<ResolvedRegistry> own = RigTestEngine.ownRegistry(loader, root);
    if (own.isPresent()) {
      Engine.of(own.get(), root).withNotices(notice -> {}).check();
      // What the test does after the check besides it: find Surefire's version, and publish its
      // summary, whose timestamp loads java.time and the time-zone rules.
      SurefireVersion.of(loader);
      ReportEntry.from("rig", "");
    }
  }

  /** System properties, then {@code junit-platform.properties}; see {@link #platformProperties}. */
  private static final class PlatformProperties implements Function<String, Optional<String>> {
    private final ClassLoader loader;
    private Properties file;

    PlatformProperties(ClassLoader loader) {
      this.loader = loader;
    }

    @Override
    public Optional<String> apply(String key) {
      String property = System.getProperty(key);
      return property != null ? Optional.of(property) : Optional.ofNullable(file().getProperty(key));
    }

    private Properties file() {
      if (file == null) {
        file = new Properties();
        URL resource = loader.getResource("junit-platform.properties");
        if (resource != null) {
          try (InputStream in = resource.openStream()) {
            file.load(in);
          } catch (IOException | IllegalArgumentException e) {
            // The platform reports it; the rehearsal only warms the JVM.
          }
        }
      }
      return file;
    }
  }
}
