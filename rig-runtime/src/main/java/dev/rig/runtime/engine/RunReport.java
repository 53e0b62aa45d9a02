package dev.rig.runtime.engine;

import dev.rig.runtime.engine.FileReport.Status;
import java.util.List;

/**
 * The outcome of one sync or check over every managed file, in the order they were handled.
 *
 * @param files what happened to each file, rig's record of what it required among them when it
 *     changed
 * @param recordCreated whether the project had no record of what rig required, so that sync
 *     wrote (check: would write) its first one; that changes no managed file, and is not drift
 * @param notices what the user should know about files rig does not write, one line each: a file
 *     that belongs at the git root above the project root (see {@code docs/safety.md})
 */
public record RunReport(List<FileReport> files, boolean recordCreated, List<String> notices) {

  public RunReport {
    files = List.copyOf(files);
    notices = List.copyOf(notices);
  }

  /** A report without notices. */
  public RunReport(List<FileReport> files, boolean recordCreated) {
    this(files, recordCreated, List.of());
  }

  /** A report of a run that found a record, or needs none. */
  public RunReport(List<FileReport> files) {
    this(files, false);
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
