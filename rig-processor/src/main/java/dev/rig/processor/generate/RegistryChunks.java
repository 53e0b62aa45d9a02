package dev.rig.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits what the registry lists into runs that each fit one generated method or one string
 * constant. The JVM limits a method to 65,535 bytes of bytecode and a string constant to 65,535
 * bytes, so a registry of thousands of configs cannot list them in one; a run closes at a number
 * of items, or earlier when its items would grow too large together.
 */
final class RegistryChunks {

  /** Cases of {@code create(String)} per method: small enough to read, and far from the limit. */
  static final int CASES_PER_METHOD = 250;

  /** Upper bound of the bytecode of one case of {@code create(String)}. */
  static final int BYTES_PER_CASE = 40;

  /** Bytes of a table of leaves per string constant: half the JVM's limit. */
  static final int BYTES_PER_TABLE = 32_000;

  private RegistryChunks() {}

  /** Consecutive runs of {@code items}, in their order, none empty. */
  static <T> List<List<T>> split(
      List<T> items, ToIntFunction<T> cost, int maxItems, int maxCost) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> chunk = new ArrayList<>();
    int total = 0;
    for (T item : items) {
      int itemCost = cost.applyAsInt(item);
      if (!chunk.isEmpty() && (chunk.size() == maxItems || total + itemCost > maxCost)) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        total = 0;
      }
      chunk.add(item);
      total += itemCost;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** Bytes of {@code text} in a class file's constant pool (modified UTF-8). */
  static int constantBytes(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
