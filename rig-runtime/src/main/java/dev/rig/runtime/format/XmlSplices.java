package dev.rig.runtime.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to an XML text at the offsets of its {@link XmlElement}s: the primitive edits {@link
 * XmlDocument} reduces every {@link dev.rig.runtime.content.Edit} to. Each change replaces one
 * range of the original text; everything between the ranges stays as it was. New elements are
 * collected by where they go and written together, in the file's own {@link XmlStyle}.
 */
final class XmlSplices {

  /**
   * One replaced range of the original text. Ranges are applied in order of their start; of
   * insertions at one offset, those that follow an element ({@code kind} 0) come before those
   * that fill an element (1), those that precede one (2) and replacements (3).
   */
  private record Splice(int start, int end, int kind, int sequence, String replacement)
      implements Comparable<Splice> {
    @Override
    public int compareTo(Splice other) {
      int byStart = Integer.compare(start, other.start);
      if (byStart != 0) {
        return byStart;
      }
      int byKind = Integer.compare(end > start ? 3 : kind, other.end > other.start ? 3 : other.kind);
      return byKind != 0 ? byKind : Integer.compare(sequence, other.sequence);
    }
  }

  /** Where new elements go, relative to an existing one. */
  private enum Place { AFTER, INTO, BEFORE }

  /** A new element and where among its new siblings it goes (canonical rank, then arrival). */
  private record NewElement(String name, Object value, int rank, int sequence)
      implements Comparable<NewElement> {
    @Override
    public int compareTo(NewElement other) {
      int byRank = Integer.compare(rank, other.rank);
      return byRank != 0 ? byRank : Integer.compare(sequence, other.sequence);
    }
  }

  private final String text;
  private final XmlStyle style;
  private final List<Splice> splices = new ArrayList<>();
  private final Set<XmlElement> removed = new LinkedHashSet<>();
  /** New elements by where they go: after, into or before an existing element. */
  private final Map<Place, Map<XmlElement, List<NewElement>>> insertions = new EnumMap<>(Place.class);
  private int sequence;

  XmlSplices(String text, XmlStyle style) {
    this.text = text;
    this.style = style;
  }

  // ---------------------------------------------------------------------------------------------
  // Text and attributes.

  /** Makes the character data of an element without children {@code value}. */
  void setText(XmlElement element, String value) {
    if (element.selfClosing) {
      if (!value.isEmpty()) {
        replace(trimmedTagEnd(element), element.startTagEnd,
            ">" + XmlWriter.escapeText(value) + "</" + element.name + ">");
      }
      return;
    }
    List<int[]> data = new ArrayList<>();
    boolean markup = false;
    int at = element.startTagEnd;
    while (at < element.endTagStart) {
      int next = endOfSegment(at);
      if (text.startsWith("<!--", at) || text.startsWith("<?", at)) {
        markup = true;
      } else {
        data.add(new int[] {at, next});
      }
      at = next;
    }
    if (!markup) {
      boolean cdata = data.size() == 1 && text.startsWith("<![CDATA[", data.get(0)[0]);
      // A CDATA section holds any text but its own end and a carriage return (read as a line feed).
      if (cdata && !value.isEmpty() && !value.contains("]]>") && value.indexOf('\r') < 0) {
        replace(data.get(0)[0] + 9, data.get(0)[1] - 3, value);
      } else {
        replace(element.startTagEnd, element.endTagStart, XmlWriter.escapeText(value));
      }
      return;
    }
    // Comments and processing instructions stay; the character data around them is replaced.
    int[] target = null;
    for (int[] segment : data) {
      if (target == null || (isBlank(target) && !isBlank(segment))) {
        target = segment;
      }
    }
    for (int[] segment : data) {
      replace(segment[0], segment[1], segment == target ? XmlWriter.escapeText(value) : "");
    }
    if (target == null) {
      insert(element.endTagStart, XmlWriter.escapeText(value), 1);
    }
  }

  void setAttribute(XmlParser.Attribute attribute, String value) {
    replace(attribute.valueStart(), attribute.valueEnd(),
        XmlWriter.escapeAttribute(value, attribute.quote()));
  }

