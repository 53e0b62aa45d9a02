package dev.rig.runtime.engine;

/**
 * What sync did (or, in check mode, would do) to one file.
 *
 * @param path the file's path relative to the root, with {@code /} separators
 * @param status created, updated or unchanged
 * @param diff a unified diff of the change, empty when unchanged
 */
public record FileReport(String path, Status status, String diff) {

  /** What happened to a file. */
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public boolean changed() {
    return status != Status.UNCHANGED;
  }
}
