package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .github/workflows/health_check.yml}: builds and tests the project with {@value
 * BuildStandards#BUILD_COMMAND} on JDK 17, 21 and 25, on every push to main, on every pull request,
 * and every night.
 *
 * <p>The nightly run starts at the hour (UTC) equal to the project's depth in the rig chain: rig at
 * 0, a base at 1, the services on it at 2. A base is checked, and can be fixed and released, before
 * the services that depend on it. Past depth 23 the hour stays 23 (rig-processor warns).
 */
@RigConfig
public class HealthCheckWorkflowConfigFile extends WorkflowConfigFile {

  /** The workflow's name, which the release workflow waits for. */
  public static final String WORKFLOW_NAME = "Health Check";

  /** The latest hour a cron schedule has. */
  static final int LAST_HOUR = 23;

  @Override
  protected String fileName() {
    return "health_check.yml";
  }

  /** {@code 0 <hour> * * *} with the hour of {@link #nightlyHour(int)}. */
  public static String nightlySchedule(int depth) {
    return "0 " + nightlyHour(depth) + " * * *";
  }

  /** The project's depth, kept within a day's hours: 0..23 stay, more becomes 23. */
  public static int nightlyHour(int depth) {
    return Math.max(0, Math.min(depth, LAST_HOUR));
  }

  /** The steps of the build job. A fresh, mutable list: an override may add a step. */
  protected List<Object> steps() {
    List<Object> steps = new ArrayList<>();
    steps.add(checkoutStep());
    steps.add(setupJavaStep("${{ matrix.java }}"));
    steps.add(runStep("build", "Build and test", BuildStandards.BUILD_COMMAND));
    return steps;
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
