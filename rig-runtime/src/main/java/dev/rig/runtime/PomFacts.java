package dev.rig.runtime;

import dev.rig.runtime.format.XmlConfigFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of a project's pom.xml: the coordinates {@code Project.load} needs (with the
 * parent's as fallback) and the values rig's defaults keep rather than prescribe (whether it has a
 * {@code <parent>}, its own values, its {@code <properties>}). Read with the reader of rig's pom
 * config (no DTDs, no external entities: a pom is input rig does not control), once per text.
 *
 * <p>The engine reads strictly ({@link #read}: a malformed pom is an error with its position); the
 * defaults read leniently ({@link #of}: a missing or malformed pom gives no values, since the pom's
 * own config reports the syntax error when it reads the file, and nothing is written).
 */
public final class PomFacts {

  private static final PomFacts NONE = new PomFacts(false, Map.of(), List.of(), List.of());

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
    try {
      return read(text);
    } catch (MalformedFileException e) {
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

  /** Reads {@code pom}, reporting a malformed file with its line and column. */
  public static PomFacts read(Path pom) throws IOException, MalformedFileException {
    if (Files.size(pom) > XmlConfigFile.MAX_CHARS) {
      throw tooLarge(pom);
    }
    // As the engine reads a file (so that its text is the one the configs ask about): without
    // a byte order mark, with \n line breaks. A pom that is not UTF-8 is reported by the pom's own
    // config; its facts need only the coordinates, which are ASCII.
    String text = new String(Files.readAllBytes(pom), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return read(text.replace("\r\n", "\n"));
  }

  /**
   * Reads a pom's text with the reader rig's pom config uses, so that a run loads one XML stack.
   * The engine, the registry lookup and the defaults all ask for the facts of the pom on disk, the
   * configs also of the pom being planned: what the last two texts gave is kept, a malformed
   * text's problem too.
   */
  private static PomFacts read(String text) throws MalformedFileException {
    Parsed[] kept = recent;
    for (Parsed parsed : kept) {
      if (parsed != null && parsed.text().equals(text)) {
        return parsed.facts();
      }
    }
    Parsed parsed;
    try {
      parsed = new Parsed(text, ofProject(PomTree.INSTANCE.tree(text).get("project")), null);
    } catch (MalformedFileException e) {
      parsed = new Parsed(text, null, e);
    }
    recent = new Parsed[] {parsed, kept[0]};
    return parsed.facts();
  }

  /** What a text gave: its facts, or the problem that keeps it from having any. */
  private record Parsed(String text, PomFacts read, MalformedFileException problem) {

    PomFacts facts() throws MalformedFileException {
      if (problem != null) {
        throw problem;
      }
      return read;
    }
  }

  private static volatile Parsed[] recent = new Parsed[2];

  /** The facts in the content of {@code <project>}, as rig's XML reader gives it. */
  private static PomFacts ofProject(Object project) {
    if (!(project instanceof Map<?, ?> content)) {
      return NONE;
    }
    Map<String, String> values = new HashMap<>();
    keepText(content, "", values);
    Object parent = content.get("parent");
    keepText(parent, "parent/", values);
    keepText(content.get("properties"), "properties/", values);
    List<Managed> managed = new ArrayList<>();
    for (Object entry : children(content, "dependencyManagement", "dependencies", "dependency")) {
      managed.add(
          new Managed(
              stripped(entry, "groupId"),
              stripped(entry, "artifactId"),
              stripped(entry, "version"),
              stripped(entry, "scope")));
    }
    List<String> modules = new ArrayList<>();
    addModules(content, modules);
    for (Object profile : children(content, "profiles", "profile")) {
      addModules(profile, modules);
    }
    return new PomFacts(
        content.containsKey("parent"), values, List.copyOf(managed), List.copyOf(modules));
  }

  /** Keeps the text of each child of {@code element} under {@code prefix + name}. */
  private static void keepText(Object element, String prefix, Map<String, String> values) {
    if (element instanceof Map<?, ?> content) {
      content.forEach((name, value) -> {
        String key = (String) name;
        if (!key.startsWith("@") && !key.equals("#text")) {
          values.put(prefix + key, text(value));
        }
      });
    }
  }

  private static void addModules(Object element, List<String> modules) {
    for (Object module : children(element, "modules", "module")) {
      modules.add(text(module).strip());
    }
  }

  /**
   * The elements at {@code path} below {@code element}, each step a child element; the elements
   * of a repeated one in order.
   */
  private static List<Object> children(Object element, String... path) {
    List<Object> found = List.of(element);
    for (String name : path) {
      List<Object> next = new ArrayList<>();
      for (Object parent : found) {
        Object child = parent instanceof Map<?, ?> content ? content.get(name) : null;
        if (child instanceof List<?> repeated) {
          next.addAll(repeated);
        } else if (child != null) {
          next.add(child);
        }
      }
      found = next;
    }
    return found;
  }

  /**
   * The text of an element: its characters; an element with children holds none; of a repeated
   * element, the last one's (Maven reads the last).
   */
  private static String text(Object value) {
    if (value instanceof List<?> repeated) {
      return text(repeated.get(repeated.size() - 1));
    }
    if (value instanceof Map<?, ?> content) {
      return content.get("#text") instanceof String characters ? characters : "";
    }
    return (String) value;
  }

  private static String stripped(Object element, String child) {
    Object value = element instanceof Map<?, ?> content ? content.get(child) : null;
    return value == null ? "" : text(value).strip();
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

  /**
   * The reader of rig's pom config, for the facts: {@link XmlConfigFile#parse} is the one way in
   * to rig's XML reader, and it is open to subclasses only.
   */
  private static final class PomTree extends XmlConfigFile {

    static final PomTree INSTANCE = new PomTree();

    @Override
    protected Map<String, Object> configs() {
      return Map.of("project", Map.of());
    }

    /** The tree of {@code text}; empty for a blank text. */
    Map<String, Object> tree(String text) throws MalformedFileException {
      return parse(text);
    }
  }

}
