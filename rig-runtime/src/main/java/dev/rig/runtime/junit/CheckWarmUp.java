package dev.rig.runtime.junit;

import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

  /** Starts the rehearsal of a check of {@code root} against the registry {@code loader} sees. */
  static CheckWarmUp start(ClassLoader loader, Path root) {
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              rehearse(loader, root);
              return null;
            });
    Thread thread = new Thread(task, "rig-check-warm-up");
    thread.setDaemon(true);
    thread.setContextClassLoader(loader);
    thread.start();
    return new CheckWarmUp(task);
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

  private static void rehearse(ClassLoader loader, Path root) throws Exception {
    if (!Files.isDirectory(root)) {
      return;
    }
    Optional<ResolvedRegistry> own = RigTestEngine.ownRegistry(loader, root);
    if (own.isPresent()) {
      Engine.of(own.get(), root).withNotices(notice -> {}).check();
      // What the test does after the check besides it: find Surefire's version, and publish its
      // summary, whose timestamp loads java.time and the time-zone rules.
      SurefireVersion.of(loader);
      ReportEntry.from("rig", "");
    }
  }
}
