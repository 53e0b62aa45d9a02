package dev.rig.runtime.internal.engine;

/** The diff rig prints, for tests outside the engine package that show what a sync changes. */
public final class Diffs {

  private Diffs() {}

  /** See {@link UnifiedDiff#of}. */
  public static String of(String path, String oldText, String newText) {
    return UnifiedDiff.of(path, oldText, newText);
  }
}
