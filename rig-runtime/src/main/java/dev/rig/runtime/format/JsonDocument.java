package dev.rig.runtime.format;

import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON file that takes edits in place: the text is copied as it is, and only the values the
 * edits name are written anew, at the offsets where the parser found them. New members follow the
 * file's own layout: its indent, its {@code ": "} or {@code ":"}, one member per line where the
 * object or array already has one per line, all on one line where it is written on one line.
 */
final class JsonDocument implements Document<Map<String, Object>> {

  private final String text;
  private final JsonNode.Members root;
  private final JsonStyle style;

  JsonDocument(String text, JsonNode.Members root) {
    this.text = text;
    this.root = root;
    this.style = styleOf(text, root);
  }

  @Override
  public Map<String, Object> content() {
    return root.value();
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    EditIndex index = new EditIndex(edits);
    StringBuilder out = new StringBuilder(text.length() + 256);
    out.append(text, 0, root.start());
    new Writer(index, out).node(root, List.of(), true);
    out.append(text, root.end(), text.length());
    index.requireAllUsed();
    return out.toString();
  }

  /** A member of an object or an item of an array: its key or index, and where it starts. */
  private record Part(Object step, int start, JsonNode node) {}

  private static List<Part> parts(JsonNode node) {
    List<Part> parts = new ArrayList<>();
    if (node instanceof JsonNode.Members object) {
      for (JsonNode.Member member : object.members()) {
        parts.add(new Part(member.key(), member.keyStart(), member.node()));
      }
    } else if (node instanceof JsonNode.Items array) {
      for (int i = 0; i < array.items().size(); i++) {
        JsonNode item = array.items().get(i);
        parts.add(new Part(i, item.start(), item));
      }
    }
    return parts;
  }

  /** Writes the edited text of one apply. */
  private final class Writer {
    private final EditIndex index;
    private final StringBuilder out;

    Writer(EditIndex index, StringBuilder out) {
      this.index = index;
      this.out = out;
    }

    /**
     * @param multiline whether the container that holds this node has a member per line
     */
    void node(JsonNode node, List<Object> path, boolean multiline) {
      Edit.Set set = index.setAt(path);
      if (set != null) {
        out.append(style.render(set.value(), Text.lineIndent(text, node.start()), multiline));
      } else if (!index.reachesInside(path)) {
        out.append(text, node.start(), node.end());
      } else if (node instanceof JsonNode.Scalar || (node instanceof JsonNode.Members
          && index.treatsAsList(path))) {
        single(node, path, multiline);
      } else {
        container(node, path, multiline);
      }
    }

    private void container(JsonNode node, List<Object> path, boolean outerMultiline) {
      List<Part> parts = parts(node);
      boolean keys = node instanceof JsonNode.Members;
      boolean multiline =
          parts.isEmpty() ? outerMultiline : spansLines(node.start(), parts.get(0).start());
      if (!index.changesMembersOf(path, parts.size(), i -> parts.get(i).step())) {
        int at = node.start();
        for (Part part : parts) {
          out.append(text, at, part.node().start());
          node(part.node(), EditIndex.child(path, part.step()), multiline);
          at = part.node().end();
        }
        out.append(text, at, node.end());
        return;
      }
      List<EditIndex.Slot> slots =
          index.arrange(path, parts.size(), i -> parts.get(i).step(), keys);
      char open = text.charAt(node.start());
      char close = text.charAt(node.end() - 1);
      if (slots.isEmpty()) {
        out.append(open).append(close);
        return;
      }
      String lineIndent = Text.lineIndent(text, node.start());
      String memberIndent =
          parts.isEmpty() ? lineIndent + style.indent() : Text.lineIndent(text, parts.get(0).start());
      String separator;
      if (parts.size() >= 2) {
        separator = text.substring(parts.get(0).node().end(), parts.get(1).start());
      } else {
        separator = multiline ? ",\n" + memberIndent : style.inlineSeparator();
      }
      if (parts.isEmpty()) {
        out.append(open).append(multiline ? "\n" + memberIndent : "");
      } else {
        out.append(text, node.start(), parts.get(0).start());
      }
      EditIndex.Slot previous = null;
      for (EditIndex.Slot slot : slots) {
        if (previous != null) {
          if (previous.isOriginal()
              && slot.isOriginal()
              && slot.original() == previous.original() + 1) {
            out.append(
                text, parts.get(previous.original()).node().end(), parts.get(slot.original()).start());
          } else {
            out.append(separator);
          }
        }
        if (slot.isOriginal()) {
          Part part = parts.get(slot.original());
          out.append(text, part.start(), part.node().start());
          node(part.node(), EditIndex.child(path, part.step()), multiline);
        } else if (keys) {
          Edit.Add add = slot.added();
          out.append(style.member(add.key(), add.value(), memberIndent, multiline));
        } else {
          out.append(style.render(slot.added().value(), memberIndent, multiline));
        }
        previous = slot;
      }
      if (parts.isEmpty()) {
        out.append(multiline ? "\n" + lineIndent : "").append(close);
      } else {
        out.append(text, parts.get(parts.size() - 1).node().end(), node.end());
      }
    }

