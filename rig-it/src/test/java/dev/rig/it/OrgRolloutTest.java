package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's promise at organisation scale: a team base's release reaches every service as a green
 * branch with no human edit. N services ({@code -Drig.rollout.services}, 5 here, 50 from {@code
 * benchmarks/rollout.sh}) each get the bot's bump branch; the heal workflow's step, run as GitHub
 * Actions runs it with the real {@code mvn rig:sync}, commits the healed files; {@code mvn verify}
 * passes on the pushed head. The figures go to {@code -Drig.rollout.report} (rig-it's {@code
 * target/rollout.md}).
 */
class OrgRolloutTest {

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path work;

  @Test
  @DisplayName("a team base's release heals every service's bump branch, and each then passes mvn verify")
  void aBaseReleaseReachesEveryServiceGreen() throws Exception {
    InstalledRig.verify();
    int count = Integer.getInteger("rig.rollout.services", 5);
    OrgRollout rollout = new OrgRollout(work, System.out);

    Duration chain = rollout.buildChain();
    List<String> names = rollout.createServicesWithBumpBranches(count);
    Duration release = rollout.releaseTeamBase();
    long start = System.nanoTime();
    List<OrgRollout.Service> services = new ArrayList<>();
    for (String name : names) {
      services.add(rollout.heal(name));
    }
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    String report = report(count, chain, release, services, total);
    System.out.println(report);
    String reportFile = System.getProperty("rig.rollout.report");
    if (reportFile != null && !reportFile.isBlank()) {
      Files.createDirectories(Path.of(reportFile).toAbsolutePath().getParent());
      Files.writeString(Path.of(reportFile), report, StandardCharsets.UTF_8);
    }

    Path remotes = work.resolve("remotes");
    assertAll(services.stream().map(service -> () -> {
      String what = service.name() + ": ";
      assertEquals(List.of("1\t1\tpom.xml"), service.bumpDiff(),
          what + "the bot's branch should change one line of pom.xml");
      assertEquals(List.of(".rig/required.json", "config/database.yaml", "pom.xml"), service.healedFiles(),
          what + "the heal commit should hold exactly what backend-base " + OrgRollout.NEW + " requires");
      assertEquals(0, service.humanEdits(), what + "commits by a person on the branch");
      assertEquals(service.pushedHead(), service.verifiedHead(),
          what + "mvn verify should build the pushed head, unchanged");
      assertTrue(service.verified(), what + "mvn verify should pass on the healed branch");
      Path remote = remotes.resolve(service.name() + ".git");
      String branch = OrgRollout.BRANCH;
      assertTrue(OrgRollout.git(remote, "show", branch + ":pom.xml").contains("<artifactId>bcprov-jdk18on</artifactId>"),
          what + "pom.xml should declare the new dependency");
      assertTrue(OrgRollout.git(remote, "show", branch + ":config/database.yaml").contains("statement_timeout_ms: 15000"),
          what + "config/database.yaml should hold the new key");
      assertTrue(OrgRollout.git(remote, "log", "-1", "--format=%B", branch).contains(
          "Co-authored-by: " + OrgRollout.BOT + " <" + OrgRollout.BOT_ID + "+" + OrgRollout.BOT
              + "@users.noreply.github.com>"), what + "the bot should be the heal commit's co-author");
    }));
  }

  /** The figures as a Markdown table, one row per service, then the totals. */
  static String report(int count, Duration chain, Duration release, List<OrgRollout.Service> services,
      Duration total) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT,
        "Rollout of backend-base %s to %d services (chain built in %s, base released in %s)%n%n",
        OrgRollout.NEW, count, seconds(chain), seconds(release)));
    text.append("| service | heal (rig:sync + commit + push) | mvn verify | healed files | human edits | green |\n");
    text.append("|---|---:|---:|---|---:|---|\n");
    Duration heal = Duration.ZERO;
    Duration verify = Duration.ZERO;
    int edits = 0;
    int green = 0;
    for (OrgRollout.Service service : services) {
      heal = heal.plus(service.heal());
      verify = verify.plus(service.verify());
      edits += service.humanEdits();
      green += service.verified() ? 1 : 0;
      text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s |%n", service.name(),
          seconds(service.heal()), seconds(service.verify()), String.join(", ", service.healedFiles()),
          service.humanEdits(), service.verified() ? "yes" : "NO"));
    }
    int n = Math.max(1, services.size());
    text.append(String.format(Locale.ROOT,
        "%nTotal for %d services: %s (heal %s, verify %s); per service: heal %s, verify %s; "
            + "green %d/%d; human edits %d.%n",
        services.size(), seconds(total), seconds(heal), seconds(verify),
        seconds(heal.dividedBy(n)), seconds(verify.dividedBy(n)), green, services.size(), edits));
    return text.toString();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
