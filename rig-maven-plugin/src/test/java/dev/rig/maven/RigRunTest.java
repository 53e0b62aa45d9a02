package dev.rig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees of one rig run in Maven's log and under BUILD FAILURE. */
class RigRunTest {

  private static final String WARNING =
      "rig: warning: rig's check will not run in `mvn test` here\n  add a test class\n";

  private final RecordingLog log = new RecordingLog();

  @Test
  void aRunThatSucceededIsLoggedLineByLineWithItsWarnings() throws Exception {
    new RigRun(0, "created   pom.xml\nrig: 1 file checked, 1 created\n\n", WARNING)
        .report(log, "sync");

    assertEquals(
        List.of(
            "WARN rig: warning: rig's check will not run in `mvn test` here",
            "WARN   add a test class",
            "INFO created   pom.xml",
            "INFO rig: 1 file checked, 1 created"),
        log.lines);
  }

  @Test
  void aDriftFailsTheGoalWithTheReportAsItsMessageLoggedOnce() {
    String report =
        "rig: 1 file is out of sync with this project's configs:\n"
            + "    pom.xml (would be updated)\n"
            + "rig: run 'mvn rig:sync' to fix it, then review the changes and commit them\n";

    MojoFailureException failure =
        assertThrows(
            MojoFailureException.class,
            () -> new RigRun(RigRun.DRIFT, report, WARNING).report(log, "check"));

    assertEquals(report.strip(), failure.getMessage());
    assertEquals(
        List.of(
            "WARN rig: warning: rig's check will not run in `mvn test` here",
            "WARN   add a test class"),
        log.lines);
  }

  @Test
  void anErrorFailsTheGoalWithRigsErrorsAndKeepsWarningsInTheLog() {
    String errors =
        "rig: error: .github/dependabot.yml:2:10: expected a value\n"
            + "  fix the syntax; rig never rewrites a file it cannot parse\n"
            + "rig: nothing was written\n";

    MojoFailureException failure =
        assertThrows(
            MojoFailureException.class,
            () -> new RigRun(2, "", WARNING + errors).report(log, "sync"));

    assertEquals(errors.strip(), failure.getMessage());
    assertEquals(2, log.lines.size(), log.lines::toString);
  }

  @Test
  void anErrorWithoutWordsStillSaysWhichGoalFailed() {
    MojoFailureException failure =
        assertThrows(MojoFailureException.class, () -> new RigRun(2, "", "").report(log, "list"));

    assertEquals("rig:list failed with exit code 2", failure.getMessage());
  }

  @Test
  void aClassPathIsRigsOnlyWhenItHoldsTheBuildToolsEntryPoint(@TempDir Path classes)
      throws Exception {
    assertEquals(false, RigTool.isOn(List.of(classes)));

    Path entryPoint = classes.resolve(RigTool.ENTRY_POINT.replace('.', '/') + ".class");
    Files.createDirectories(entryPoint.getParent());
    Files.write(entryPoint, new byte[0]);

    assertTrue(RigTool.isOn(List.of(classes)));
  }

  @Test
  void aRigRuntimeWithoutTheEntryPointNamesTheFix(@TempDir Path classes) {
    MojoExecutionException failure =
        assertThrows(
            MojoExecutionException.class,
            () -> RigTool.run(List.of(classes), List.of("check"), "com.acme:auth-service"));

    assertTrue(
        failure.getMessage().startsWith("the rig-runtime on this class path has no " + RigTool.ENTRY_POINT),
        failure::getMessage);
  }

  /** Maven's log, as lines of level and text. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("WARN " + content);
    }
  }
}
