package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.internal.facts.BuildStandards;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .github/workflows/heal.yml}: when a dependency bot (Dependabot, Renovate) opens or updates
 * a pull request from a branch of this repository that changes a pom, runs {@value
 * BuildStandards#SYNC_COMMAND} and commits the healed files to the bot's branch, with the bot as
 * co-author. A base release then reaches every service as a pull request that already holds the
 * files the new base requires, and whose checks run on them.
 *
 * <p>A push made with {@code GITHUB_TOKEN} starts no workflow run, so the pull request's checks
 * would never see the healed commit: the job pushes with the {@value #TOKEN_SECRET} secret (a
 * token that may push to the repository; for Dependabot's pull requests, a Dependabot secret). A
 * GitHub App token works as well: override {@link #steps()} to add a token step and {@link
 * #pushToken()} to use it. Without the secret the job pushes nothing: it says why in the job
 * summary and uploads the healed commit as the artifact {@value #PATCH_ARTIFACT} ({@code git am}).
 *
 * <p>It never runs for a fork's pull request, and the workflow's own token reads only. The job's
 * logic is one script, {@code heal.sh} next to this class, inlined as the {@code heal} step; the
 * tests run that same script on local git remotes.
 */
@RigConfig
public class HealWorkflowConfigFile extends WorkflowConfigFile {

  /** The workflow's name. */
  public static final String WORKFLOW_NAME = "Heal";

  /** The secret holding the token the heal pushes with. */
  public static final String TOKEN_SECRET = "RIG_TOKEN";

  /** The artifact holding the healed commit when there is no token to push it. */
  public static final String PATCH_ARTIFACT = "rig-heal-patch";

  /** The script of the {@code heal} step, as the tests run it. */
  public static final String SCRIPT_RESOURCE = "heal.sh";

  private static final String SAME_REPOSITORY =
      "github.event.pull_request.head.repo.full_name == github.repository";

  @Override
  protected String fileName() {
    return "heal.yml";
  }

  /** The logins of the bots whose pull requests are healed. A fresh, mutable list. */
  protected List<String> bots() {
    return new ArrayList<>(List.of("dependabot[bot]", "renovate[bot]"));
  }

  /**
   * The expression (without <code>${{ }}</code>) of the token the healed commit is pushed with;
   * empty means no push. An override may name a GitHub App token made by an earlier step, say
   * {@code steps.app-token.outputs.token}.
   */
  protected String pushToken() {
    return "secrets." + TOKEN_SECRET;
  }

  /** The text of {@code heal.sh}, the script of the {@code heal} step. */
  public static String script() {
    try (InputStream in = HealWorkflowConfigFile.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from rig-runtime's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The steps of the heal job. A fresh, mutable list: an override may add a step. */
  protected List<Object> steps() {
    Map<String, Object> checkout = checkoutStep();
    checkout.put(
        "with",
        Tree.map(
            "ref", "${{ github.event.pull_request.head.ref }}",
            "token", "${{ " + pushToken() + " || github.token }}"));

    Map<String, Object> heal = runStep("heal", "Sync the managed files and commit them", script());
    heal.put(
        "env",
        Tree.map(
            "HEAL_BOT", "${{ github.event.pull_request.user.login }}",
            "HEAL_BOT_ID", "${{ github.event.pull_request.user.id }}",
            "HEAL_BOTS", String.join(" ", bots()),
            "HEAL_HEAD_REPO", "${{ github.event.pull_request.head.repo.full_name }}",
            "HEAL_REPO", "${{ github.repository }}",
            "HEAL_BRANCH", "${{ github.event.pull_request.head.ref }}",
            "HEAL_CAN_PUSH", "${{ " + pushToken() + " != '' }}"));

    Map<String, Object> patch =
        onlyIf(
            "steps.heal.outputs.patch != ''",
            usesStep("patch", "Upload the healed commit", "actions/upload-artifact@v4"));
    patch.put(
        "with", Tree.map("name", PATCH_ARTIFACT, "path", "${{ steps.heal.outputs.patch }}"));

    List<Object> steps = new ArrayList<>();
    steps.add(checkout);
    steps.add(setupJavaStep(BuildStandards.TESTED_JDKS.get(0)));
    steps.add(heal);
    steps.add(patch);
    return steps;
  }

  /** The job's condition: a pull request of one of the {@link #bots()}, not from a fork. */
  protected String condition() {
    List<String> quoted = bots().stream().map(bot -> '"' + bot + '"').toList();
    return SAME_REPOSITORY
        + " && contains(fromJSON('["
        + String.join(", ", quoted)
        + "]'), github.event.pull_request.user.login)";
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name", WORKFLOW_NAME,
        "on",
            Tree.map(
                "pull_request",
                Tree.map(
                    "types", Tree.list("opened", "synchronize", "reopened"),
                    "paths", Tree.list("**/pom.xml"))),
        "permissions", Tree.map("contents", "read"),
        "concurrency",
            Tree.map(
                "group", "heal-${{ github.event.pull_request.number }}",
                "cancel-in-progress", true),
        "jobs",
            Tree.map(
                "heal",
                Tree.map(
                    "name",
                    "Sync the bumped bases' standards",
                    "if",
                    condition(),
                    "runs-on",
                    "ubuntu-latest",
                    "steps",
                    steps())));
  }
}
