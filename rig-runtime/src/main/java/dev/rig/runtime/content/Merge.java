package dev.rig.runtime.content;

import java.util.List;

/**
 * What a sync does to one existing file: the edits to apply to its text, and what rig stopped
 * requiring but left in place because the user changed it since rig wrote it.
 *
 * @param edits the edits, addressed into the file's content as parsed; none when it is correct
 * @param kept one line per thing kept, naming where it is ({@code on.schedule[0]: {cron=0 2 * *
 *     *}}, {@code line 7: [![Java 17+](...)]}); reported to the user, not an error
 */
public record Merge(List<Edit> edits, List<String> kept) {

  public Merge {
    edits = List.copyOf(edits);
    kept = List.copyOf(kept);
  }

  /** Whether the file must be written. */
  public boolean changes() {
    return !edits.isEmpty();
  }
}
