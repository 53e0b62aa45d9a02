package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.engine.FileReport.Status;
import java.util.List;

/**
 * The outcome of one sync or check over every managed file, in the order they were handled.
 *
 * @param files what happened to each file, rig's record of what it required among them when it
 *     changed
 * @param createdRecord when the project had no record of what rig required, the first one that
 *     sync wrote (check: would write); that changes no managed file, and is not drift. Else null
 * @param notices what the user should know about files rig does not write, each a line, maybe
 *     followed by indented ones: the files that belong at the top of the git repository when that
 *     is above the project root
 */
public record RunReport(List<FileReport> files, FileReport createdRecord, List<String> notices) {

  public RunReport {
    files = List.copyOf(files);
    notices = List.copyOf(notices);
  }

  /** A report without notices. */
  public RunReport(List<FileReport> files, FileReport createdRecord) {
    this(files, createdRecord, List.of());
  }

  /** A report of a run that found a record, or needs none. */
  public RunReport(List<FileReport> files) {
    this(files, null);
  }

  /** Whether sync wrote (check: would write) the project's first record of what rig required. */
  public boolean recordCreated() {
    return createdRecord != null;
  }

  /**
   * Every change sync makes (check: would make) as one patch that {@code git apply} applies from
   * the project root, the first record included, so that applying it leaves nothing to sync;
   * empty when no managed file changes.
   */
  public String patch() {
    if (!changed()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (FileReport file : changedFiles()) {
      text.append(file.patch());
    }
    if (createdRecord != null) {
      text.append(createdRecord.patch());
    }
    return text.toString();
  }

  /** The files that sync changed (or would change). */
  public List<FileReport> changedFiles() {
    return files.stream().filter(FileReport::changed).toList();
  }

  public boolean changed() {
    return files.stream().anyMatch(FileReport::changed);
  }

  /** How many files have {@code status}. */
  public int count(Status status) {
    return (int) files.stream().filter(file -> file.status() == status).count();
  }
}
