package dev.rig.runtime.internal.engine;

/**
 * A run stopped: a malformed file, a path outside the root, two configs on one path, a file that
 * could not be written. The message is what the user sees, one problem per line that does not start
 * with a space, each followed by indented lines that say what to do. The exit code is 2.
 */
public final class RigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean nothingWritten;

  public RigException(String message) {
    this(message, null, false);
  }

  public RigException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private RigException(String message, Throwable cause, boolean nothingWritten) {
    super(message, cause);
    this.nothingWritten = nothingWritten;
  }

  /**
   * A problem found before rig wrote any file.
   *
   * @param message the problem; see the class comment for its shape
   * @param advice lines that say what to do, indented below it
   */
  static RigException beforeWriting(String message, String... advice) {
    StringBuilder text = new StringBuilder(message);
    for (String line : advice) {
      text.append("\n  ").append(line);
    }
    return new RigException(text.toString(), null, true);
  }

  /** Whether rig stopped before writing anything, so that every file is as it was. */
  public boolean nothingWritten() {
    return nothingWritten;
  }
}
