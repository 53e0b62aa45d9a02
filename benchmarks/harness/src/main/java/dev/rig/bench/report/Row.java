package dev.rig.bench.report;

/**
 * One line of the results table.
 *
 * @param id the figure's number in issue 8 ("1", "2", ...), with a letter for the rows that
 *     break it down ("2b")
 * @param figure what was measured, in words
 * @param value the measured value, with its spread where there is one
 * @param target the target, or empty
 * @param verdict how the value compares with the target
 */
public record Row(String id, String figure, String value, String target, Verdict verdict) {

  public static Row info(String id, String figure, String value) {
    return new Row(id, figure, value, "", Verdict.INFO);
  }

  public static Row notMeasured(String id, String figure, String target, String reason) {
    return new Row(id, figure, reason, target, Verdict.NOT_MEASURED);
  }
}
