package dev.rig.bench.report;

/** How a figure compares with its target. */
public enum Verdict {
  PASS,
  FAIL,
  /** A number that explains another one; it has no target of its own. */
  INFO,
  /** The figure could not be measured; the value says why. */
  NOT_MEASURED;

  public static Verdict of(boolean met) {
    return met ? PASS : FAIL;
  }

  public String label() {
    return switch (this) {
      case PASS -> "PASS";
      case FAIL -> "FAIL";
      case INFO -> "info";
      case NOT_MEASURED -> "not measured";
    };
  }
}
