package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.internal.engine.FileReport.Status;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Diffs show the real change, stay linear on huge files, and are capped; a report that nobody
 * prints never makes one. The timeout only catches a quadratic diff that would hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UnifiedDiffTest {

  private static String numbered(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }

  @Test
  void aDiffShowsTheChangedLinesWithThreeLinesOfContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

    assertEquals(
        """
        --- a/x.txt
        +++ b/x.txt
        @@ -2,7 +2,7 @@
         b
         c
         d
        -e
        +E
         f
         g
         h
        """,
        UnifiedDiff.of("x.txt", before, after));
  }

  @Test
  void twoChangesFarApartInAHugeFileAreTwoSmallHunks() {
    String before = numbered(0, 200_000);
    String after =
        before.replace("line 10\n", "line ten\n").replace("line 190000\n", "line 190k\n");

    String diff = UnifiedDiff.of("big.txt", before, after);

    assertEquals(
        """
        --- a/big.txt
        +++ b/big.txt
        @@ -8,7 +8,7 @@
         line 7
         line 8
         line 9
        -line 10
        +line ten
         line 11
         line 12
         line 13
        @@ -189998,7 +189998,7 @@
         line 189997
         line 189998
         line 189999
        -line 190000
        +line 190k
         line 190001
         line 190002
         line 190003
        """,
        diff);
  }

  @Test
  void aFileRewrittenWholeIsOneHunkCutAfterTheCap() {
    String before = "{" + "\"k\": 1, ".repeat(100_000) + "\"z\": 2}\n";
    String after = numbered(0, 40_000);

    String diff = UnifiedDiff.of("one-line.json", before, after);

    String[] lines = diff.split("\n");
    assertEquals("@@ -1,1 +1,40000 @@", lines[2]);
    // "-" and the line without its line break: as long as the text, of which 1,000 are shown.
    assertTrue(
        lines[3].endsWith(" [" + (before.length() - UnifiedDiff.MAX_LINE_LENGTH) + " more"
            + " characters]"),
        lines[3].substring(lines[3].length() - 40));
    assertEquals(UnifiedDiff.MAX_LINES + 1, lines.length);
    assertEquals(
        "[" + (40_000 + 4 - UnifiedDiff.MAX_LINES) + " more lines of this diff are not shown; rig"
            + " shows the first " + UnifiedDiff.MAX_LINES + "]",
        lines[lines.length - 1]);
  }

  @Test
  void thePatchIsWholeForGitApply() {
    String before = "{" + "\"k\": 1, ".repeat(100_000) + "\"z\": 2}\n";

    String patch = UnifiedDiff.patchOf("one-line.json", before, numbered(0, 40_000));

    assertEquals(40_000 + 4, patch.split("\n").length, "nothing cut");
    assertTrue(patch.contains("\n-" + before), "the long line whole");
  }

  @Test
  void controlCharactersInThePathAreEscaped() {
    String diff = UnifiedDiff.of("a\nb.txt", null, "x\n");

    assertTrue(diff.startsWith("--- /dev/null\n+++ b/a\\nb.txt\n"), diff);
  }

  @Test
  void aReportMakesItsDiffOnlyWhenAskedAndOnce() {
    int[] made = {0};
    FileReport report =
        new FileReport(
            "x.txt",
            Status.UPDATED,
            () -> {
              made[0]++;
              return "diff\n";
            },
            () -> "patch\n",
            java.util.List.of());

    assertEquals(0, made[0], "no diff work before anyone asks");
    assertEquals("diff\n", report.diff());
    assertEquals("diff\n", report.diff());
    assertEquals(1, made[0]);
  }
}
