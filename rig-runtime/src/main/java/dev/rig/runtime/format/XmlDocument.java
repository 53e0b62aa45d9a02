package dev.rig.runtime.format;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Document;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import dev.rig.runtime.internal.content.Scalars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An XML text that takes {@link Edit}s in place: each edit changes the text of the elements,
 * attributes or character data it names, and nothing else. Comments, blank lines, the XML
 * declaration, processing instructions, CDATA sections, entities, attribute order and quoting, and
 * the indentation of everything rig does not touch stay byte for byte. New elements take the
 * file's indentation and go after their last sibling, or, in a Maven pom, to their place in
 * {@linkplain PomElementOrder Maven's canonical order}.
 *
 * <p>Paths follow {@link XmlTreeReader}'s tree: a key names the child elements of that name (one
 * element, or a list of them), {@code "@name"} an attribute, {@code "#text"} the text beside
 * attributes.
 */
final class XmlDocument implements Document<Map<String, Object>> {

  private final String text;
  private final Map<String, Object> content;
  private final XmlElement root;
  private final boolean pom;

  private XmlDocument(String text, XmlTreeReader.Parsed parsed) {
    this.text = text;
    this.content = Collections.unmodifiableMap(parsed.content());
    this.root = parsed.root();
    this.pom = root != null
        && parsed.content().get(root.name) instanceof Map<?, ?> project
        && PomElementOrder.isPom(root.name, cast(project));
  }

  /** Parses {@code text}; see {@link XmlTreeReader#parse}. */
  static XmlDocument open(String text, String expectedRoot) throws MalformedFileException {
    return new XmlDocument(text, XmlTreeReader.parse(text, expectedRoot));
  }

  @Override
  public Map<String, Object> content() {
    return content;
  }

