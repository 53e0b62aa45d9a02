package dev.rig.runtime;

/** Test stub of rig-runtime's MalformedFileException. */
public final class MalformedFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedFileException(int line, int column, String problem) {
    super(line + ":" + column + ": " + problem);
  }
}
