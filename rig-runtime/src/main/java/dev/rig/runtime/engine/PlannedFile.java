package dev.rig.runtime.engine;

import dev.rig.runtime.engine.FileReport.Status;

/**
 * What sync will do to one file, decided before anything is written.
 *
 * @param leaf the leaf that manages the file
 * @param stored the file's current text and style, {@link StoredText#NEW_FILE} when it is missing
 * @param newText the text to write ({@code \n} line breaks), or {@code null} to leave it alone
 */
record PlannedFile(Leaf leaf, StoredText stored, String newText) {

  Status status() {
    if (newText == null) {
      return Status.UNCHANGED;
    }
    return stored.text() == null ? Status.CREATED : Status.UPDATED;
  }

  /** The report of this file; its diff is made only for a file that changes, when asked for. */
  FileReport report() {
    Status status = status();
    if (status == Status.UNCHANGED) {
      return new FileReport(leaf.path(), status, "");
    }
    return new FileReport(
        leaf.path(),
        status,
        () -> UnifiedDiff.of(leaf.path(), stored.text(), newText),
        () -> UnifiedDiff.patchOf(leaf.path(), stored.asStored(), stored.styled(newText)));
  }

  /** The exact bytes to write: the new text in the file's own style (BOM, CRLF). */
  byte[] bytes() {
    return stored.encode(newText);
  }
}
