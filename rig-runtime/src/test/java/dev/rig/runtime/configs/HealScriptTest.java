package dev.rig.runtime.configs;

import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static dev.rig.runtime.testing.Git.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.testing.Git;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heal workflow's {@code heal} step, run as the workflow runs it: the script {@link
 * HealWorkflowConfigFile#script()} inlines, in a clone of a local bare remote checked out on the
 * bot's branch, with the environment the workflow gives it. {@code mvn} is a stand-in that heals
 * one file as {@code mvn rig:sync} would and leaves build output in target/; the simulation in
 * rig-it runs the same script with the real {@code mvn rig:sync}.
 */
class HealScriptTest {

  private static final String BRANCH = "dependabot/maven/com.acme-service-base-1.1.0";

  @TempDir Path tmp;
  private Path remote;
  private Path clone;
  private Path summary;
  private Path output;

  @BeforeEach
  void aServiceWithABotBranch() throws Exception {
    remote = tmp.resolve("service.git");
    Files.createDirectories(remote);
    git(remote, "init", "-q", "--bare", "-b", "main");
    Path work = tmp.resolve("work");
    Files.createDirectories(work);
    git(work, "init", "-q", "-b", "main");
    write(work.resolve(".gitignore"), "target/\n");
    write(work.resolve("pom.xml"), "<project><version>1.0.0</version></project>\n");
    commit(work, "service");
    git(work, "checkout", "-q", "-b", BRANCH);
    write(work.resolve("pom.xml"), "<project><version>1.1.0</version></project>\n");
    commit(work, "Bump service-base from 1.0.0 to 1.1.0");
    git(work, "push", "-q", remote.toString(), "main", BRANCH);

    clone = tmp.resolve("checkout");
    git(tmp, "clone", "-q", "--branch", BRANCH, remote.toString(), clone.toString());
    summary = tmp.resolve("summary.md");
    output = tmp.resolve("output");
    Path bin = tmp.resolve("bin");
    write(
        bin.resolve("mvn"),
        """
        #!/bin/sh
        [ "$*" = "-B -ntp rig:sync" ] || { echo "unexpected mvn $*"; exit 2; }
        grep -qx .rig.lock .gitignore || printf '.rig.lock\\n' >> .gitignore
        mkdir -p target/classes && echo built > target/classes/App.class
        """);
    Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void commit(Path dir, String message) throws Exception {
    git(dir, "add", "-A");
    git(dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message);
  }

  private String heal(String bot, String headRepo, boolean canPush) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
    env.put("HEAL_BOT", bot);
    env.put("HEAL_BOT_ID", "49699333");
    env.put("HEAL_BOTS", "dependabot[bot] renovate[bot]");
    env.put("HEAL_HEAD_REPO", headRepo);
    env.put("HEAL_REPO", "acme/service");
    env.put("HEAL_BRANCH", BRANCH);
    env.put("HEAL_CAN_PUSH", String.valueOf(canPush));
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    return Git.run(clone, env, List.of("bash", "-c", HealWorkflowConfigFile.script()));
  }

  private String remoteBranch() throws Exception {
    return git(remote, "rev-parse", BRANCH).strip();
  }

  @Test
  void aBotBranchGetsTheHealedCommitWithTheBotAsCoAuthor() throws Exception {
    String before = remoteBranch();

    String log = heal("dependabot[bot]", "acme/service", true);

    assertTrue(log.contains("rig heal: pushed"), log);
    assertEquals(before, git(remote, "rev-parse", BRANCH + "~1").strip(), "one commit on top");
    String message = git(remote, "log", "-1", "--format=%an <%ae>%n%B", BRANCH);
    assertTrue(
        message.contains(
            "Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"),
        message);
    assertTrue(message.startsWith("github-actions[bot] <"), message);
    assertEquals(
        ".gitignore\n", git(remote, "diff", "--name-only", BRANCH + "~1", BRANCH), "no target/");
    assertEquals("target/\n.rig.lock\n", git(remote, "show", BRANCH + ":.gitignore"));
    assertTrue(read(summary).contains("rig healed `" + BRANCH + "`"), read(summary));

    String again = heal("dependabot[bot]", "acme/service", true);

    assertTrue(again.contains("nothing to commit"), again);
    assertEquals(before, git(remote, "rev-parse", BRANCH + "~1").strip(), "a second run adds none");
  }

  @Test
  void aForkPullRequestGetsNothing() throws Exception {
    String before = remoteBranch();

    String log = heal("dependabot[bot]", "someone/service", true);

    assertTrue(log.contains("is a fork"), log);
    assertEquals(before, remoteBranch(), "nothing pushed");
    assertEquals("target/\n", read(clone.resolve(".gitignore")), "sync did not run");
    assertFalse(Files.exists(summary));
  }

  @Test
  void aPersonsPullRequestGetsNothing() throws Exception {
    String before = remoteBranch();

    String log = heal("octocat", "acme/service", true);

    assertTrue(log.contains("not one of the bots"), log);
    assertEquals(before, remoteBranch());
  }

  @Test
  void withoutATokenItExplainsAndLeavesThePatch() throws Exception {
    String before = remoteBranch();

    String log = heal("renovate[bot]", "acme/service", false);

    assertEquals(before, remoteBranch(), "nothing pushed");
    assertTrue(log.contains("::warning::"), log);
    assertTrue(read(summary).contains("no `RIG_TOKEN` secret"), read(summary));
    assertTrue(read(summary).contains("- .gitignore"), read(summary));
    assertEquals("patch=target/rig-heal.patch\n", read(output));
    Path patch = clone.resolve("target/rig-heal.patch");
    Path other = tmp.resolve("other");
    git(tmp, "clone", "-q", "--branch", BRANCH, remote.toString(), other.toString());
    git(other, "-c", "user.name=t", "-c", "user.email=t@example.com", "am", "-q", patch.toString());
    assertEquals("target/\n.rig.lock\n", read(other.resolve(".gitignore")));
    assertTrue(
        git(other, "log", "-1", "--format=%B").contains("Co-authored-by: renovate[bot]"),
        "the patch keeps the co-author");
  }
}
