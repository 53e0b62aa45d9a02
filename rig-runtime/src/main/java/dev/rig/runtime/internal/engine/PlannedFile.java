package dev.rig.runtime.internal.engine;

import dev.rig.runtime.internal.engine.FileReport.Status;
import java.nio.file.Path;
import java.util.List;

/**
 * What sync will do to one file, decided before anything is written: a managed file, a file whose
 * config left the chain, or rig's {@linkplain RequiredRecord record}.
 *
 * @param path the file's path relative to the root, with {@code /}
 * @param target where the file really is (symbolic links inside the root resolved)
 * @param stored the file's current text and style, {@link StoredText#NEW_FILE} when it is missing
 * @param newText the text to write ({@code \n} line breaks), or {@code null} to leave it alone
 * @param delete whether sync deletes the file ({@code newText} is then {@code null})
 * @param notes what the user should know that is not in the diff, one line each: what rig no
 *     longer requires but kept because the user changed it
 */
record PlannedFile(
    String path,
    Path target,
    StoredText stored,
    String newText,
    boolean delete,
    List<String> notes) {

  PlannedFile {
    notes = List.copyOf(notes);
  }

  Status status() {
    if (delete) {
      return Status.DELETED;
    }
    if (newText == null) {
      return Status.UNCHANGED;
    }
    return stored.text() == null ? Status.CREATED : Status.UPDATED;
  }

  /** Whether this writes the project's first record of what rig required. */
  boolean createsRecord() {
    return path.equals(RequiredRecord.PATH) && stored.text() == null;
  }

  /** The path as rig prints it: see {@link PrintedPaths}. */
  String shownPath() {
    return PrintedPaths.of(path);
  }

  /** The report of this file; its diff is made only for a file that changes, when asked for. */
  FileReport report() {
    Status status = status();
    if (status == Status.UNCHANGED) {
      return new FileReport(path, status, "", notes);
    }
    return new FileReport(
        path,
        status,
        () -> UnifiedDiff.of(path, stored.text(), newText),
        () -> UnifiedDiff.patchOf(
            path, stored.asStored(), newText == null ? null : stored.styled(newText)),
        notes);
  }

  /** The exact bytes to write: the new text in the file's own style (BOM, CRLF). */
  byte[] bytes() {
    return stored.encode(newText);
  }
}
