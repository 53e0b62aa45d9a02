package dev.rig.runtime.junit;

/**
 * The rig test could not run to a verdict: a file rig cannot parse, a setting it does not
 * understand, no way to tell which registry is the project's. The message says what to do; a stack
 * trace would only point into rig, so none is recorded.
 */
final class RigCheckError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RigCheckError(String message) {
    super(message, null, false, false);
  }
}
