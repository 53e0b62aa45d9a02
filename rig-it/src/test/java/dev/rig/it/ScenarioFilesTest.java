package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of an example moved to another group is that project in the new group in every file rig
 * synced: the rollout simulation's bot bumps {@code com.acme.*} bases, so dependabot.yml must group
 * those, not the examples' {@code com.myorg} ones. No Maven runs here.
 */
class ScenarioFilesTest {

  @TempDir Path work;

  @Test
  void aCopiedServiceGroupsItsBasesInTheNewGroup() throws IOException {
    Path examples = ScenarioFiles.examplesFolder();
    String original = read(examples.resolve("payment-service/.github/dependabot.yml"));
    assertTrue(original.contains("- com.myorg:backend-base\n"), original);

    Path copy =
        ScenarioFiles.copyProject(examples.resolve("payment-service"), work, "com.acme.rollout");

    String dependabot = read(copy.resolve(".github/dependabot.yml"));
    assertFalse(dependabot.contains("com.myorg"), dependabot);
    assertTrue(dependabot.contains("- com.acme.rollout:service-base\n"), dependabot);
    assertTrue(dependabot.contains("- com.acme.rollout:backend-base\n"), dependabot);
    assertTrue(dependabot.contains("- dev.rig:rig-runtime\n"), dependabot);
    String record = read(copy.resolve(".rig/required.json"));
    assertFalse(record.contains("com.myorg"), record);
    assertEquals(
        original.replace("com.myorg:", "com.acme.rollout:"), dependabot, "nothing else changes");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
