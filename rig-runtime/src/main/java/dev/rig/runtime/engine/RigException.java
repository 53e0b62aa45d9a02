package dev.rig.runtime.engine;

/**
 * A run stopped before writing anything it should not: a malformed file, a path outside the
 * root, two configs on one path. The message is what the user sees; the exit code is 2.
 */
public final class RigException extends Exception {

  private static final long serialVersionUID = 1L;

  public RigException(String message) {
    super(message);
  }

  public RigException(String message, Throwable cause) {
    super(message, cause);
  }
}
