package dev.rig.runtime.format;

import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns edits of a YAML document's content into splices of its text, at the positions of the
 * nodes they name. Only the edited nodes are written (in the file's {@link YamlStyle}); every
 * other byte stays.
 *
 * <p>Where an edit cannot be spliced where it points, the smallest node around it that can is
 * written anew from its edited content: an edit through an alias replaces the alias, an edit of a
 * key that a merge key ({@code <<}) brought in gives the map its own entry, an edit of a value
 * that aliases elsewhere refer to first writes those aliases out, so that they keep their value.
 */
final class YamlSplicer {

  /** The splicer does not know how to splice this edit; the caller writes the document anew. */
  static final class CannotSplice extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotSplice(String message) {
      super(message, null, false, false);
    }
  }

  private final YamlText text;
  private final YamlNode root;
  private final Map<String, Object> content;
  private final YamlContent reader;
  private final List<YamlNode.Alias> aliases;
  private final YamlWriter writer;

  private final Map<YamlNode, Object> replacements = new IdentityHashMap<>();
  private final Map<YamlNode.Collection, ContainerEdits> containers = new IdentityHashMap<>();
  private final List<Splice> splices = new ArrayList<>();
  private Object newRoot;
  private boolean rootReplaced;

  YamlSplicer(
      YamlText text,
      YamlNode root,
      Map<String, Object> content,
      YamlContent reader,
      List<YamlNode.Alias> aliases,
      YamlWriter writer) {
    this.text = text;
    this.root = root;
    this.content = content;
    this.reader = reader;
    this.aliases = aliases;
    this.writer = writer;
  }

  /** Edits of one map or list: entries and items added, indexes removed. */
  private static final class ContainerEdits {
    final List<Object> path;
    final List<Edit> relative = new ArrayList<>();
    final List<Edit.Add> adds = new ArrayList<>();
    final Set<Integer> removed = new TreeSet<>();

    ContainerEdits(List<Object> path) {
      this.path = path;
    }
  }

  /** Text that replaces {@code [start, end)}; an insertion when the two are equal. */
  private record Splice(int start, int end, String text, int depth) {}

  /** Where a path leads in the node tree. */
  private record Located(YamlNode node, int stoppedAt, YamlNode.Mapping mergedInto) {}

  String apply(List<Edit> edits) {
    List<List<Object>> barriers = barriers(edits);
    Map<List<Object>, List<Edit>> grouped = new LinkedHashMap<>();
    for (Edit edit : edits) {
      List<Object> barrier = barrierOf(edit.path(), barriers);
      if (barrier != null) {
        grouped.computeIfAbsent(barrier, b -> new ArrayList<>()).add(edit);
      } else {
        plan(edit);
      }
    }
    grouped.forEach(this::planBarrier);
    settleContainers();
    writeOutAliases();
    return splice();
  }

  // ---------------------------------------------------------------------------------------------
  // Planning: what changes where.

  /** The paths under which edits cannot be spliced node by node. */
  private List<List<Object>> barriers(List<Edit> edits) {
    List<List<Object>> found = new ArrayList<>();
    for (Edit edit : edits) {
      List<Object> barrier = barrierFor(edit);
      if (barrier != null) {
        found.add(barrier);
      }
    }
    // Only the outermost of nested barriers counts.
    List<List<Object>> outermost = new ArrayList<>();
    for (List<Object> barrier : found) {
      boolean inner = found.stream().anyMatch(other -> other.size() < barrier.size()
          && barrier.subList(0, other.size()).equals(other));
      if (!inner && !outermost.contains(barrier)) {
        outermost.add(barrier);
      }
    }
    return outermost;
  }

  private static List<Object> barrierOf(List<Object> path, List<List<Object>> barriers) {
    for (List<Object> barrier : barriers) {
      if (path.size() >= barrier.size() && path.subList(0, barrier.size()).equals(barrier)) {
        return barrier;
      }
    }
    return null;
  }

  /** The path of the node to write anew for {@code edit}, or null when it splices in place. */
  private List<Object> barrierFor(Edit edit) {
    List<Object> path = edit.path();
    if (root == null || isEmptyScalar(root) || path.isEmpty()) {
      return List.of();
    }
    if (edit instanceof Edit.Set) {
      Located at = locate(path);
      if (at.node != null) {
        return null;
      }
      return at.mergedInto != null ? path.subList(0, at.stoppedAt + 1) : path.subList(0, at.stoppedAt);
    }
    if (edit instanceof Edit.Add add) {
      Located at = locate(path);
      if (at.node == null) {
        return at.mergedInto != null ? path.subList(0, at.stoppedAt + 1) : path.subList(0, at.stoppedAt);
      }
      if (at.node instanceof YamlNode.Mapping mapping && add.isEntry() && mapping.count() > 0
          && (!hasMergeEntry(mapping) || add.before() == ((Map<?, ?>) contentAt(path)).size())) {
        return null;
      }
      if (at.node instanceof YamlNode.Sequence sequence && !add.isEntry() && sequence.count() > 0) {
        return null;
      }
      return path;
    }
    List<Object> parentPath = path.subList(0, path.size() - 1);
    Object last = path.get(path.size() - 1);
    Located at = locate(parentPath);
    if (at.node == null) {
      return at.mergedInto != null
          ? parentPath.subList(0, at.stoppedAt + 1)
          : parentPath.subList(0, at.stoppedAt);
    }
    if (at.node instanceof YamlNode.Mapping mapping && last instanceof String key
        && !hasMergeEntry(mapping) && ownIndex(mapping, key) >= 0) {
      return null;
    }
    if (at.node instanceof YamlNode.Sequence sequence && last instanceof Integer index
        && index >= 0 && index < sequence.count()) {
      return null;
    }
    return parentPath;
  }

  private void plan(Edit edit) {
    if (edit instanceof Edit.Set set) {
      replacements.put(locate(set.path()).node, set.value());
    } else if (edit instanceof Edit.Add add) {
      YamlNode.Collection collection = (YamlNode.Collection) locate(add.path()).node;
      ContainerEdits edits = containerEdits(collection, add.path());
      edits.adds.add(add);
      edits.relative.add(new Edit.Add(List.of(), add.key(), add.value(), add.before()));
    } else {
      List<Object> path = edit.path();
      List<Object> parentPath = path.subList(0, path.size() - 1);
      Object last = path.get(path.size() - 1);
      YamlNode.Collection collection = (YamlNode.Collection) locate(parentPath).node;
      ContainerEdits edits = containerEdits(collection, parentPath);
      edits.removed.add(collection instanceof YamlNode.Mapping mapping
          ? ownIndex(mapping, (String) last)
          : (Integer) last);
      edits.relative.add(new Edit.Remove(List.of(last)));
    }
  }

  private ContainerEdits containerEdits(YamlNode.Collection collection, List<Object> path) {
    return containers.computeIfAbsent(collection, c -> new ContainerEdits(List.copyOf(path)));
  }

  /** All edits under {@code barrier} become one: the node there, written anew. */
  private void planBarrier(List<Object> barrier, List<Edit> edits) {
    List<Edit> relative = new ArrayList<>();
    for (Edit edit : edits) {
      relative.add(relativeTo(barrier.size(), edit));
    }
    Object value = Edits.apply(contentAt(barrier), relative);
    if (barrier.isEmpty()) {
      rootReplaced = true;
      newRoot = value;
      return;
    }
    Located at = locate(barrier);
    if (at.node != null) {
      replacements.put(at.node, value);
      return;
    }
    // A key that only a merge key brings in: the map gets its own entry, which wins.
    List<Object> mapPath = barrier.subList(0, barrier.size() - 1);
    String key = (String) barrier.get(barrier.size() - 1);
    ContainerEdits container = containerEdits(at.mergedInto, mapPath);
    int end = ((Map<?, ?>) contentAt(mapPath)).size();
    container.adds.add(Edit.Add.entry(mapPath, key, value, end));
  }

  private static Edit relativeTo(int depth, Edit edit) {
    List<Object> path = edit.path().subList(depth, edit.path().size());
    if (edit instanceof Edit.Set set) {
      return new Edit.Set(path, set.value());
    }
    if (edit instanceof Edit.Add add) {
      return new Edit.Add(path, add.key(), add.value(), add.before());
    }
    return new Edit.Remove(path);
  }

  /** A map or list that loses every entry is written anew, as {@code {}} or with its additions. */
  private void settleContainers() {
    for (Map.Entry<YamlNode.Collection, ContainerEdits> entry : List.copyOf(containers.entrySet())) {
      YamlNode.Collection collection = entry.getKey();
      ContainerEdits edits = entry.getValue();
      if (!edits.removed.isEmpty() && edits.removed.size() == collection.count()) {
        replacements.put(collection, Edits.apply(contentAt(edits.path), edits.relative));
        containers.remove(collection);
      }
    }
  }

  /**
   * An alias whose anchored value changes, or goes, would change with it: it is written out with
   * the value it has now.
   */
  private void writeOutAliases() {
    Set<YamlNode> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<int[]> gone = new ArrayList<>();
    for (YamlNode node : replacements.keySet()) {
      gone.add(new int[] {node.start, node.end()});
      ancestors(node, changed);
    }
    for (YamlNode.Collection collection : containers.keySet()) {
      ancestors(collection, changed);
      for (int index : containers.get(collection).removed) {
        gone.add(new int[] {collection.childStart(index), collection.childEnd(index)});
      }
    }
    if (rootReplaced) {
      return;
    }
    for (YamlNode.Alias alias : aliases) {
      if (replacements.containsKey(alias) || within(alias.start, gone)) {
        continue;
      }
      if (changed.contains(alias.target) || within(alias.target.start, gone)) {
        replacements.put(alias, reader.contentOf(alias));
      }
    }
  }

  private static void ancestors(YamlNode node, Set<YamlNode> into) {
    for (YamlNode at = node; at != null; at = at.parent) {
      into.add(at);
    }
  }

  private static boolean within(int index, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (index >= range[0] && index < Math.max(range[1], range[0] + 1)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Finding nodes.

  private Located locate(List<Object> path) {
    YamlNode node = root;
    for (int k = 0; k < path.size(); k++) {
      Object step = path.get(k);
      if (node instanceof YamlNode.Mapping mapping && step instanceof String key) {
        int index = ownIndex(mapping, key);
        if (index >= 0) {
          node = mapping.values.get(index);
          continue;
        }
        if (reader.mergedKeys(mapping).contains(key)) {
          return new Located(null, k, mapping);
        }
        return new Located(null, k, null);
      }
      if (node instanceof YamlNode.Sequence sequence && step instanceof Integer index
          && index >= 0 && index < sequence.count()) {
        node = sequence.items.get(index);
        continue;
      }
      return new Located(null, k, null);
    }
    return new Located(node, path.size(), null);
  }

  private int ownIndex(YamlNode.Mapping mapping, String key) {
    for (int i = mapping.count() - 1; i >= 0; i--) {
      YamlNode keyNode = mapping.keys.get(i);
      if (keyNode instanceof YamlNode.Alias alias) {
        keyNode = alias.target;
      }
      if (keyNode instanceof YamlNode.Scalar scalar && scalar.value.equals(key)
          && !isMergeEntry(mapping, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean hasMergeEntry(YamlNode.Mapping mapping) {
    for (int i = 0; i < mapping.count(); i++) {
      if (isMergeEntry(mapping, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isMergeEntry(YamlNode.Mapping mapping, int index) {
    if (!(mapping.keys.get(index) instanceof YamlNode.Scalar key) || key.tag != null
        || key.style != YamlNode.Scalar.Style.PLAIN || !"<<".equals(key.value)) {
      return false;
    }
    Object value = reader.contentOf(mapping.values.get(index));
    return value instanceof Map
        || (value instanceof List<?> list && !list.isEmpty()
            && list.stream().allMatch(item -> item instanceof Map));
  }

  private Object contentAt(List<Object> path) {
    Object node = content;
    for (Object step : path) {
      node = node instanceof Map<?, ?> map ? map.get(step) : ((List<?>) node).get((Integer) step);
    }
    return node;
  }

  private static boolean isEmptyScalar(YamlNode node) {
    return node instanceof YamlNode.Scalar scalar && scalar.tag == null
        && scalar.style == YamlNode.Scalar.Style.PLAIN && scalar.value.isEmpty();
  }

  private static int depth(YamlNode node) {
    int depth = 0;
    for (YamlNode at = node.parent; at != null; at = at.parent) {
      depth++;
    }
    return depth;
  }

  // ---------------------------------------------------------------------------------------------
  // Splicing: the text of each change.

  private String splice() {
    if (rootReplaced) {
      replaceRoot();
    } else {
      replacements.forEach(this::replace);
      containers.forEach(this::editContainer);
    }
    checkApart();
    List<Splice> order = new ArrayList<>(splices);
    order.sort((a, b) -> {
      if (a.start != b.start) {
        return Integer.compare(b.start, a.start);
      }
      boolean aRange = a.end > a.start;
      boolean bRange = b.end > b.start;
      if (aRange != bRange) {
        return aRange ? -1 : 1;
      }
      return Integer.compare(a.depth, b.depth);
    });
    StringBuilder out = new StringBuilder(text.text);
    for (Splice splice : order) {
      out.replace(splice.start, splice.end, lineBreaks(splice.text));
    }
    return out.toString();
  }

  /** Edits touch distinct text: no splice starts inside a range another one replaces. */
  private void checkApart() {
    List<Splice> byStart = new ArrayList<>(splices);
    byStart.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
        : Integer.compare(a.end - a.start, b.end - b.start));
    int rangeEnd = -1;
    for (Splice splice : byStart) {
      if (splice.start < rangeEnd) {
        throw new CannotSplice("two edits touch the same text");
      }
      if (splice.end > splice.start) {
        rangeEnd = Math.max(rangeEnd, splice.end);
      }
    }
  }

  private String lineBreaks(String written) {
    return "\n".equals(text.newline) ? written : written.replace("\n", text.newline);
  }

  private void add(int start, int end, String written, YamlNode at) {
    int lineEnd = text.lineEnd(end);
    int lineBreak = written.indexOf('\n');
    if (lineBreak >= 0 && end < lineEnd && !text.text.substring(end, lineEnd).isBlank()
        && text.text.substring(end, lineEnd).trim().startsWith("#")) {
      // A comment after a value that becomes several lines stays on the first of them.
      written = written.substring(0, lineBreak) + text.text.substring(end, lineEnd)
          + written.substring(lineBreak);
      end = lineEnd;
    }
    splices.add(new Splice(start, end, written, at == null ? 0 : depth(at)));
  }

  private void replaceRoot() {
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) newRoot;
    if (root != null && !isEmptyScalar(root)) {
      add(root.start, root.end(), rendered(root, value, text.column(root.start), -1), root);
      return;
    }
    if (value.isEmpty()) {
      return;
    }
    String block = writer.block(value, 0, -1);
    if (root == null) {
      String before = text.length() == 0 || text.text.endsWith("\n") ? "" : "\n";
      add(text.length(), text.length(), before + block + "\n", null);
      return;
    }
    int at = root.start;
    if (text.startsLine(at) && (at == text.length() || text.at(at) == '\n' || text.at(at) == '\r')) {
      String before = at > 0 && text.at(at - 1) != '\n' ? "\n" : "";
      add(at, at, before + block + (at == text.length() ? "\n" : ""), null);
    } else {
      add(text.lineEnd(at), text.lineEnd(at), "\n" + block, null);
    }
  }

  /** The node written anew with {@code value}, in its place. */
  private void replace(YamlNode node, Object value) {
    YamlNode.Collection parent = node.parent;
    if (parent == null) {
      add(node.start, node.end(), rendered(node, value, text.column(node.start), -1), node);
    } else if (node.inFlow) {
      String written = writer.flow(value);
      add(node.start, node.end(), node.start == node.end() ? " " + written : written, node);
    } else if (parent instanceof YamlNode.Mapping mapping) {
      replaceEntryValue(mapping, mapping.values.indexOf(node), node, value);
    } else {
      replaceItem((YamlNode.Sequence) parent, indexOf(((YamlNode.Sequence) parent).items, node), node, value);
    }
  }

  private static int indexOf(List<YamlNode> nodes, YamlNode node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return i;
      }
    }
    throw new IllegalStateException("a node is not among its parent's");
  }

  private void replaceEntryValue(YamlNode.Mapping mapping, int index, YamlNode node, Object value) {
    if (mapping.values.get(index) != node) {
      index = indexOf(mapping.values, node);
    }
    YamlNode key = mapping.keys.get(index);
    int colon = text.find(key.end(), ':');
    if (colon < 0) {
      throw new CannotSplice("no ':' after a key");
    }
    int afterColon = colon + 1;
    int keyColumn = text.column(key.start);
    boolean onNextLine = node.start > text.lineEnd(afterColon) && !isEmptyScalar(node);
    if (writesBlock(node, value)) {
      int column = keyColumn + (value instanceof Map ? writer.indent() : writer.sequenceIndent());
      int from = onNextLine ? text.lineEnd(afterColon) : afterColon;
      add(from, node.end(), "\n" + YamlText.spaces(column) + writer.block(value, column, keyColumn), node);
    } else {
      add(afterColon, node.end(), " " + rendered(node, value, keyColumn + writer.indent(), keyColumn), node);
    }
  }

  private void replaceItem(YamlNode.Sequence sequence, int index, YamlNode node, Object value) {
    int dash = sequence.dashes.get(index);
    int dashColumn = text.column(dash);
    if (node.start == node.end() && isEmptyScalar(node)) {
      add(dash + 1, node.end(), " " + rendered(node, value, dashColumn + 2, dashColumn), node);
    } else {
      add(node.start, node.end(), rendered(node, value, text.column(node.start), dashColumn), node);
    }
  }

  private boolean writesBlock(YamlNode old, Object value) {
    boolean nonEmpty = (value instanceof Map<?, ?> map && !map.isEmpty())
        || (value instanceof List<?> list && !list.isEmpty());
    boolean keepFlow = old instanceof YamlNode.Collection collection && collection.flow
        && collection.count() > 0;
    return nonEmpty && !keepFlow && !old.inFlow;
  }

  /** {@code value} written where {@code old} stood, its first line at {@code column}. */
  private String rendered(YamlNode old, Object value, int column, int owner) {
    if (old.inFlow || (old instanceof YamlNode.Collection collection && collection.flow
        && collection.count() > 0 && !(value instanceof String))) {
      return writer.flow(value);
    }
    if (writesBlock(old, value)) {
      return writer.block(value, column, owner);
    }
    YamlNode.Scalar.Style like = old instanceof YamlNode.Scalar scalar && value instanceof String
        ? scalar.style : null;
    return writer.scalar(value, owner, like);
  }

  private void editContainer(YamlNode.Collection collection, ContainerEdits edits) {
    if (collection.flow) {
      removeFlow(collection, edits.removed);
      addFlow(collection, edits);
    } else {
      removeBlock(collection, edits.removed);
      addBlock(collection, edits);
    }
  }

  // Block maps and lists: one entry or item per line.

  private void addBlock(YamlNode.Collection collection, ContainerEdits edits) {
    if (edits.adds.isEmpty()) {
      return;
    }
    int column = text.column(collection.childStart(0));
    for (Map.Entry<Integer, List<Edit.Add>> at : byPlace(collection, edits).entrySet()) {
      StringBuilder written = new StringBuilder();
      for (Edit.Add add : at.getValue()) {
        if (written.length() > 0) {
          written.append('\n').append(YamlText.spaces(column));
        }
        written.append(add.isEntry()
            ? writer.entry(add.key(), add.value(), column)
            : writer.item(add.value(), column));
      }
      int before = at.getKey();
      if (before >= collection.count()) {
        int end = extentEnd(collection, lastKept(collection, edits.removed));
        add(end, end, "\n" + YamlText.spaces(column) + written, collection);
      } else {
        int start = collection.childStart(before);
        if (text.startsLine(start)) {
          int line = text.lineStart(start);
          add(line, line, YamlText.spaces(column) + written + "\n", collection);
        } else {
          add(start, start, written + "\n" + YamlText.spaces(column), collection);
        }
      }
    }
  }

  /**
   * The additions grouped by the existing entry they go before (the count of entries: at the
   * end); an entry that goes is skipped for the next one that stays.
   */
  private static Map<Integer, List<Edit.Add>> byPlace(
      YamlNode.Collection collection, ContainerEdits edits) {
    Map<Integer, List<Edit.Add>> places = new java.util.TreeMap<>();
    for (Edit.Add add : edits.adds) {
      int before = Math.min(add.before(), collection.count());
      while (before < collection.count() && edits.removed.contains(before)) {
        before++;
      }
      places.computeIfAbsent(before, b -> new ArrayList<>()).add(add);
    }
    return places;
  }

  private static int lastKept(YamlNode.Collection collection, Set<Integer> removed) {
    for (int i = collection.count() - 1; i >= 0; i--) {
      if (!removed.contains(i)) {
        return i;
      }
    }
    throw new CannotSplice("nothing stays to add after");
  }

  private void removeBlock(YamlNode.Collection collection, Set<Integer> removed) {
    int skipUntil = -1;
    for (int index : removed) {
      if (index < skipUntil) {
        continue;
      }
      int start = collection.childStart(index);
      if (!text.startsLine(start)) {
        // The first entry shares its line with the list's dash: the next one takes its place.
        int next = index + 1;
        while (removed.contains(next)) {
          next++;
        }
        if (next >= collection.count()) {
          throw new CannotSplice("a first entry on a dash's line");
        }
        add(start, collection.childStart(next), "", collection);
        skipUntil = next;
        continue;
      }
      int line = text.lineStart(start);
      int end = extentEnd(collection, index);
      int next = text.nextLine(end);
      if (next >= 0) {
        add(line, next, "", collection);
      } else if (line > 0) {
        int breakStart = line >= 2 && text.at(line - 2) == '\r' ? line - 2 : line - 1;
        add(breakStart, end, "", collection);
      } else {
        add(line, end, "", collection);
      }
    }
  }

  /**
   * Where entry or item {@code index} ends: the end of its last line, and of the comment lines
   * right after it that are indented deeper than it (they belong to it).
   */
  private int extentEnd(YamlNode.Collection collection, int index) {
    int column = text.column(collection.childStart(index));
    int end = text.lineEnd(collection.childEnd(index));
    while (true) {
      int next = text.nextLine(end);
      if (next < 0) {
        return end;
      }
      int first = text.firstNonSpace(next);
      if (first < 0 || text.at(first) != '#' || text.column(first) <= column) {
        return end;
      }
      end = text.lineEnd(next);
    }
  }

  // Flow maps and lists: [a, b], {k: v}.

  private void addFlow(YamlNode.Collection collection, ContainerEdits edits) {
    for (Map.Entry<Integer, List<Edit.Add>> at : byPlace(collection, edits).entrySet()) {
      List<String> written = new ArrayList<>();
      for (Edit.Add add : at.getValue()) {
        written.add(add.isEntry()
            ? writer.key(add.key(), true) + ": " + writer.flow(add.value())
            : writer.flow(add.value()));
      }
      int before = at.getKey();
      if (before < collection.count()) {
        int start = collection.childStart(before);
        add(start, start, String.join(", ", written) + ", ", collection);
        continue;
      }
      int last = lastKept(collection, edits.removed);
      int end = collection.childEnd(last);
      int comma = text.find(end, ',');
      boolean multiLine = text.lineStart(collection.childStart(last))
          != text.lineStart(collection.open);
      if (!multiLine) {
        add(end, end, ", " + String.join(", ", written), collection);
        continue;
      }
      String indent = "\n" + YamlText.spaces(text.column(collection.childStart(last)));
      if (comma >= 0 && last == collection.count() - 1) {
        StringBuilder out = new StringBuilder();
        written.forEach(item -> out.append(indent).append(item).append(','));
        add(comma + 1, comma + 1, out.toString(), collection);
      } else {
        StringBuilder out = new StringBuilder();
        written.forEach(item -> out.append(',').append(indent).append(item));
        add(end, end, out.toString(), collection);
      }
    }
  }

  private void removeFlow(YamlNode.Collection collection, Set<Integer> removed) {
    List<Integer> indexes = new ArrayList<>(removed);
    int i = 0;
    while (i < indexes.size()) {
      int first = indexes.get(i);
      int last = first;
      while (i + 1 < indexes.size() && indexes.get(i + 1) == last + 1) {
        last = indexes.get(++i);
      }
      i++;
      if (last + 1 < collection.count()) {
        add(collection.childStart(first), collection.childStart(last + 1), "", collection);
      } else {
        add(collection.childEnd(first - 1), collection.childEnd(last), "", collection);
      }
    }
  }
}
