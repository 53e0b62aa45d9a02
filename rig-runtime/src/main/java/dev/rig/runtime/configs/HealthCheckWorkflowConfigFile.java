package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .github/workflows/health_check.yml}: builds and tests the project with {@value
 * BuildStandards#BUILD_COMMAND} on JDK 17, 21 and 25, on every push to main, on every pull request,
 * and every night. When the build fails, the {@code target/rig.patch} that {@code rig:check} wrote
 * on drift is uploaded as an artifact.
 *
 * <p>The nightly run is staggered by the project's depth in the rig chain, in half-hour slots from
 * midnight UTC: rig at 00:00, a base at 00:30, the services on it at 01:00. A base is checked, and
 * can be fixed and released, before the services that depend on it. A day holds {@value #SLOTS}
 * slots, so depths 0 to {@value #LAST_DEPTH} each get their own, in order; deeper projects share
 * the last slot, 23:30 (rig-processor warns).
 */
@RigConfig
public class HealthCheckWorkflowConfigFile extends WorkflowConfigFile {

  /** The workflow's name, which the release workflow waits for. */
  public static final String WORKFLOW_NAME = "Health Check";

  /** Minutes between the nightly runs of two consecutive depths. */
  public static final int SLOT_MINUTES = 30;

  /** Nightly slots in a day: one per depth, in order. */
  public static final int SLOTS = 24 * 60 / SLOT_MINUTES;

  /** The deepest depth with a slot of its own. */
  public static final int LAST_DEPTH = SLOTS - 1;

  @Override
  protected String fileName() {
    return "health_check.yml";
  }

  /** {@code <minute> <hour> * * *} at the {@link #nightlySlot(int) slot} of the depth. */
  public static String nightlySchedule(int depth) {
    int minuteOfDay = nightlySlot(depth) * SLOT_MINUTES;
    return (minuteOfDay % 60) + " " + (minuteOfDay / 60) + " * * *";
  }

  /** The depth's nightly slot: 0..{@value #LAST_DEPTH} stay, deeper becomes the last one. */
  public static int nightlySlot(int depth) {
    return Math.max(0, Math.min(depth, LAST_DEPTH));
  }

  /** The steps of the build job. A fresh, mutable list: an override may add a step. */
  protected List<Object> steps() {
    List<Object> steps = new ArrayList<>();
    steps.add(checkoutStep());
    steps.add(setupJavaStep("${{ matrix.java }}"));
    steps.add(runStep("build", "Build and test", BuildStandards.BUILD_COMMAND));
    steps.add(rigPatchStep());
    return steps;
  }

  /**
   * On a failed build, uploads the patch {@code rig:check} writes on drift ({@code
   * target/rig.patch} of every module), so that a person can fix the project with {@code git
   * apply}. One artifact per JDK of the matrix: artifact names are unique within a run.
   */
  protected static Map<String, Object> rigPatchStep() {
    Map<String, Object> step =
        onlyIf(
            "failure()",
            usesStep("rig-patch", "Upload rig's patch", "actions/upload-artifact@v4"));
    step.put(
        "with",
        Tree.map(
            "name", "rig-patch-jdk-${{ matrix.java }}",
            "path", "**/target/rig.patch",
            "if-no-files-found", "ignore"));
    return step;
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name", WORKFLOW_NAME,
        "on",
            Tree.map(
                "push", Tree.map("branches", Tree.list(BuildStandards.MAIN_BRANCH)),
                "pull_request", Tree.map("branches", Tree.list(BuildStandards.MAIN_BRANCH)),
                "schedule", Tree.list(Tree.map("cron", nightlySchedule(project().depth()))),
                "workflow_dispatch", Tree.map()),
        "permissions", Tree.map("contents", "read"),
        "jobs",
            Tree.map(
                "build",
                Tree.map(
                    "name",
                    "Build on JDK ${{ matrix.java }}",
                    "runs-on",
                    "ubuntu-latest",
                    "strategy",
                    Tree.map(
                        "fail-fast",
                        false,
                        "matrix",
                        Tree.map("java", new ArrayList<Object>(BuildStandards.TESTED_JDKS))),
                    "steps",
                    steps())));
  }
}
