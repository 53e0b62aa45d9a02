package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads TOML with tomlj into the content model. Tables keep the order of the file. Dates and times
 * stay {@code java.time} values, so that a rewrite keeps them as TOML dates. tomlj bounds nesting
 * (128 levels of tables and arrays) and numbers (64-bit integers, finite doubles) itself and
 * reports both with their position.
 */
final class TomlTreeReader {

  private TomlTreeReader() {}

  static Map<String, Object> read(String text) throws MalformedFileException {
    return table(parse(text));
  }

  /**
   * The most characters of TOML rig reads, 16 MiB: tomlj takes about 2 µs and 150 bytes of memory
   * per character, so a larger file would keep rig busy for half a minute.
   */
  static final int MAX_CHARS = 16 << 20;

  /** The parsed document, which tomlj can edit in place; the first error stops it. */
  static TomlParseResult parse(String text) throws MalformedFileException {
    if (text.length() > MAX_CHARS) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < MAX_CHARS; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new MalformedFileException(
          line,
          MAX_CHARS - lineStart + 1,
          "the file is larger than rig reads as TOML (16 MiB, up to here); it leaves the file as"
              + " it is");
    }
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      TomlParseError first =
          result.errors().stream()
              .min(
                  Comparator.comparingInt((TomlParseError e) -> e.position().line())
                      .thenComparingInt(e -> e.position().column()))
              .orElseThrow();
      TomlPosition position = first.position();
      throw new MalformedFileException(
          position.line(), position.column(), first.getMessage(), first);
    }
    return result;
  }

  /** A table of tomlj as a map of the content model. */
  static Map<String, Object> table(TomlTable table) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      map.put(key, value(table.get(List.of(key))));
    }
    return map;
  }

  private static Object value(Object value) {
    if (value instanceof TomlTable table) {
      return table(table);
    }
    if (value instanceof TomlArray array) {
      List<Object> list = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        list.add(value(array.get(i)));
      }
      return list;
    }
    return value;
  }
}
