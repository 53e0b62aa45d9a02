package dev.rig.runtime;

import dev.rig.runtime.configs.facts.GitFacts;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.ProjectState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the project whose files are managed, available to a config through {@link
 * ConfigFile#project()}: its coordinates, package and depth, and the facts of the state being
 * planned ({@link #pom()}, {@link #currentText(String)}) and of the run ({@link #git()}, {@link
 * #creationDate()}). A config derives what it requires from these, never from files it reads
 * itself: then one sync reaches its fixed point, and rig can check that it does.
 */
public final class Project {

  private final Path root;
  private final String groupId;
  private final String artifactId;
  private final String version;
  private final String name;
  private final String description;
  private final String packageName;
  private final int depth;
  private final String libraryCoordinates;
  private final List<String> bases;
  private final ProjectState state;

  /**
   * @param root the project root: every managed path is relative to it
   * @param groupId the project's groupId as its pom.xml says, or empty
   * @param artifactId the project's artifactId as its pom.xml says, or empty
   * @param version the project's version as its pom.xml says, or empty
   * @param name the project's name, or its artifactId when the pom has none
   * @param description the project's description, or empty
   * @param packageName the project's base Java package (where its registry was generated)
   * @param depth the project's depth in the rig chain: rig-runtime is 0, a base on it 1, ...
   * @param libraryCoordinates {@code groupId:artifactId:version} of the project whose RigMain
   *     runs, as recorded at compile time (a new project made by {@code new} depends on it)
   */
  public Project(
      Path root,
      String groupId,
      String artifactId,
      String version,
      String name,
      String description,
      String packageName,
      int depth,
      String libraryCoordinates) {
    this(root, groupId, artifactId, version, name, description, packageName, depth,
        libraryCoordinates, List.of(), null);
  }

  private Project(
      Path root,
      String groupId,
      String artifactId,
      String version,
      String name,
      String description,
      String packageName,
      int depth,
      String libraryCoordinates,
      List<String> bases,
      ProjectState state) {
    this.root = Objects.requireNonNull(root, "root");
    this.groupId = Objects.requireNonNullElse(groupId, "");
    this.artifactId = Objects.requireNonNullElse(artifactId, "");
    this.version = Objects.requireNonNullElse(version, "");
    this.name = Objects.requireNonNullElse(name, this.artifactId);
    this.description = Objects.requireNonNullElse(description, "");
    this.packageName = Objects.requireNonNullElse(packageName, "");
    this.depth = depth;
    this.libraryCoordinates = Objects.requireNonNullElse(libraryCoordinates, "");
    this.bases = List.copyOf(bases);
    this.state = state != null ? state : ProjectState.onDisk(root);
  }

  /** These facts, with the files and run facts of {@code state}. Used by the engine. */
  Project inState(ProjectState state) {
    return new Project(root, groupId, artifactId, version, name, description, packageName, depth,
        libraryCoordinates, bases, Objects.requireNonNull(state, "state"));
  }

  /**
   * These facts, with {@code bases} as the rig libraries the project builds on (see {@link
   * #bases()}). Used by the engine, and by tests that render a config for a given chain.
   */
  public Project withBases(List<String> bases) {
    return new Project(root, groupId, artifactId, version, name, description, packageName, depth,
        libraryCoordinates, Objects.requireNonNull(bases, "bases"), state);
  }

  public Path root() {
    return root;
  }

  public String groupId() {
    return groupId;
  }

  public String artifactId() {
    return artifactId;
  }

  public String version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String packageName() {
    return packageName;
  }

  public int depth() {
    return depth;
  }

  public String libraryCoordinates() {
    return libraryCoordinates;
  }

  /**
   * The rig libraries this project builds on, as {@code groupId:artifactId:version}, shallowest
   * first: rig-runtime's defaults, then each base on the way to the project (a project made by
   * {@code new} from a base's RigMain has that base last). They are the libraries whose registries
   * are on the project's classpath, so a release of any of them can change the project's files.
   * Empty when rig does not know them (a root rig runs on without a registry of its own).
   */
  public List<String> bases() {
    return bases;
  }

  /**
   * What pom.xml says in the state being planned: the pom this run is about to write when rig
   * manages it and planned it already (it is planned first), else the pom on disk. No values when
   * there is none or it cannot be parsed.
   */
  public PomFacts pom() {
    Optional<String> text = currentText("pom.xml");
    if (text.isEmpty()) {
      return PomFacts.none();
    }
    // Many configs ask, and each plan asks again: PomFacts keeps the facts of the last texts.
    return PomFacts.parse(text.get());
  }

  /**
   * The text of a file of the project in the state being planned (a path relative to the root,
   * with {@code /}): as this run plans to write it, else as it is on disk; empty when it does not
   * exist or is outside the root.
   */
  public Optional<String> currentText(String path) {
    return state.text(path);
  }

  /** The facts of the project's git repository (its remote, the user's name), read once a run. */
  public GitFacts git() {
    return state.git();
  }

  /**
   * The day the project is first given its standards ({@code SOURCE_DATE_EPOCH}, else today in
   * UTC), the same for every config of a run.
   */
  public Instant creationDate() {
    return state.creationDate();
  }

  /**
   * Whether the project is a module of a multi-module build (see {@link
   * dev.rig.runtime.internal.facts.ProjectLayout#isModule()}): it then gets only module files, no
   * README, LICENSE, docs or {@code .github}, which belong to the build's root.
   */
  public boolean isModule() {
    return state.layout().isModule();
  }

  /**
   * Whether the project is a library of standards (a base such as service-base): a {@code .java}
   * file of its main sources ({@code src/main/java}) is annotated {@code @RigConfig}. Its config
   * classes are then its main code and need rig-runtime to compile; a service keeps its own config
   * classes with its tests. Read once per run.
   */
  public boolean declaresConfigs() {
    return state.declaresConfigs();
  }

  /**
   * Whether the pom's packaging is {@code pom}: an aggregator, a parent or a BOM, in which Maven
   * compiles and tests nothing. rig's default pom then gives it no build and no dependencies (a jar
   * build there would run rig's check where no registry can be compiled), and {@code init} writes
   * no sources into it.
   */
  public boolean hasPomPackaging() {
    return pom().own("packaging").map("pom"::equals).orElse(false);
  }

  /**
   * The top of the project's git repository when it is above the project root: files GitHub reads
   * from the repository's top ({@code .github/...}) are then not written (rig writes nothing
   * outside the root), and rig says where they belong.
   */
  public Optional<Path> gitRootAbove() {
    return state.layout().gitRootAbove();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Project that
        && root.equals(that.root)
        && groupId.equals(that.groupId)
        && artifactId.equals(that.artifactId)
        && version.equals(that.version)
        && name.equals(that.name)
        && description.equals(that.description)
        && packageName.equals(that.packageName)
        && depth == that.depth
        && libraryCoordinates.equals(that.libraryCoordinates)
        && bases.equals(that.bases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, groupId, artifactId, version, name, description, packageName, depth,
        libraryCoordinates, bases);
  }

  @Override
  public String toString() {
    return "Project[root=" + root + ", coordinates=" + groupId + ":" + artifactId + ":" + version
        + ", packageName=" + packageName + ", depth=" + depth + "]";
  }

  /**
   * Facts of the project in {@code root}: coordinates, name and description from its pom.xml
   * (groupId and version fall back to the parent's, as in Maven), the package and depth from the
   * registry, the registry's coordinates as {@link #libraryCoordinates()} and its libraries as
   * {@link #bases()}. A root without a pom.xml has empty coordinates.
   *
   * @throws MalformedFileException when pom.xml exists but is not well-formed XML
   */
  static Project load(Path root, ConfigRegistry registry)
      throws IOException, MalformedFileException {
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return new Project(
          root,
          "",
          "",
          "",
          "",
          "",
          registry.packageName(),
          registry.depth(),
          registry.coordinates())
          .withBases(registry.bases());
    }
    PomFacts facts = PomFacts.read(pom);
    return new Project(
        root,
        facts.orElse("groupId", "parent/groupId"),
        facts.get("artifactId"),
        facts.orElse("version", "parent/version"),
        facts.get("name"),
        facts.get("description"),
        registry.packageName(),
        registry.depth(),
        registry.coordinates())
        .withBases(registry.bases());
  }

  /** Facts for a root that has no pom.xml yet: only the root and the depth are known. */
  public static Project bare(Path root, String packageName, int depth) {
    return new Project(root, "", "", "", "", "", packageName, depth, "");
  }
}
