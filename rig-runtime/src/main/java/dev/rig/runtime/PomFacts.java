package dev.rig.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the few facts rig needs from a project's pom.xml with the JDK's own streaming XML parser:
 * no XML library, no DTDs, no external entities (a pom is input rig does not control).
 */
final class PomFacts {

  /** The elements read, by their path below {@code <project>}. */
  private static final String[] WANTED = {
    "groupId", "artifactId", "version", "name", "description", "parent/groupId", "parent/version"
  };

  private final Map<String, String> values;

  private PomFacts(Map<String, String> values) {
    this.values = values;
  }

  /** The value of an element (trimmed), or {@code null} when the pom does not have it. */
  String get(String path) {
    return values.get(path);
  }

  /** The value of {@code path}, else of {@code fallback}, else {@code null}. */
  String orElse(String path, String fallback) {
    String value = values.get(path);
    return value != null ? value : values.get(fallback);
  }

  static PomFacts read(Path pom) throws IOException, MalformedFileException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    Map<String, String> values = new HashMap<>();
    try (InputStream in = Files.newInputStream(pom)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      Deque<String> open = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            open.addLast(reader.getLocalName());
            text.setLength(0);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
              text.append(reader.getText());
          case XMLStreamConstants.END_ELEMENT -> {
            String path = pathBelowProject(open);
            if (path != null && isWanted(path)) {
              values.put(path, text.toString().trim());
            }
            open.removeLast();
            text.setLength(0);
          }
          default -> {
            // Comments, processing instructions and whitespace say nothing about the project.
          }
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      Location where = e.getLocation();
      throw new MalformedFileException(
          where == null ? 0 : Math.max(where.getLineNumber(), 0),
          where == null ? 0 : Math.max(where.getColumnNumber(), 0),
          problem(e),
          e);
    }
    return new PomFacts(values);
  }

  /** {@code parent/groupId} for {@code project > parent > groupId}; null outside a project. */
  private static String pathBelowProject(Deque<String> open) {
    if (open.size() < 2 || !open.peekFirst().equals("project")) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    boolean first = true;
    for (String name : open) {
      if (first) {
        first = false;
        continue;
      }
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(name);
    }
    return path.toString();
  }

  private static boolean isWanted(String path) {
    for (String wanted : WANTED) {
      if (wanted.equals(path)) {
        return true;
      }
    }
    return false;
  }

  /** The parser's own words without the "ParseError at [row,col]:" prefix it repeats. */
  private static String problem(XMLStreamException e) {
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int marker = message.indexOf("Message: ");
    return marker >= 0 ? message.substring(marker + "Message: ".length()).trim() : message.trim();
  }
}
