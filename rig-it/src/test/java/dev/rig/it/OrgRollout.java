package dev.rig.it;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base release rolled out to an organisation, with real git and real Maven: N services on a
 * three-level chain (rig's defaults, the org base service-base, the team base backend-base), each a
 * local bare git remote. The team base releases 1.1.0, which requires a new dependency and a new
 * key in config/database.yaml; a bot opens the bump branch every service gets (the pom's
 * backend-base version raised, nothing else); the heal workflow's {@code heal} step runs on it
 * exactly as GitHub Actions runs it (its {@code run:} script taken from the branch's own {@code
 * .github/workflows/heal.yml}, with the real {@code mvn rig:sync}); the pushed branch then builds
 * with {@code mvn verify}.
 *
 * <p>{@link OrgRolloutTest} runs it at N = 5; {@code benchmarks/rollout.sh} at N = 50.
 */
final class OrgRollout {

  static final String GROUP = "com.myorg.rollout";
  static final String BOT = "dependabot[bot]";
  static final String BOT_ID = "49699333";
  static final String OLD = "1.0.0";
  static final String NEW = "1.1.0";
  /** rig-it's pom resolves this version for the offline nested builds (as the seed scenario's). */
  static final String NEW_DEPENDENCY = "org.bouncycastle:bcprov-jdk18on:1.87";
  static final String BRANCH = "dependabot/maven/" + GROUP + "-backend-base-" + NEW;

  /** One service's rollout: what the heal committed, and how long heal and verify took. */
  record Service(
      String name,
      List<String> healedFiles,
      List<String> bumpDiff,
      int commitsByOthers,
      String pushedHead,
      String verifiedHead,
      boolean verified,
      Duration heal,
      Duration verify) {

    /** Edits a person had to make for the branch to go green: commits by anyone but the bots. */
    int humanEdits() {
      return commitsByOthers;
    }
  }

  private final Path work;
  private final PrintStream out;
  private final Path logs;
  private int logCount;

  OrgRollout(Path work, PrintStream out) {
    this.work = work;
    this.out = out;
    this.logs = work.resolve("logs");
  }

  private Path bases() {
    return work.resolve("bases");
  }

  /** Copies and installs service-base and backend-base 1.0.0, and the service template. */
  Duration buildChain() throws Exception {
    long start = System.nanoTime();
    Path examples = ScenarioFiles.examplesFolder();
    Files.createDirectories(bases());
    Path serviceBase = ScenarioFiles.copyProject(examples.resolve("service-base"), bases(), GROUP);
    Path backendBase = ScenarioFiles.copyProject(examples.resolve("backend-base"), bases(), GROUP);
    ScenarioFiles.copyProject(examples.resolve("payment-service"), bases(), GROUP);
    mustPass(serviceBase, "install");
    mustPass(backendBase, "install");
    return since(start);
  }

