package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .github/workflows/release.yml}: after the Health Check passed on a push to main, releases
 * the version in pom.xml when it is not a {@code -SNAPSHOT} and has no tag yet: deploys the
 * artifacts to the repository's GitHub Packages Maven registry, then creates the tag {@code
 * v<version>} and a GitHub release with generated notes and the jar.
 *
 * <p>To release, set a release version in pom.xml (say {@code 1.2.0}) and push it; then move on to
 * the next {@code -SNAPSHOT}. A base publishes elsewhere by overriding {@link #steps()}: steps are
 * merged by {@code id}.
 */
@RigConfig
public class ReleaseWorkflowConfigFile extends WorkflowConfigFile {

  /** The workflow's name, which the docs deployment waits for. */
  public static final String WORKFLOW_NAME = "Release";

  private static final String RELEASE = "steps.version.outputs.release == 'true'";

  @Override
  protected String fileName() {
    return "release.yml";
  }

  /** The steps of the release job. A fresh, mutable list. */
  protected List<Object> steps() {
    Map<String, Object> checkout = checkoutStep();
    checkout.put("with", Tree.map("ref", "${{ github.event.workflow_run.head_sha }}"));

    Map<String, Object> version =
        runStep(
            "version",
            "Read the version from pom.xml",
            """
            version="$(mvn -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout)"
            echo "version=$version" >> "$GITHUB_OUTPUT"
            if [[ "$version" == *-SNAPSHOT ]]; then
              echo "$version is a snapshot: nothing to release. Set a release version in pom.xml to release it."
              echo "release=false" >> "$GITHUB_OUTPUT"
            elif git ls-remote --exit-code --tags origin "refs/tags/v$version" > /dev/null; then
              echo "v$version is already released."
              echo "release=false" >> "$GITHUB_OUTPUT"
            else
              echo "release=true" >> "$GITHUB_OUTPUT"
            fi
            """);

    Map<String, Object> publish =
        onlyIf(
            RELEASE,
            runStep(
                "publish",
                "Publish to GitHub Packages",
                "mvn -B -ntp deploy -DskipTests"
                    + " -DaltDeploymentRepository=github::https://maven.pkg.github.com/${{"
                    + " github.repository }}"));
    publish.put("env", Tree.map("GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}"));

    Map<String, Object> release =
        onlyIf(
            RELEASE,
            runStep(
                "release",
                "Create the GitHub release",
                """
                gh release create "v$VERSION" target/*.jar \\
                  --target "${{ github.event.workflow_run.head_sha }}" \\
                  --title "v$VERSION" \\
                  --generate-notes
                """));
    release.put(
        "env",
        Tree.map(
            "GH_TOKEN", "${{ github.token }}",
            "VERSION", "${{ steps.version.outputs.version }}"));

    List<Object> steps = new ArrayList<>();
    steps.add(checkout);
    steps.add(setupJavaStep(BuildStandards.TESTED_JDKS.get(0)));
    steps.add(version);
    steps.add(publish);
    steps.add(release);
    return steps;
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name", WORKFLOW_NAME,
        "on",
            Tree.map(
                "workflow_run",
                Tree.map(
                    "workflows", Tree.list(HealthCheckWorkflowConfigFile.WORKFLOW_NAME),
                    "types", Tree.list("completed"),
                    "branches", Tree.list(BuildStandards.MAIN_BRANCH))),
        "permissions", Tree.map("contents", "write", "packages", "write"),
        "concurrency", Tree.map("group", "release", "cancel-in-progress", false),
        "jobs",
            Tree.map(
                "release",
                Tree.map(
                    "name",
                    "Release the version in pom.xml",
                    "if",
                    "github.event.workflow_run.conclusion == 'success'"
                        + " && github.event.workflow_run.event == 'push'",
                    "runs-on",
                    "ubuntu-latest",
                    "steps",
                    steps())));
  }
}
