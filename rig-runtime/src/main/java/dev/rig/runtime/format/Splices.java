package dev.rig.runtime.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of one text, made at once: every offset refers to the original text, so
 * that edits found independently never shift each other. Insertions at one offset keep the order
 * they were added in and come before a replacement that starts there.
 */
final class Splices {

  private record Splice(int start, int end, String text, int order) {}

  private final List<Splice> splices = new ArrayList<>();

  /** Replaces the characters from {@code start} up to {@code end} with {@code text}. */
  void replace(int start, int end, String text) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("no range " + start + ".." + end);
    }
    splices.add(new Splice(start, end, text, splices.size()));
  }

  void insert(int at, String text) {
    replace(at, at, text);
  }

  void delete(int start, int end) {
    replace(start, end, "");
  }

  /**
   * {@code original} with every splice made.
   *
   * @throws IllegalArgumentException when two splices overlap
   */
  String apply(String original) {
    if (splices.isEmpty()) {
      return original;
    }
    List<Splice> sorted = new ArrayList<>(splices);
    sorted.sort(
        Comparator.comparingInt(Splice::start)
            .thenComparing(splice -> splice.end() != splice.start())
            .thenComparingInt(Splice::order));
    StringBuilder out = new StringBuilder(original.length() + 64);
    int at = 0;
    for (Splice splice : sorted) {
      if (splice.start() < at) {
        throw new IllegalArgumentException("two edits change the same text at " + splice.start());
      }
      out.append(original, at, splice.start()).append(splice.text());
      at = splice.end();
    }
    return out.append(original, at, original.length()).toString();
  }
}
