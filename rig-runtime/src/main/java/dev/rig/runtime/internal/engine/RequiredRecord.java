package dev.rig.runtime.internal.engine;

import dev.rig.runtime.MalformedFileException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What rig required of each managed file at the last sync: the base of the next sync's three-way
 * merge, so that rig can take out what it required before and no longer requires. It lives in the
 * project as {@value #PATH}, committed with the files it describes.
 *
 * <p>One entry per file, by path: the required content in the content model and, when rig wrote
 * the whole file and nobody changed it since, the SHA-256 of its text. Only such a file is deleted
 * when its config leaves the chain. Entries are sorted by path and each required value sits on as
 * few lines as stay readable, so that the record diffs and merges like source code.
 *
 * <p>The record is by path alone, and names no class: a file whose leaf moves to another class (a
 * service moving to a deeper base, an override that only settles a conflict) keeps its history,
 * and the record changes only when what is required changes. {@code list} names the classes.
 */
final class RequiredRecord {

  /** Where the record lives, relative to the project root. */
  static final String PATH = ".rig/required.json";

  /** The version of the record's layout this rig reads and writes. */
  static final int FORMAT = 1;

  private static final String ABOUT =
      "What rig required of each file it manages at the last sync, so that it can remove what it"
          + " no longer requires. rig writes this file: commit it with the files, do not edit it.";

  /**
   * What rig required of one file.
   *
   * @param written {@code sha256:<hex>} of the file's text when rig wrote all of it (it stays, no
   *     longer matching, once somebody changes the file), else {@code null}
   * @param required the required content, normalized
   */
  record Entry(String written, Object required) {}

  /** A record that holds nothing: a project rig has not synced since it began keeping one. */
  static final RequiredRecord NONE = new RequiredRecord(Collections.emptySortedMap());

  private final SortedMap<String, Entry> files;

  RequiredRecord(Map<String, Entry> files) {
    this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The entry of the file at {@code path}, or {@code null}. */
  Entry entry(String path) {
    return files.get(path);
  }

  /** Every recorded path, sorted. */
  List<String> paths() {
    return List.copyOf(files.keySet());
  }

  /** The record's text: deterministic, ending with a line break. */
  String render() {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"about\": ").append(RecordJson.quote(ABOUT)).append(",\n");
    out.append("  \"format\": ").append(FORMAT).append(",\n");
    out.append("  \"files\": {");
    int i = 0;
    for (Map.Entry<String, Entry> file : files.entrySet()) {
      Entry entry = file.getValue();
      out.append(i++ == 0 ? "\n" : ",\n");
      out.append("    ").append(RecordJson.quote(file.getKey())).append(": {\n");
      if (entry.written() != null) {
        out.append("      \"written\": ").append(RecordJson.quote(entry.written())).append(",\n");
      }
      String key = "      \"required\": ";
      out.append(key);
      RecordJson.write(out, entry.required(), 6, key.length());
      out.append("\n    }");
    }
    out.append(files.isEmpty() ? "}\n" : "\n  }\n").append("}\n");
    return out.toString();
  }

  /**
   * The line of the first git merge conflict marker in {@code text}, or 0 when there is none.
   */
  static int conflictLine(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("<<<<<<<")
          || line.startsWith(">>>>>>>")
          || line.startsWith("|||||||")
          || line.equals("=======")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Reads a record's text.
   *
   * @throws MalformedFileException when the text is not a record this rig can read
   */
  static RequiredRecord parse(String text) throws MalformedFileException {
    if (!(RecordJson.read(text) instanceof Map<?, ?> top)) {
      throw new MalformedFileException(1, 1, "expected a JSON object");
    }
    if (!(top.get("format") instanceof Number format) || format.intValue() != FORMAT) {
      throw new MalformedFileException(
          1,
          1,
          "\"format\" is "
              + top.get("format")
              + ", but this rig reads records of format "
              + FORMAT
              + (top.get("format") instanceof Number n && n.intValue() > FORMAT
                  ? " (a newer rig wrote it)"
                  : ""));
    }
    if (!(top.get("files") instanceof Map<?, ?> entries)) {
      throw new MalformedFileException(1, 1, "\"files\" is missing or not an object");
    }
    Map<String, Entry> files = new TreeMap<>();
    for (Map.Entry<?, ?> file : entries.entrySet()) {
      String path = (String) file.getKey();
      if (!(file.getValue() instanceof Map<?, ?> entry)
          || !entry.containsKey("required")
          || (entry.get("written") != null && !(entry.get("written") instanceof String))) {
        throw new MalformedFileException(
            1, 1, "the entry of " + path + " needs \"required\" (and \"written\" is text)");
      }
      files.put(path, new Entry((String) entry.get("written"), entry.get("required")));
    }
    return new RequiredRecord(files);
  }

  /** {@code sha256:<hex>} of a file's text, as {@link Entry#written()} holds it. */
  static String fingerprint(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
