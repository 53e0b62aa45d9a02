package dev.rig.runtime;

import dev.rig.runtime.format.XmlConfigFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one reader of a project's pom.xml: the coordinates {@code Project.load} needs (with the
 * parent's as fallback) and the values rig's defaults keep rather than prescribe (whether it has a
 * {@code <parent>}, its own values, its {@code <properties>}). One pass with the JDK's own streaming
 * XML parser: no XML library, no DTDs, no external entities (a pom is input rig does not control).
 *
 * <p>The engine reads strictly ({@link #read}: a malformed pom is an error with its position); the
 * defaults read leniently ({@link #of}: a missing or malformed pom gives no values, since the pom's
 * own config reports the syntax error when it reads the file, and nothing is written).
 */
public final class PomFacts {

  private static final PomFacts NONE = new PomFacts(false, Map.of(), List.of(), List.of());

  private static final List<String> JDK_XML_LIMITS =
      List.of(
          "jdk.xml.maxElementDepth",
          "jdk.xml.elementAttributeLimit",
          "jdk.xml.maxGeneralEntitySizeLimit",
          "jdk.xml.totalEntitySizeLimit",
          "jdk.xml.entityReplacementLimit");

  private final boolean hasParent;

  /**
   * The untrimmed text of the elements kept, by their path below {@code <project>}: its direct
   * children, the children of {@code <parent>} and of {@code <properties>}.
   */
  private final Map<String, String> values;

  /** The entries of {@code <dependencyManagement>}, imported BOMs included, in pom order. */
  private final List<Managed> managed;

  /** The {@code <module>} entries of {@code <modules>}, the profiles' included, trimmed. */
  private final List<String> modules;

  private PomFacts(
      boolean hasParent, Map<String, String> values, List<Managed> managed, List<String> modules) {
    this.hasParent = hasParent;
    this.values = values;
    this.managed = managed;
    this.modules = modules;
  }

  /**
   * The folders this pom builds as modules, as written ({@code orders-api}, {@code ../shared},
   * {@code lib/pom.xml}): its {@code <modules>} and those of its profiles.
   */
  public List<String> modules() {
    return modules;
  }

  /**
   * An entry of the pom's own {@code <dependencyManagement>}: a managed version, or, with scope
   * {@code import}, a BOM whose versions the project takes. Values as written (a version may be a
   * {@code ${property}}); absent ones are empty strings.
   */
  public record Managed(String groupId, String artifactId, String version, String scope) {

    /** Whether this entry imports a BOM. */
    public boolean isImport() {
      return scope.equals("import");
    }
  }

  /** The entries of the pom's own {@code <dependencyManagement>}, imported BOMs included. */
  public List<Managed> managed() {
    return managed;
  }

  /** The value of an element (trimmed), or {@code null} when the pom does not have it. */
  String get(String path) {
    String value = values.get(path);
    return value == null ? null : value.trim();
  }

  /** The value of {@code path}, else of {@code fallback}, else {@code null}. */
  String orElse(String path, String fallback) {
    String value = get(path);
    return value != null ? value : get(fallback);
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
    return stripped(element);
  }

  /**
   * {@code groupId:artifactId} of the project (the groupId inherited from {@code <parent>} when the
   * pom has none), or empty when the pom does not tell both.
   */
  public Optional<String> module() {
    Optional<String> groupId = own("groupId").or(() -> parent("groupId"));
    Optional<String> artifactId = own("artifactId");
    return groupId.isPresent() && artifactId.isPresent()
        ? Optional.of(groupId.get() + ":" + artifactId.get())
        : Optional.empty();
  }

  /** The value of a child of {@code <parent>} ({@code groupId}, {@code version}), trimmed. */
  public Optional<String> parent(String element) {
    return stripped("parent/" + element);
  }

  /**
   * Where Maven looks for the parent's pom before the repositories: {@code <parent>}'s {@code
   * <relativePath>}, {@code ../pom.xml} when it has none; empty without a parent, or when it is
   * empty ({@code <relativePath/>}: the parent comes from a repository only).
   */
  public Optional<String> parentRelativePath() {
    if (!hasParent) {
      return Optional.empty();
    }
    String path = get("parent/relativePath");
    if (path == null) {
      return Optional.of("../pom.xml");
    }
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /** The value of a {@code <properties>} entry, trimmed. */
  public Optional<String> property(String name) {
    return stripped("properties/" + name);
  }

  private Optional<String> stripped(String path) {
    return Optional.ofNullable(values.get(path)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** No values: the facts of a project without a pom. */
  public static PomFacts none() {
    return NONE;
  }

  /** The values of a pom's text; none when it is malformed. */
  public static PomFacts parse(String text) {
    if (text.length() > XmlConfigFile.MAX_CHARS) {
      return NONE;
    }
    try {
      return read(new java.io.ByteArrayInputStream(
          text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException | MalformedFileException e) {
      return NONE;
    }
  }

  /** The values of {@code root/pom.xml}; none when it is missing or malformed. */
  public static PomFacts of(Path root) {
    return at(root.resolve("pom.xml"));
  }

  /** The values of the pom file {@code pom}; none when it is missing or malformed. */
  public static PomFacts at(Path pom) {
    if (!Files.isRegularFile(pom)) {
      return NONE;
    }
    try {
      return read(pom);
    } catch (IOException | MalformedFileException e) {
      return NONE;
    }
  }

  /** Reads {@code pom}, reporting a malformed file with the parser's line and column. */
  public static PomFacts read(Path pom) throws IOException, MalformedFileException {
    if (Files.size(pom) > XmlConfigFile.MAX_CHARS) {
      throw tooLarge(pom);
    }
    try (InputStream in = Files.newInputStream(pom)) {
      return read(in);
    }
  }

  private static PomFacts read(InputStream in) throws IOException, MalformedFileException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // The same limits on every JDK: JDK 25's defaults refuse a pom of more than 100,000
    // characters or 100 levels. rig's own XML limits apply instead (XmlConfigFile).
    for (String limit : JDK_XML_LIMITS) {
      factory.setProperty(limit, "0");
    }
    Map<String, String> values = new HashMap<>();
    List<Managed> managed = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    Map<String, String> entry = new HashMap<>();
    boolean hasParent = false;
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      Deque<String> open = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            open.addLast(reader.getLocalName());
            text.setLength(0);
            if (open.size() == 2
                && "project".equals(open.peekFirst())
                && "parent".equals(open.peekLast())) {
              hasParent = true;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
              text.append(reader.getText());
          case XMLStreamConstants.END_ELEMENT -> {
            // Only elements up to three levels deep are kept: a deep pom costs no more per level.
            String path = open.size() <= 3 ? pathBelowProject(open) : null;
            if (path != null && isWanted(path)) {
              values.put(path, text.toString());
            }
            if (open.size() == 5 && MANAGED_ENTRY.equals(pathAbove(open))) {
              entry.put(open.peekLast(), text.toString().strip());
            } else if (open.size() == 4 && MANAGED_ENTRY.equals(pathBelowProject(open))) {
              managed.add(
                  new Managed(
                      entry.getOrDefault("groupId", ""),
                      entry.getOrDefault("artifactId", ""),
                      entry.getOrDefault("version", ""),
                      entry.getOrDefault("scope", "")));
              entry.clear();
            } else if ((open.size() == 3 || open.size() == 5) && "module".equals(open.peekLast())
                && MODULE_PATHS.contains(pathBelowProject(open))) {
              modules.add(text.toString().strip());
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
    return new PomFacts(hasParent, values, List.copyOf(managed), List.copyOf(modules));
  }

  /** Refuses a pom larger than rig reads, at the line and column where it crosses the limit. */
  private static MalformedFileException tooLarge(Path pom) throws IOException {
    int line = 1;
    int column = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(pom))) {
      for (int i = 0; i < XmlConfigFile.MAX_CHARS; i++) {
        int b = in.read();
        if (b == '\n') {
          line++;
          column = 1;
        } else if ((b & 0xC0) != 0x80) {
          column++;
        }
      }
    }
    return new MalformedFileException(line, column, XmlConfigFile.TOO_LARGE);
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

  private static final List<String> MODULE_PATHS =
      List.of("modules/module", "profiles/profile/modules/module");

  private static final String MANAGED_ENTRY = "dependencyManagement/dependencies/dependency";

  /** The path below the project of the element that holds the innermost open one. */
  private static String pathAbove(Deque<String> open) {
    Deque<String> above = new ArrayDeque<>(open);
    above.removeLast();
    return pathBelowProject(above);
  }

  /** Direct children of the project, and the children of its parent and properties. */
  private static boolean isWanted(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return true;
    }
    String section = path.substring(0, slash);
    return path.indexOf('/', slash + 1) < 0
        && (section.equals("parent") || section.equals("properties"));
  }

  /** The parser's own words without the "ParseError at [row,col]:" prefix it repeats. */
  private static String problem(XMLStreamException e) {
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int marker = message.indexOf("Message: ");
    return marker >= 0 ? message.substring(marker + "Message: ".length()).trim() : message.trim();
  }
}