  /** Adds an attribute after the last one, on its own line when the element has them so. */
  void addAttribute(XmlElement element, String name, String value) {
    XmlWriter.checkName(name);
    String written = XmlWriter.attribute(name, value, style.layout().quote());
    if (element.attributes.isEmpty()) {
      insert(element.nameEnd, " " + written, 0);
      return;
    }
    XmlParser.Attribute last = element.attributes.get(element.attributes.size() - 1);
    int gap = last.start();
    while (XmlParser.isWhitespace(text.charAt(gap - 1))) {
      gap--;
    }
    String separator = text.substring(gap, last.start());
    insert(last.valueEnd() + 1, (separator.contains("\n") ? separator : " ") + written, 0);
  }

  void removeAttribute(XmlParser.Attribute attribute) {
    int from = attribute.start();
    while (XmlParser.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    replace(from, attribute.valueEnd() + 1, "");
  }

  // ---------------------------------------------------------------------------------------------
  // Elements.

  /** Removes an element; a line that held only it (and a comment after it) goes with it. */
  void removeElement(XmlElement element) {
    if (!removed.add(element)) {
      return;
    }
    int next = style.nextLineAfter(element.end);
    if (style.startsLine(element.start) && next >= 0) {
      replace(style.lineStart(element.start), next, "");
    } else {
      replace(element.start, element.end, "");
    }
  }

  /** Writes {@code value} in place of the element, as a new element named {@code name}. */
  void replaceElement(XmlElement element, String name, Object value) {
    String lineStart = style.startsLine(element.start) ? "\n" + style.indentOf(element.start) : null;
    replace(element.start, element.end,
        XmlWriter.fragment(name, value, style.layout(), lineStart, XmlDocument.path(element.parent)));
  }

  /** A new element right after an existing one. */
  void insertAfter(XmlElement sibling, String name, Object value, int rank) {
    queue(Place.AFTER, sibling, name, value, rank);
  }

  /** A new element right before an existing one (and the comments just above it). */
  void insertBefore(XmlElement sibling, String name, Object value, int rank) {
    queue(Place.BEFORE, sibling, name, value, rank);
  }

  /** A new last child. */
  void append(XmlElement parent, String name, Object value, int rank) {
    if (parent.children.isEmpty()) {
      queue(Place.INTO, parent, name, value, rank);
    } else {
      insertAfter(parent.children.get(parent.children.size() - 1), name, value, rank);
    }
  }

  private void queue(Place place, XmlElement anchor, String name, Object value, int rank) {
    Map<XmlElement, List<NewElement>> byAnchor = insertions.get(place);
    if (byAnchor == null) {
      byAnchor = new LinkedHashMap<>();
      insertions.put(place, byAnchor);
    }
    List<NewElement> queued = byAnchor.get(anchor);
    if (queued == null) {
      queued = new ArrayList<>();
      byAnchor.put(anchor, queued);
    }
    queued.add(new NewElement(name, value, rank, sequence++));
  }

  // ---------------------------------------------------------------------------------------------

  /** The original text with every change made. */
  String apply() {
    for (Map.Entry<Place, Map<XmlElement, List<NewElement>>> place : insertions.entrySet()) {
      for (Map.Entry<XmlElement, List<NewElement>> anchor : place.getValue().entrySet()) {
        writeInsertion(place.getKey(), anchor.getKey(), anchor.getValue());
      }
    }
    Collections.sort(splices);
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Splice splice : splices) {
      if (splice.start() < at) {
        throw new IllegalArgumentException("two edits change overlapping text at offset "
            + splice.start() + ": no edit may address a node that another edit sets or removes");
      }
      out.append(text, at, splice.start()).append(splice.replacement());
      at = splice.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private void writeInsertion(Place place, XmlElement element, List<NewElement> elements) {
    Collections.sort(elements);
    switch (place) {
      case AFTER -> {
        int next = style.nextLineAfter(element.end);
        if (style.startsLine(element.start) && next >= 0) {
          insert(next, linesLike(element, elements), 0);
        } else {
          insert(element.end, inline(elements, element.parent), 0);
        }
      }
      case BEFORE -> {
        if (style.startsLine(element.start)) {
          insert(leadingComments(element), linesLike(element, elements), 2);
        } else {
          insert(element.start, inline(elements, element.parent), 2);
        }
      }
      case INTO -> writeInto(element, elements);
    }
  }

  /** New children of an element that has none. */
  private void writeInto(XmlElement parent, List<NewElement> elements) {
    boolean pretty = style.startsLine(parent.start);
    String parentIndent = style.indentOf(parent.start);
    String indent = parentIndent + style.layout().indent();
    String children = pretty ? "\n" + lines(elements, indent, parent) + parentIndent
        : inline(elements, parent);
    if (parent.selfClosing) {
      replace(trimmedTagEnd(parent), parent.startTagEnd,
          ">" + children + "</" + parent.name + ">");
    } else if (XmlTreeReader.isXmlWhitespace(text.subSequence(parent.startTagEnd,
        parent.endTagStart))) {
      replace(parent.startTagEnd, parent.endTagStart, children);
    } else if (pretty && style.startsLine(parent.endTagStart)) {
      insert(style.lineStart(parent.endTagStart), lines(elements, indent, parent), 1);
    } else {
      insert(parent.endTagStart, children, 1);
    }
  }

  /**
   * New siblings of an element that starts its line, each on a line of its own with the same
   * indentation; written on one line each when the sibling is (a compact {@code <dependency>}).
   */
  private String linesLike(XmlElement sibling, List<NewElement> elements) {
    boolean compact = !sibling.children.isEmpty()
        && style.lineStart(sibling.end) == style.lineStart(sibling.start);
    return lines(elements, style.indentOf(sibling.start), sibling.parent, compact);
  }

  private String lines(List<NewElement> elements, String indent, XmlElement parent) {
    return lines(elements, indent, parent, false);
  }

  /** Each new element on a line of its own: indentation, the element, a line break. */
  private String lines(
      List<NewElement> elements, String indent, XmlElement parent, boolean compact) {
    StringBuilder out = new StringBuilder();
    for (NewElement element : elements) {
      out.append(indent)
          .append(XmlWriter.fragment(element.name(), element.value(), style.layout(),
              compact ? null : "\n" + indent, XmlDocument.path(parent)))
          .append('\n');
    }
    return out.toString();
  }

  private String inline(List<NewElement> elements, XmlElement parent) {
    StringBuilder out = new StringBuilder();
    for (NewElement element : elements) {
      out.append(XmlWriter.fragment(element.name(), element.value(), style.layout(), null,
          XmlDocument.path(parent)));
    }
    return out.toString();
  }

  /**
   * The start of the comments on the lines just above an element, which speak about it: a new
   * element goes before them, not between them and the element.
   */
  private int leadingComments(XmlElement element) {
    int gapStart = element.parent.startTagEnd;
    for (XmlElement sibling : element.parent.children) {
      if (sibling == element) {
        break;
      }
      gapStart = sibling.end;
    }
    List<int[]> comments = new ArrayList<>();
    int at = gapStart;
    while (at < element.start) {
      int next = endOfSegment(at);
      if (text.startsWith("<!--", at)) {
        comments.add(new int[] {at, next});
      }
      at = next;
    }
    int start = style.lineStart(element.start);
    for (int i = comments.size() - 1; i >= 0; i--) {
      int[] comment = comments.get(i);
      if (!style.startsLine(comment[0]) || style.nextLineAfter(comment[1]) != start
          || style.lineStart(comment[0]) < gapStart) {
        break;
      }
      start = style.lineStart(comment[0]);
    }
    return start;
  }

  /** The end of the comment, processing instruction, CDATA section or character data at {@code at}. */
  private int endOfSegment(int at) {
    if (text.startsWith("<!--", at)) {
      return text.indexOf("-->", at + 4) + 3;
    }
    if (text.startsWith("<![CDATA[", at)) {
      return text.indexOf("]]>", at + 9) + 3;
    }
    if (text.startsWith("<?", at)) {
      return text.indexOf("?>", at + 2) + 2;
    }
    int next = text.indexOf('<', at);
    return next < 0 ? text.length() : next;
  }

  /** Where {@code />} begins, before any whitespace that precedes it. */
  private int trimmedTagEnd(XmlElement element) {
    int at = element.startTagEnd - 2;
    while (XmlParser.isWhitespace(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private boolean isBlank(int[] segment) {
    return XmlTreeReader.isXmlWhitespace(text.subSequence(segment[0], segment[1]));
  }

  private void replace(int start, int end, String replacement) {
    splices.add(new Splice(start, end, 3, sequence++, replacement));
  }

  /** Inserts text at one offset; see {@link Splice} for the order of insertions at one offset. */
  private void insert(int at, String inserted, int kind) {
    splices.add(new Splice(at, at, kind, sequence++, inserted));
  }
}
