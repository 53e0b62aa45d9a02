package dev.rig.runtime.junit;

/**
 * The project's files did not hold what its configs require. In sync mode rig has already written
 * the fix; the message lists every file with its diff. A stack trace would only point into rig, so
 * none is recorded.
 */
public final class ProjectFilesOutOfSync extends AssertionError {

  private static final long serialVersionUID = 1L;

  ProjectFilesOutOfSync(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
