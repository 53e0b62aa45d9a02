package dev.rig.runtime.engine;

import java.util.List;

/**
 * What sync did (or, in check mode, would do) to one file.
 *
 * @param path the file's path relative to the root, with {@code /} separators
 * @param status created, updated, deleted or unchanged
 * @param diff a unified diff of the change, empty when unchanged
 * @param notes what the user should know beyond the diff, one line each: content rig no longer
 *     requires but kept because the user changed it, a file rig no longer manages
 */
public record FileReport(String path, Status status, String diff, List<String> notes) {

  /** What happened to a file. */
  public enum Status {
    CREATED,
    UPDATED,
    DELETED,
    UNCHANGED
  }

  public FileReport {
    notes = List.copyOf(notes);
  }

  /** A report without notes. */
  public FileReport(String path, Status status, String diff) {
    this(path, status, diff, List.of());
  }

  public boolean changed() {
    return status != Status.UNCHANGED;
  }
}