  /**
   * Creates {@code count} services from the payment-service template, each pushed as {@code main}
   * to a bare remote {@code remotes/service-NN.git}, with the bot's bump branch next to it.
   */
  List<String> createServicesWithBumpBranches(int count) throws Exception {
    Path template = bases().resolve("payment-service");
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String name = String.format(Locale.ROOT, "service-%02d", i);
      names.add(name);
      Path tree = work.resolve("seed").resolve(name);
      copyRenamed(template, tree, "payment-service", name);
      Path remote = remote(name);
      Files.createDirectories(remote);
      git(remote, "init", "-q", "--bare", "-b", "main");
      git(tree, "init", "-q", "-b", "main");
      git(tree, "add", "-A");
      commitAs(tree, "A Person", "person@myorg.example", "Create " + name);
      git(tree, "push", "-q", remote.toString(), "main");
      // The bot's branch: the base's version raised in pom.xml, nothing else.
      git(tree, "checkout", "-q", "-b", BRANCH);
      Path pom = tree.resolve("pom.xml");
      Files.writeString(pom, bumped(ScenarioFiles.read(pom)), StandardCharsets.UTF_8);
      git(tree, "add", "pom.xml");
      commitAs(tree, BOT, BOT_ID + "+" + BOT + "@users.noreply.github.com",
          "Bump " + GROUP + ":backend-base from " + OLD + " to " + NEW);
      git(tree, "push", "-q", remote.toString(), BRANCH);
      ScenarioFiles.deleteTree(tree);
    }
    return names;
  }

  /**
   * The team base's release: backend-base 1.1.0 requires {@link #NEW_DEPENDENCY} and a statement
   * timeout in config/database.yaml, heals its own files and is installed.
   */
  Duration releaseTeamBase() throws Exception {
    long start = System.nanoTime();
    Path base = bases().resolve("backend-base");
    Path pom = base.resolve("pom.xml");
    Files.writeString(pom, ScenarioFiles.read(pom).replaceFirst(
        "(<artifactId>backend-base</artifactId>\\s*<version>)" + Pattern.quote(OLD), "$1" + NEW));
    Path configs = base.resolve("src/main/java/com/myorg/backendbase/configs");
    ScenarioFiles.replaceOnce(configs.resolve("PomConfigFile.java"),
        "    return dependencies;",
        "    dependencies.add(\"" + NEW_DEPENDENCY + "\"); // security audit\n    return dependencies;");
    ScenarioFiles.replaceOnce(configs.resolve("DatabaseConfigFile.java"),
        "\"connection_timeout_ms\", 30000)",
        "\"connection_timeout_ms\", 30000,\n                    \"statement_timeout_ms\", 15000)");
    mustPass(base, "rig:sync");
    mustPass(base, "install");
    return since(start);
  }

  /**
   * The heal workflow's job on one service's bump branch, then the pull request's CI build: a
   * checkout of the branch (actions/checkout), the {@code heal} step's script with the workflow's
   * environment and a token that may push, then {@code mvn verify} on what was pushed.
   */
  Service heal(String name) throws Exception {
    Path remote = remote(name);
    Path checkout = work.resolve("runner").resolve(name);
    Files.createDirectories(checkout.getParent());
    git(checkout.getParent(), "clone", "-q", "--branch", BRANCH, remote.toString(), checkout.toString());
    String bumpDiff = git(checkout, "diff", "--numstat", "origin/main..." + BRANCH);
    String script = healStep(checkout.resolve(".github/workflows/heal.yml"));

    Map<String, String> env = new HashMap<>(MavenRun.environment());
    env.put("PATH", mavenWrapper().getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
    env.put("HEAL_BOT", BOT);
    env.put("HEAL_BOT_ID", BOT_ID);
    env.put("HEAL_BOTS", "dependabot[bot] renovate[bot]");
    env.put("HEAL_HEAD_REPO", "myorg/" + name);
    env.put("HEAL_REPO", "myorg/" + name);
    env.put("HEAL_BRANCH", BRANCH);
    env.put("HEAL_CAN_PUSH", "true");
    env.put("GITHUB_STEP_SUMMARY", work.resolve("summaries").resolve(name + ".md").toString());
    env.put("GITHUB_OUTPUT", work.resolve("summaries").resolve(name + ".out").toString());
    Files.createDirectories(work.resolve("summaries"));
    long start = System.nanoTime();
    ProcessResult healed = ChildProcess.run(List.of("bash", "-c", script), checkout, env);
    Duration healTime = since(start);
    keep(name + "-heal", healed);
    if (!healed.succeeded()) {
      throw new AssertionError(name + ": the heal step failed\n" + healed);
    }
    String pushed = git(remote, "rev-parse", BRANCH).strip();
    String healedFiles = git(remote, "diff", "--name-only", BRANCH + "~1", BRANCH);
    String authors = git(remote, "log", "--format=%an", "main.." + BRANCH);
    int others = 0;
    for (String author : authors.strip().split("\n")) {
      if (!author.equals(BOT) && !author.equals("github-actions[bot]")) {
        others++;
      }
    }

    // The pull request's CI: the pushed head, built as it is.
    String head = git(checkout, "rev-parse", "HEAD").strip();
    String dirty = git(checkout, "status", "--porcelain");
    start = System.nanoTime();
    ProcessResult verify = MavenRun.in(checkout).run("verify");
    Duration verifyTime = since(start);
    keep(name + "-verify", verify);
    return new Service(
        name,
        lines(healedFiles),
        lines(bumpDiff),
        others,
        pushed,
        dirty.isBlank() ? head : head + " (dirty)",
        verify.succeeded(),
        healTime,
        verifyTime);
  }

  /** The {@code run:} block of the step {@code id: heal}, as the runner's shell receives it. */
  static String healStep(Path workflow) throws IOException {
    List<String> lines = Files.readAllLines(workflow, StandardCharsets.UTF_8);
    int at = lines.indexOf(lines.stream().filter(l -> l.strip().equals("- id: heal")).findFirst()
        .orElseThrow(() -> new AssertionError(workflow + " has no step `id: heal`")));
    int run = at;
    while (!lines.get(run).strip().equals("run: |")) {
      run++;
    }
    StringBuilder script = new StringBuilder();
    String indent = null;
    for (int i = run + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        script.append('\n');
        continue;
      }
      if (indent == null) {
        indent = line.substring(0, line.length() - line.stripLeading().length());
      }
      if (!line.startsWith(indent)) {
        break;
      }
      script.append(line.substring(indent.length())).append('\n');
    }
    return script.toString();
  }

  /** {@code mvn} on the heal step's PATH: the nested builds' Maven, repository and settings. */
  private Path mavenWrapper() throws IOException {
    Path wrapper = work.resolve("bin").resolve("mvn");
    if (!Files.exists(wrapper)) {
      Files.createDirectories(wrapper.getParent());
      StringBuilder command = new StringBuilder("#!/bin/sh\nexec");
      for (String part : MavenRun.nestedMaven()) {
        command.append(" '").append(part.replace("'", "'\\''")).append('\'');
      }
      Files.writeString(wrapper, command + " \"$@\"\n");
      Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return wrapper;
  }

  /** A copy of the template whose name is {@code name} wherever the template's name was. */
  private static void copyRenamed(Path template, Path target, String from, String to)
      throws IOException {
    try (var files = Files.walk(template)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = template.relativize(file);
        if (relative.startsWith("target") || relative.toString().equals(".rig.lock")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.writeString(copy, ScenarioFiles.read(file).replace(from, to), StandardCharsets.UTF_8);
        }
      }
    }
  }

  /** The pom with backend-base's version raised, as Dependabot edits it. */
  static String bumped(String pom) {
    Matcher matcher = Pattern.compile(
        "(<artifactId>backend-base</artifactId>\\s*<version>)" + Pattern.quote(OLD) + "(</version>)")
        .matcher(pom);
    if (!matcher.find()) {
      throw new AssertionError("the service's pom.xml should depend on backend-base " + OLD);
    }
    return pom.substring(0, matcher.start()) + matcher.group(1) + NEW + matcher.group(2)
        + pom.substring(matcher.end());
  }

  private Path remote(String name) {
    return work.resolve("remotes").resolve(name + ".git");
  }

  private void mustPass(Path project, String... goals) throws Exception {
    ProcessResult result = MavenRun.in(project).run(goals);
    keep(project.getFileName() + "-" + String.join("-", goals).replace(':', '-'), result);
    if (!result.succeeded()) {
      throw new AssertionError(project.getFileName() + ": mvn " + String.join(" ", goals)
          + " failed\n" + result);
    }
  }

  private void keep(String what, ProcessResult result) throws IOException {
    Files.createDirectories(logs);
    Path log = logs.resolve(String.format(Locale.ROOT, "%03d-%s.log", ++logCount, what));
    Files.writeString(log, String.join(" ", result.command()) + "\n\n" + result.output(),
        StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "  %-32s exit %d  (log %s)%n", what, result.exitCode(), work.relativize(log));
  }

  private static void commitAs(Path dir, String name, String email, String message) throws Exception {
    git(dir, "-c", "user.name=" + name, "-c", "user.email=" + email, "commit", "-q", "-m", message);
  }

  static String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Map<String, String> env = Map.of(
        "GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_TERMINAL_PROMPT", "0");
    ProcessResult result = ChildProcess.run(command, dir, env);
    if (!result.succeeded()) {
      throw new AssertionError(result.toString());
    }
    return result.output();
  }

  private static List<String> lines(String text) {
    return text.strip().isEmpty() ? List.of() : List.of(text.strip().split("\n"));
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
