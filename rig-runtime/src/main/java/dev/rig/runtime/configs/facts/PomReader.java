package dev.rig.runtime.configs.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The few values of an existing pom.xml that rig's defaults keep rather than prescribe: whether it
 * has a {@code <parent>}, its {@code <properties>} (the build timestamp, the Java release). Read
 * with the JDK's streaming parser, with DTDs and external entities off.
 *
 * <p>A pom that cannot be parsed gives no values: the pom's own config reports the syntax error
 * with its position when it reads the file, and nothing is written.
 */
public final class PomReader {

  private static final PomReader NONE = new PomReader(false, Map.of(), Map.of());

  private final boolean hasParent;
  private final Map<String, String> own;
  private final Map<String, String> properties;

  private PomReader(boolean hasParent, Map<String, String> own, Map<String, String> properties) {
    this.hasParent = hasParent;
    this.own = own;
    this.properties = properties;
  }

  /** The values of {@code root/pom.xml}; none when it is missing or malformed. */
  public static PomReader of(Path root) {
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return NONE;
    }
    try (InputStream in = Files.newInputStream(pom)) {
      return read(in);
    } catch (IOException | XMLStreamException e) {
      return NONE;
    }
  }

  /** Whether the pom inherits from a parent (so its groupId and version may be inherited too). */
  public boolean hasParent() {
    return hasParent;
  }

  /**
   * The value of a direct child of {@code <project>} that holds text ({@code groupId}, {@code
   * version}, ...), as written in this pom: not inherited from the parent.
   */
  public Optional<String> own(String element) {
    return Optional.ofNullable(own.get(element)).filter(value -> !value.isEmpty());
  }

  /** The value of a {@code <properties>} entry, trimmed. */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name)).filter(value -> !value.isEmpty());
  }

  private static PomReader read(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader reader = factory.createXMLStreamReader(in);
    List<String> open = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean hasParent = false;
    Map<String, String> own = new LinkedHashMap<>();
    Map<String, String> properties = new LinkedHashMap<>();
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          open.add(reader.getLocalName());
          text.setLength(0);
          if (open.equals(List.of("project", "parent"))) {
            hasParent = true;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (open.size() == 2 && open.get(0).equals("project")) {
            own.put(open.get(1), text.toString().strip());
          }
          if (open.size() == 3
              && open.get(0).equals("project")
              && open.get(1).equals("properties")) {
            properties.put(open.get(2), text.toString().strip());
          }
          open.remove(open.size() - 1);
          text.setLength(0);
        }
      }
    } finally {
      reader.close();
    }
    return new PomReader(
        hasParent, Collections.unmodifiableMap(own), Collections.unmodifiableMap(properties));
  }
}
