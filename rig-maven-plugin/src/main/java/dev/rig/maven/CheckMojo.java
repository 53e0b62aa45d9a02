package dev.rig.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes nothing; fails the build when a managed file is out of sync, naming the files, showing
 * their diff (capped) and saying to run {@code mvn rig:sync}. rig's default pom runs it in {@code
 * verify}, so a drift fails the build whatever the test run could report. It does not compile the
 * project itself: in {@code verify} that is done, and on its own it runs after {@code mvn
 * test-compile}. On drift it also writes {@code target/rig.patch}, which {@code git apply} applies
 * from the project's directory.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractRigMojo {

  /** Skips this check, as it skips the one in the test run. */
  @Parameter(property = "rig.check.skip", defaultValue = "false")
  boolean checkSkip;

  /** The most lines of diff the failure shows, in all; 0 shows every line. */
  @Parameter(property = "rig.maxDiffLines", defaultValue = "50")
  int maxDiffLines;

  /**
   * Where a drift is written as one patch, {@code git apply}-able from the project's directory (as
   * OpenRewrite writes {@code rewrite.patch}); deleted when every file is in sync. Empty: no patch.
   */
  @Parameter(property = "rig.patch", defaultValue = "${project.build.directory}/rig.patch")
  java.io.File patch;

  @Override
  String goal() {
    return "check";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (checkSkip) {
      getLog().info("rig: check skipped (rig.check.skip=true)");
      return;
    }
    String maxLines = String.valueOf(Math.max(0, maxDiffLines));
    if (patch == null || patch.getPath().isEmpty()) {
      runOnProject("check", "--max-diff-lines", maxLines);
    } else {
      runOnProject("check", "--max-diff-lines", maxLines, "--patch", patch.getAbsolutePath());
    }
  }
}
