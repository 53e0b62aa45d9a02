package dev.rig.runtime.internal.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What sync did (or, in check mode, would do) to one file. The diff is made the first time it is
 * asked for: a sync whose output prints no diff never pays for one.
 */
public final class FileReport {

  /** What happened to a file. */
  public enum Status {
    CREATED,
    UPDATED,
    DELETED,
    UNCHANGED
  }

  private final String path;
  private final Status status;
  private final List<String> notes;
  private Supplier<String> diffMaker;
  private String diff;
  private Supplier<String> patchMaker;
  private String patch;

  /**
   * @param path the file's path relative to the root, with {@code /} separators
   * @param status created, updated, deleted or unchanged
   * @param diff a unified diff of the change, empty when unchanged
   * @param notes what the user should know beyond the diff, one line each: content rig no longer
   *     requires but kept because the user changed it, a file rig no longer manages
   */
  public FileReport(String path, Status status, String diff, List<String> notes) {
    this(path, status, notes);
    this.diff = Objects.requireNonNull(diff, "diff");
    this.patch = diff;
  }

  /** A report without notes. */
  public FileReport(String path, Status status, String diff) {
    this(path, status, diff, List.of());
  }

  /**
   * A report whose diff and patch {@code diffMaker} and {@code patchMaker} make when they are first
   * asked for.
   */
  FileReport(
      String path,
      Status status,
      Supplier<String> diffMaker,
      Supplier<String> patchMaker,
      List<String> notes) {
    this(path, status, notes);
    this.diffMaker = Objects.requireNonNull(diffMaker, "diffMaker");
    this.patchMaker = Objects.requireNonNull(patchMaker, "patchMaker");
  }

  private FileReport(String path, Status status, List<String> notes) {
    this.path = Objects.requireNonNull(path, "path");
    this.status = Objects.requireNonNull(status, "status");
    this.notes = List.copyOf(notes);
  }

  /** The file's path relative to the root, with {@code /} separators. */
  public String path() {
    return path;
  }

  public Status status() {
    return status;
  }

  /**
   * What the user should know beyond the diff, one line each: content rig no longer requires but
   * kept because the user changed it, a file rig no longer manages.
   */
  public List<String> notes() {
    return notes;
  }

  /** A unified diff of the change, empty when unchanged. */
  public synchronized String diff() {
    if (diff == null) {
      diff = diffMaker.get();
      diffMaker = null;
    }
    return diff;
  }

  /**
   * The same change as {@code git apply} needs it, empty when unchanged: uncapped, and for a file
   * with CRLF line breaks or a byte order mark, with its lines as the file holds them ({@link
   * #diff()} shows every line with {@code \n}).
   */
  public synchronized String patch() {
    if (patch == null) {
      patch = patchMaker.get();
      patchMaker = null;
    }
    return patch;
  }

  public boolean changed() {
    return status != Status.UNCHANGED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileReport report
        && path.equals(report.path)
        && status == report.status
        && notes.equals(report.notes)
        && diff().equals(report.diff());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, status);
  }

  @Override
  public String toString() {
    return "FileReport[path=" + path + ", status=" + status + ", diff=" + diff() + ", notes="
        + notes + "]";
  }
}
