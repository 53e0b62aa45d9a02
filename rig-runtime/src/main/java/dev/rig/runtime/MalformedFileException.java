package dev.rig.runtime;

/**
 * An existing file could not be parsed. rig never rewrites such a file; it reports
 * {@code path:line:column: message} and stops.
 */
public final class MalformedFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param line 1-based line of the problem, or 0 when unknown
   * @param column 1-based column of the problem, or 0 when unknown
   * @param problem what is wrong, in words a user can act on
   */
  public MalformedFileException(int line, int column, String problem) {
    super(line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public MalformedFileException(int line, int column, String problem, Throwable cause) {
    this(line, column, problem);
    initCause(cause);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }

  /** {@code path:line:column: problem}, the form compilers and editors understand. */
  public String describe(String path) {
    return path + ":" + line + ":" + column + ": " + problem;
  }
}
