package dev.rig.runtime.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one element of a parsed XML text sits: the offsets of its tags, its attributes and its
 * child elements. {@link XmlDocument} edits the text at these offsets and nowhere else.
 */
final class XmlElement {

  final String name;
  final XmlElement parent;
  /** The {@code <} of the start tag. */
  final int start;
  /** Just after the name in the start tag. */
  final int nameEnd;
  /** Just after the start tag's {@code >}. */
  final int startTagEnd;
  final boolean selfClosing;
  final List<XmlParser.Attribute> attributes;
  List<XmlElement> children = List.of();
  /** The {@code <} of the end tag; {@link #startTagEnd} for an empty-element tag. */
  int endTagStart;
  /** Just after the end tag; {@link #startTagEnd} for an empty-element tag. */
  int end;
  /** Whether the element holds character data that is not whitespace. */
  boolean hasText;

  XmlElement(String name, XmlElement parent, XmlParser.StartTag tag) {
    this.name = name;
    this.parent = parent;
    this.start = tag.start();
    this.nameEnd = tag.nameEnd();
    this.startTagEnd = tag.end();
    this.selfClosing = tag.selfClosing();
    this.attributes = tag.attributes();
    if (selfClosing) {
      endTagStart = startTagEnd;
      end = startTagEnd;
    }
  }

  void addChild(XmlElement child) {
    if (children.isEmpty()) {
      children = new ArrayList<>(4);
    }
    children.add(child);
  }

  /** The children with this name, in document order. */
  List<XmlElement> children(String childName) {
    List<XmlElement> named = new ArrayList<>(1);
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        named.add(child);
      }
    }
    return named;
  }

  XmlParser.Attribute attribute(String attributeName) {
    for (XmlParser.Attribute attribute : attributes) {
      if (attribute.name().equals(attributeName)) {
        return attribute;
      }
    }
    return null;
  }

  /** Whether the element reads as the empty value: no attributes, no children, no text. */
  boolean isEmpty() {
    return attributes.isEmpty() && children.isEmpty() && !hasText;
  }

  /** Whether the element reads as text rather than a map: no attributes and no children. */
  boolean holdsText() {
    return attributes.isEmpty() && children.isEmpty();
  }

  /**
   * The keys of this element's value as {@link XmlTreeReader} builds it, in its order:
   * attributes, then {@code #text}, then one key per child name in order of first appearance.
   */
  List<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (XmlParser.Attribute attribute : attributes) {
      keys.add("@" + attribute.name());
    }
    if (children.isEmpty() && hasText && !attributes.isEmpty()) {
      keys.add("#text");
    }
    for (XmlElement child : children) {
      keys.add(child.name);
    }
    return new ArrayList<>(keys);
  }
}