  @Override
  public String apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    if (root == null) {
      return XmlWriter.write(cast(Edits.apply(content, edits)));
    }
    XmlSplices splices = new XmlSplices(text, new XmlStyle(text, root, pom));
    Editor editor = new Editor(splices);
    for (Edit edit : edits) {
      if (edit.path().isEmpty()) {
        return wholeDocument(edit, edits.size(), editor, splices);
      }
      editor.apply(edit);
    }
    return splices.apply();
  }

  /** A set of the whole document: its root's content is edited in place when the root stays. */
  private String wholeDocument(Edit edit, int edits, Editor editor, XmlSplices splices) {
    if (!(edit instanceof Edit.Set set) || edits > 1) {
      throw new IllegalArgumentException(
          "an edit of the whole document goes alone and sets it, not " + edit);
    }
    Object value = normalize(set.value());
    if (value instanceof Map<?, ?> document && document.size() == 1
        && document.containsKey(root.name)) {
      editor.setElement(root, content.get(root.name), document.get(root.name));
      return splices.apply();
    }
    return XmlWriter.write(cast(value));
  }

  /** The element names from the root down to {@code element}; empty for none. */
  static List<String> path(XmlElement element) {
    List<String> path = new ArrayList<>();
    for (XmlElement at = element; at != null; at = at.parent) {
      path.add(at.name);
    }
    Collections.reverse(path);
    return path;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object map) {
    return (Map<String, Object>) map;
  }

  /** What a path addresses in the text. */
  private sealed interface Target {}

  /** The elements named {@code name} below {@code parent} (the document when it is null). */
  private record Group(XmlElement parent, String name, List<XmlElement> members, Object value)
      implements Target {}

  private record One(XmlElement element, Object value) implements Target {}

  private record Attribute(XmlElement element, String name, Object value) implements Target {}

  private record Text(XmlElement element, Object value) implements Target {}

  /** Turns edits into {@link XmlSplices}. */
  private final class Editor {

    private final XmlSplices splices;

    Editor(XmlSplices splices) {
      this.splices = splices;
    }

    void apply(Edit edit) {
      Target target = resolve(edit.path());
      if (edit instanceof Edit.Set set) {
        set(target, normalize(set.value()));
      } else if (edit instanceof Edit.Add add) {
        add(target, add);
      } else {
        remove(target);
      }
    }

    private Target resolve(List<Object> path) {
      if (!root.name.equals(path.get(0))) {
        throw new IllegalArgumentException("no element " + path.get(0) + " at the root");
      }
      Target at = new Group(null, root.name, List.of(root), content.get(root.name));
      for (Object step : path.subList(1, path.size())) {
        at = step(at, step, path);
      }
      return at;
    }

    private Target step(Target at, Object step, List<Object> path) {
      if (at instanceof Group group) {
        if (step instanceof Integer index) {
          if (index < 0 || index >= items(group)) {
            throw new IllegalArgumentException("no item " + index + " in the list <"
                + group.name() + "> at " + path);
          }
          Object item = group.value() instanceof List<?> items ? items.get(index) : group.value();
          return new One(group.members().get(index), item);
        }
        at = single(group, path);
      }
      if (at instanceof One one && Integer.valueOf(0).equals(step)) {
        return one; // a single value is a one-item list
      }
      if (!(at instanceof One one) || !(one.value() instanceof Map<?, ?> value)
          || !(step instanceof String)) {
        throw new IllegalArgumentException("the path " + path + " does not address this XML");
      }
      String key = (String) step;
      if (!value.containsKey(key)) {
        throw new IllegalArgumentException("no key " + key + " in <" + one.element().name
            + "> at " + path);
      }
      Object child = value.get(key);
      if (key.startsWith("@")) {
        return new Attribute(one.element(), key.substring(1), child);
      }
      if (key.equals("#text")) {
        return new Text(one.element(), child);
      }
      return new Group(one.element(), key, one.element().children(key), child);
    }

    /** How many items a group is: an empty element alone is none. */
    private int items(Group group) {
      if (group.value() instanceof List<?> list) {
        return list.size();
      }
      return group.members().size() == 1 && group.members().get(0).isEmpty() ? 0 : 1;
    }

    private One single(Group group, List<Object> path) {
      if (group.members().size() != 1) {
        throw new IllegalArgumentException("the path " + path + " names " + group.members().size()
            + " <" + group.name() + "> elements; give the index of one");
      }
      return new One(group.members().get(0), group.value());
    }

    // -------------------------------------------------------------------------------------------

    private void set(Target target, Object value) {
      if (target instanceof Group group) {
        setGroup(group, value);
      } else if (target instanceof One one) {
        setElement(one.element(), one.value(), value);
      } else if (target instanceof Attribute attribute) {
        String text = scalar(value, attribute.name());
        if (!text.equals(attribute.value())) {
          splices.setAttribute(attribute.element().attribute(attribute.name()), text);
        }
      } else if (target instanceof Text text) {
        String newText = scalar(value, "#text");
        if (!newText.equals(text.value())) {
          splices.setText(text.element(), newText);
        }
      }
    }

    /** Pairs old and new items: the first items change in place, the rest are removed or added. */
    private void setGroup(Group group, Object value) {
      List<?> items = value instanceof List<?> list ? list : List.of(value);
      List<XmlElement> members = group.members();
      for (int i = 0; i < members.size(); i++) {
        Object old = group.value() instanceof List<?> list ? list.get(i) : group.value();
        if (i < items.size()) {
          setElement(members.get(i), old, items.get(i));
        } else {
          splices.removeElement(members.get(i));
        }
      }
      for (int i = members.size(); i < items.size(); i++) {
        splices.insertAfter(members.get(members.size() - 1), group.name(), items.get(i), 0);
      }
    }

    void setElement(XmlElement element, Object old, Object value) {
      if (Scalars.sameValue(old, value)) {
        return;
      }
      if (value instanceof List) {
        throw new IllegalArgumentException(
            "<" + element.name + "> cannot hold a list: XML has no list inside a list");
      }
      if (!(value instanceof Map<?, ?> map)) {
        if (element.holdsText()) {
          splices.setText(element, Scalars.text(value));
        } else {
          splices.replaceElement(element, element.name, value);
        }
        return;
      }
      Map<String, Object> newMap = cast(map);
      if (old instanceof Map<?, ?> oldMap) {
        setMap(element, cast(oldMap), newMap);
      } else if (element.isEmpty()) {
        setMap(element, Map.of(), newMap);
      } else if (onlyAttributesAndText(newMap)) {
        setMap(element, Map.of("#text", old), newMap);
      } else {
        splices.replaceElement(element, element.name, value);
      }
    }

    private boolean onlyAttributesAndText(Map<String, Object> map) {
      for (String key : map.keySet()) {
        if (!key.startsWith("@") && !key.equals("#text")) {
          return false;
        }
      }
      return true;
    }

    private void setMap(XmlElement element, Map<String, Object> old, Map<String, Object> value) {
      for (String key : old.keySet()) {
        if (!value.containsKey(key)) {
          remove(child(element, key, old.get(key)));
        }
      }
      for (Map.Entry<String, Object> entry : value.entrySet()) {
        String key = entry.getKey();
        if (old.containsKey(key)) {
          set(child(element, key, old.get(key)), entry.getValue());
        } else {
          addEntry(element, key, entry.getValue(), element.keys().size());
        }
      }
    }

    private Target child(XmlElement element, String key, Object value) {
      if (key.startsWith("@")) {
        return new Attribute(element, key.substring(1), value);
      }
      if (key.equals("#text")) {
        return new Text(element, value);
      }
      return new Group(element, key, element.children(key), value);
    }

    // -------------------------------------------------------------------------------------------

    private void add(Target target, Edit.Add add) {
      Object value = normalize(add.value());
      if (add.isEntry()) {
        XmlElement element = target instanceof Group group
            ? single(group, add.path()).element()
            : target instanceof One one ? one.element() : null;
        if (element == null || (element.holdsText() && element.hasText)) {
          throw new IllegalArgumentException("the path " + add.path() + " holds no map to add "
              + add.key() + " to");
        }
        List<String> keys = element.keys();
        if (keys.contains(add.key())) {
          throw new IllegalArgumentException("<" + element.name + "> at " + add.path()
              + " already has the key " + add.key());
        }
        if (add.before() > keys.size()) {
          throw new IllegalArgumentException("cannot add before " + add.before() + " at "
              + add.path() + ", which holds " + keys.size());
        }
        addEntry(element, add.key(), value, add.before());
      } else if (target instanceof Group group && group.parent() != null) {
        if (add.before() > items(group)) {
          throw new IllegalArgumentException("cannot add before " + add.before() + " at "
              + add.path() + ", which holds " + items(group));
        }
        addItem(group, value, add.before());
      } else {
        throw new IllegalArgumentException(target instanceof Group
            ? "an XML document has one root element; rig cannot add another"
            : "XML has no list inside a list: cannot add an item at " + add.path());
      }
    }

    private void addEntry(XmlElement element, String key, Object value, int before) {
      if (key.startsWith("@")) {
        splices.addAttribute(element, key.substring(1), scalar(value, key));
        return;
      }
      if (key.equals("#text")) {
        if (!element.children.isEmpty()) {
          throw new IllegalArgumentException("<" + element.name + "> has child elements; rig"
              + " adds no text beside them (mixed content)");
        }
        splices.setText(element, scalar(value, key));
        return;
      }
      XmlWriter.checkName(key);
      if (!canonicalPlace(element, key, value)) {
        List<String> keys = element.keys();
        List<XmlElement> named = before < keys.size() ? element.children(keys.get(before))
            : List.of();
        if (!named.isEmpty()) {
          splices.insertBefore(named.get(0), key, value, 0);
        } else if (before < keys.size() && !element.children.isEmpty()) {
          splices.insertBefore(element.children.get(0), key, value, 0);
        } else {
          splices.append(element, key, value, 0);
        }
      }
    }

    /**
     * Puts a new child of a pom element after the last child that comes before it in Maven's
     * order, else before the first that comes after it.
     */
    private boolean canonicalPlace(XmlElement element, String key, Object value) {
      List<String> order = pom ? PomElementOrder.childrenOf(path(element)) : List.of();
      int rank = order.indexOf(key);
      if (rank < 0) {
        return false;
      }
      XmlElement after = null;
      XmlElement before = null;
      for (XmlElement child : element.children) {
        int childRank = order.indexOf(child.name);
        if (childRank >= 0 && childRank < rank) {
          after = child;
        } else if (childRank > rank && before == null) {
          before = child;
        }
      }
      if (after != null) {
        splices.insertAfter(after, key, value, rank);
      } else if (before != null) {
        splices.insertBefore(before, key, value, rank);
      } else {
        splices.append(element, key, value, rank);
      }
      return true;
    }

    private void addItem(Group group, Object value, int before) {
      List<XmlElement> members = group.members();
      if (members.size() == 1 && members.get(0).isEmpty()) {
        // An empty element is no item: the new items take its place.
        splices.insertBefore(members.get(0), group.name(), value, 0);
        splices.removeElement(members.get(0));
      } else if (before >= members.size()) {
        splices.insertAfter(members.get(members.size() - 1), group.name(), value, 0);
      } else {
        splices.insertBefore(members.get(before), group.name(), value, 0);
      }
    }

    // -------------------------------------------------------------------------------------------

    private void remove(Target target) {
      if (target instanceof Group group) {
        for (XmlElement member : group.members()) {
          splices.removeElement(member);
        }
      } else if (target instanceof One one) {
        splices.removeElement(one.element());
      } else if (target instanceof Attribute attribute) {
        splices.removeAttribute(attribute.element().attribute(attribute.name()));
      } else if (target instanceof Text text) {
        splices.setText(text.element(), "");
      }
    }
  }

  private static String scalar(Object value, String name) {
    if (!Scalars.isScalar(value)) {
      throw new IllegalArgumentException(name + " must be a single value, not " + value);
    }
    return Scalars.text(value);
  }

  /** Every XML value is text: numbers and booleans of new content become their text. */
  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> normalized = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        normalized.put((String) entry.getKey(), normalize(entry.getValue()));
      }
      return normalized;
    }
    if (value instanceof List<?> list) {
      List<Object> normalized = new ArrayList<>(list.size());
      for (Object item : list) {
        normalized.add(normalize(item));
      }
      return normalized;
    }
    return Scalars.text(value);
  }
}
