package dev.rig.runtime.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code list --owned} shows of a file's required content: one line per required value, its
 * path through the tree ({@code on.schedule[0].cron: 0 2 * * *}), list items of Maven artifacts and
 * of named steps by their identity ({@code dependency[org.junit.jupiter:junit-jupiter].version});
 * the required lines of a text file as they are.
 */
final class OwnedContent {

  private OwnedContent() {}

  static List<String> lines(Object required) {
    List<String> lines = new ArrayList<>();
    if (required instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      list.forEach(line -> lines.add((String) line));
    } else {
      flatten("", required, lines);
    }
    return lines;
  }

  private static void flatten(String path, Object value, List<String> lines) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      map.forEach((key, item) -> flatten(path.isEmpty() ? (String) key : path + "." + key, item,
          lines));
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      for (int i = 0; i < list.size(); i++) {
        flatten(path + "[" + label(list.get(i), i) + "]", list.get(i), lines);
      }
    } else {
      String shown =
          value instanceof Map ? "{}" : value instanceof List ? "[]" : String.valueOf(value);
      lines.add(path + ": " + shown.replace("\n", "\\n"));
    }
  }

  /** How a list item is named: its Maven coordinates, id or name, else its index. */
  private static String label(Object item, int index) {
    if (item instanceof Map<?, ?> map) {
      if (map.get("artifactId") instanceof String artifactId) {
        return map.get("groupId") instanceof String groupId
            ? groupId + ":" + artifactId
            : artifactId;
      }
      for (String key : List.of("id", "name")) {
        if (map.get(key) instanceof String name) {
          return name;
        }
      }
    }
    return String.valueOf(index);
  }
}