    /**
     * A single value that edits treat as a container: an empty one ({@code null}, {@code ""})
     * that gains entries, or one (an object too) that stands for a list of one item.
     */
    private void single(JsonNode node, List<Object> path, boolean multiline) {
      String lineIndent = Text.lineIndent(text, node.start());
      List<Edit.Add> adds = index.addsTo(path);
      if (!adds.isEmpty() && adds.get(0).isEntry()) {
        Object value = node.value();
        if (value != null && !"".equals(value)) {
          throw new IllegalArgumentException("a map entry added to the single value at " + path);
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        for (EditIndex.Slot slot : index.arrange(path, 0, i -> i, true)) {
          entries.put(slot.added().key(), slot.added().value());
        }
        out.append(style.render(entries, lineIndent, multiline));
        return;
      }
      List<EditIndex.Slot> slots = index.arrange(path, 1, i -> i, false);
      boolean one = slots.size() == 1;
      String itemIndent = one ? lineIndent : lineIndent + style.indent();
      List<String> items = new ArrayList<>();
      for (EditIndex.Slot slot : slots) {
        if (slot.isOriginal()) {
          int mark = out.length();
          node(node, EditIndex.child(path, 0), multiline);
          items.add(out.substring(mark));
          out.setLength(mark);
        } else {
          items.add(style.render(slot.added().value(), itemIndent, multiline));
        }
      }
      if (one) {
        out.append(items.get(0));
      } else if (items.isEmpty()) {
        out.append("[]");
      } else if (multiline) {
        out.append("[\n")
            .append(itemIndent)
            .append(String.join(",\n" + itemIndent, items))
            .append('\n')
            .append(lineIndent)
            .append(']');
      } else {
        out.append('[').append(String.join(style.inlineSeparator(), items)).append(']');
      }
    }
  }

  private boolean spansLines(int from, int to) {
    return spansLines(text, from, to);
  }

  private static boolean spansLines(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The file's indent (from the first object or array that has a member per line) and the text
   * between a key and its value (from the first member of all).
   */
  private static JsonStyle styleOf(String text, JsonNode.Members root) {
    String indent = null;
    String keySeparator = null;
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty() && (indent == null || keySeparator == null)) {
      JsonNode node = pending.removeFirst();
      List<Part> parts = parts(node);
      if (parts.isEmpty()) {
        continue;
      }
      Part first = parts.get(0);
      if (keySeparator == null && node instanceof JsonNode.Members) {
        keySeparator = text.substring(JsonReader.scalarEnd(text, first.start()), first.node().start());
      }
      if (indent == null && spansLines(text, node.start(), first.start())) {
        String outer = Text.lineIndent(text, node.start());
        String inner = Text.lineIndent(text, first.start());
        if (inner.startsWith(outer) && inner.length() > outer.length()) {
          indent = inner.substring(outer.length());
        }
      }
      for (Part part : parts) {
        pending.addLast(part.node());
      }
    }
    return new JsonStyle(
        indent == null ? JsonStyle.DEFAULT.indent() : indent,
        keySeparator == null ? JsonStyle.DEFAULT.keySeparator() : keySeparator);
  }
}
