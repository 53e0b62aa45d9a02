package dev.rig.runtime.internal;

import java.util.List;

/**
 * What sync decided for one existing or missing file.
 *
 * @param text the complete new text ({@code \n} line breaks), or {@code null} to leave the file as
 *     it is
 * @param required the required content, normalized: what the record keeps for the next sync
 * @param kept what rig no longer requires but left in place because the user changed it, one line
 *     each
 */
public record Plan(String text, Object required, List<String> kept) {
  public Plan {
    kept = List.copyOf(kept);
  }
}
