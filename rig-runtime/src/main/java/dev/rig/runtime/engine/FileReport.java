package dev.rig.runtime.engine;

/**
 * What sync did (or, in check mode, would do) to one file.
 *
 * @param path the file's path relative to the root, with {@code /} separators
 * @param status created, updated or unchanged
 * @param diff a unified diff of the change, empty when unchanged
 * @param patch the same change as {@code git apply} needs it, empty when unchanged: for a file with
 *     CRLF line breaks or a byte order mark, its lines carry them as the file holds them ({@code
 *     diff} shows every line with {@code \n}); otherwise equal to {@code diff}
 */
public record FileReport(String path, Status status, String diff, String patch) {

  /** A report whose patch is its diff (a file with {@code \n} line breaks and no mark). */
  public FileReport(String path, Status status, String diff) {
    this(path, status, diff, diff);
  }

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
