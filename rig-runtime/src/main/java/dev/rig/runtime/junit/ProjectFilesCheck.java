package dev.rig.runtime.junit;

import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.ResolvedRegistry;
import dev.rig.runtime.internal.engine.RigException;
import dev.rig.runtime.internal.engine.RunReport;
import java.nio.file.Path;

/**
 * The body of the rig test: sync (or check) the project root against the registry and turn the
 * outcome into a verdict a user can act on.
 */
final class ProjectFilesCheck {

  private ProjectFilesCheck() {}

  /**
   * Runs the check and returns a one-line summary when the files were in sync.
   *
   * @throws ProjectFilesOutOfSync when a file had to change (sync) or would change (check)
   * @throws RigCheckError when rig could not finish, e.g. a file it cannot parse
   */
  static String run(ResolvedRegistry registry, Path root, CheckMode mode) {
    RunReport report;
    try {
      Engine engine = Engine.of(registry, root);
      report = mode == CheckMode.SYNC ? engine.sync() : engine.check();
    } catch (RigException e) {
      throw new RigCheckError(DriftMessage.stopped(e));
    }
    if (report.changed()) {
      throw new ProjectFilesOutOfSync(DriftMessage.outOfSync(report, mode, registry));
    }
    return DriftMessage.inSync(report, registry);
  }
}
