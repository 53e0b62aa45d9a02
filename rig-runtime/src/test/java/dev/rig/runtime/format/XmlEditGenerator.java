package dev.rig.runtime.format;

import dev.rig.runtime.content.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every single edit a merge could make to XML content: to check the laws on each node. */
final class XmlEditGenerator {

  private XmlEditGenerator() {}

  /** Adds to {@code edits} every set, add and remove at or below {@code path}. */
  static void editsOf(Object value, List<Object> path, List<Edit> edits) {
    if (value instanceof Map<?, ?> map) {
      if (path.isEmpty()) {
        // The document: its one key is the root element, which has no siblings.
        map.forEach((root, content) -> editsOf(content, List.of(root), edits));
        return;
      }
      edits.add(Edit.Add.entry(path, "rig-added", "new & <improved>", map.size()));
      edits.add(Edit.Add.entry(path, "rig-first", "1", 0));
      if (!map.containsKey("#text")) {
        edits.add(Edit.Add.entry(path, "@rig-attribute", "a \"quoted\" 'value'", 0));
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        List<Object> child = append(path, entry.getKey());
        edits.add(new Edit.Remove(child));
        if (!((String) entry.getKey()).startsWith("@") && !entry.getKey().equals("#text")
            && !(entry.getValue() instanceof List)) {
          // A single element: one more of the same name makes a list (an empty one is no item).
          edits.add(Edit.Add.item(child, "sibling", "".equals(entry.getValue()) ? 0 : 1));
        }
        editsOf(entry.getValue(), child, edits);
      }
    } else if (value instanceof List<?> list) {
      edits.add(Edit.Add.item(path, "first", 0));
      edits.add(Edit.Add.item(path, "last", list.size()));
      for (int i = 0; i < list.size(); i++) {
        edits.add(new Edit.Remove(append(path, i)));
        editsOf(list.get(i), append(path, i), edits);
      }
    } else {
      edits.add(new Edit.Set(path, "changed & <new> \"text\""));
      if ("".equals(value) && path.size() > 1) {
        edits.add(Edit.Add.entry(path, "rig-child", "in an empty element", 0));
      }
    }
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }
}
