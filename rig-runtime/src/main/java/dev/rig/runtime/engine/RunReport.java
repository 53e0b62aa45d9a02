package dev.rig.runtime.engine;

import dev.rig.runtime.engine.FileReport.Status;
import java.util.List;

/** The outcome of one sync or check over every managed file, in the order they were handled. */
public record RunReport(List<FileReport> files) {

  public RunReport {
    files = List.copyOf(files);
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
