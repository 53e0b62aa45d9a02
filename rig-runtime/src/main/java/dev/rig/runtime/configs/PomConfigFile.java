package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.PomFacts;
import dev.rig.runtime.Project;
import dev.rig.runtime.Tree;
import dev.rig.runtime.configs.facts.ManagedVersions;
import dev.rig.runtime.configs.facts.RigVersions;
import dev.rig.runtime.format.XmlConfigFile;
import dev.rig.runtime.internal.facts.CreationDate;
import dev.rig.runtime.internal.facts.ProjectNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pom.xml}: the build every rig project shares.
 *
 * <p>It requires the Java release and UTF-8, a reproducible build timestamp, rig-runtime and JUnit,
 * rig-processor on the compiler's processor path, Surefire, JaCoCo with a coverage check, the
 * enforcer, and rig-maven-plugin, whose {@code check} runs in {@code verify}. The project's own
 * coordinates, name and description are read from the existing pom and required as they are, so
 * rig never changes them; the build timestamp too.
 *
 * <p>Nothing of rig reaches a service's production classpath: rig-runtime, and the base whose
 * {@code new} made the project, are test dependencies of a service, whose own config classes sit
 * with its tests. A library of standards (a base: its {@code src/main/java} holds config classes)
 * compiles against rig-runtime, which it declares {@code provided}, so that it does not pass rig on
 * to what depends on it either.
 *
 * <p>Override it the way the seed does: subclass, call {@code super}, change one thing.
 *
 * <pre>{@code
 * @RigConfig
 * public class PomConfigFile extends dev.rig.runtime.configs.PomConfigFile {
 *   @Override protected List<String> dependencies() {
 *     List<String> dependencies = super.dependencies();
 *     dependencies.add("io.micrometer:micrometer-registry-prometheus:1.15.0");
 *     return dependencies;
 *   }
 *   @Override protected String coverageMinimum() { return "0.85"; }
 * }
 * }</pre>
 *
 * <p>Dependencies are the same dependency when groupId and artifactId agree, and a required version
 * is a floor: a project may use a newer one.
 */
@RigConfig
public class PomConfigFile extends XmlConfigFile {

  /** The property the JaCoCo check reads its minimum from. */
  public static final String COVERAGE_MINIMUM_PROPERTY = "rig.coverage.minimum";

  /**
   * The coverage an adopting project meets today, recorded in its own pom: while it is below the
   * standard, it is the minimum. The team raises it as tests are added, and removes it once the
   * project meets the standard.
   */
  public static final String COVERAGE_RATCHET_PROPERTY = "rig.coverage.ratchet";

  /** groupId of a pom-less project that was given none. */
  public static final String DEFAULT_GROUP_ID = "org.example";

  /** Version of a pom-less project that was given none. */
  public static final String DEFAULT_VERSION = "0.1.0-SNAPSHOT";

  private static final String RIG_GROUP_ID = "dev.rig";

  /** rig's Maven plugin: {@code mvn rig:sync}, and the {@code check} that runs in verify. */
  public static final String PLUGIN_ARTIFACT_ID = "rig-maven-plugin";

  @Override
  protected String fileName() {
    return "pom.xml";
  }

  /** Synced first: other defaults (README, LICENSE) read what the pom says. */
  @Override
  protected int priority() {
    return 100;
  }

  /**
   * Compile-scope dependencies as {@code groupId:artifactId:version}: none of rig's own (rig stays
   * out of production), the ones a base requires of every service. A fresh, mutable list: add to
   * it.
   */
  protected List<String> dependencies() {
    return new ArrayList<>();
  }

  /**
   * Test-scope dependencies as {@code groupId:artifactId:version}: JUnit, and the library whose
   * {@code new} created this project when it is a service (its configs are needed by the tests,
   * which check the files, never by the service at run time; a library of standards depends on
   * the library it builds on with the compile scope instead). A fresh, mutable list.
   */
  protected List<String> testDependencies() {
    List<String> dependencies = new ArrayList<>();
    dependencies.add("org.junit.jupiter:junit-jupiter:" + RigVersions.get("junit-jupiter"));
    if (!declaresConfigs()) {
      libraryDependency().ifPresent(dependencies::add);
    }
    return dependencies;
  }

  /** Whether the project is a library of standards: its main sources hold config classes. */
  private boolean declaresConfigs() {
    return project().declaresConfigs();
  }

  /**
   * {@code maven.compiler.release}: the Java version the project's main code compiles for. {@code
   * 17} is the standard's floor, and a pom on an older release is raised to it. A library whose
   * users still run an older Java overrides it ({@code "8"} or {@code "1.8"}): its main code then
   * keeps that release, and its tests compile for {@value #TEST_RELEASE}, which rig-runtime and
   * JUnit need.
   */
  protected String javaRelease() {
    return "17";
  }

  /** The JaCoCo check's minimum instruction coverage, as a ratio: {@code 0.90} is 90%. */
  protected String coverageMinimum() {
    return "0.90";
  }

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> project =
        Tree.map(
            "@xmlns", "http://maven.apache.org/POM/4.0.0",
            "@xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
            "@xsi:schemaLocation",
                "http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd",
            "modelVersion", "4.0.0");
    project.putAll(coordinates());
    project.put("properties", properties());
    if (project().hasPomPackaging()) {
      // An aggregator or a parent compiles and tests nothing: its modules get the build, and rig's
      // check would stop at it, as no registry can be generated there.
      return Tree.map("project", project);
    }
    project.put("dependencies", Tree.map("dependency", dependencyEntries()));
    project.put("build", build());
    return Tree.map("project", project);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The project's own groupId, artifactId, version, name and description, as its pom says; a module
   * that inherits groupId or version from its parent keeps inheriting them.
   */
  private Map<String, Object> coordinates() {
    Project facts = project();
    PomFacts pom = facts.pom();
    boolean inheritsCoordinates = pom.hasParent();
    Map<String, Object> coordinates = Tree.map();
    if (!inheritsCoordinates || pom.own("groupId").isPresent()) {
      coordinates.put("groupId", orElse(facts.groupId(), DEFAULT_GROUP_ID));
    }
    String artifactId = orElse(facts.artifactId(), ProjectNames.artifactIdOf(facts.root()));
    coordinates.put("artifactId", artifactId);
    if (!inheritsCoordinates || pom.own("version").isPresent()) {
      coordinates.put("version", orElse(facts.version(), DEFAULT_VERSION));
    }
    coordinates.put("name", orElse(facts.name(), artifactId));
    if (!facts.description().isEmpty()) {
      coordinates.put("description", facts.description());
    }
    return coordinates;
  }

  /** Spring Boot's property for the Java release; its parent passes it to the compiler. */
  public static final String JAVA_VERSION_PROPERTY = "java.version";

  private static final String RELEASE_PROPERTY = "maven.compiler.release";

  /** The Java release the tests compile for: rig-runtime and JUnit 6 are built for it. */
  public static final String TEST_RELEASE = "17";

  /** The compiler plugin's release for the test sources only. */
  public static final String TEST_RELEASE_PROPERTY = "maven.compiler.testRelease";

  private Map<String, Object> properties() {
    Map<String, Object> properties = Tree.map();
    PomFacts pom = project().pom();
    String release = javaReleaseFloor(javaRelease(), pom);
    if (pom.property(JAVA_VERSION_PROPERTY).isPresent()) {
      // One place says the release: java.version. Under a parent (Spring Boot's) the parent maps
      // it to the compiler; a pom of its own maps it with maven.compiler.release.
      properties.put(JAVA_VERSION_PROPERTY, release);
      if (!pom.hasParent() || pom.property(RELEASE_PROPERTY).isPresent()) {
        properties.put(RELEASE_PROPERTY, "${" + JAVA_VERSION_PROPERTY + "}");
      }
    } else {
      properties.put(RELEASE_PROPERTY, release);
    }
    if (testsNeedTheirOwnRelease(release)) {
      // The main code keeps the library's release; the tests run rig-runtime and JUnit, which
      // need a newer one. A pom's maven.compiler.source/target stay: the release overrides them.
      properties.put(TEST_RELEASE_PROPERTY, testReleaseFloor(pom));
    }
    properties.putAll(Tree.map(
        "project.build.sourceEncoding",
        "UTF-8",
        "project.reporting.outputEncoding",
        "UTF-8",
        "project.build.outputTimestamp",
        outputTimestamp(),
        COVERAGE_MINIMUM_PROPERTY,
        coverageFloor(coverageMinimum(), pom)));
    return properties;
  }

  /**
   * The standard's minimum, or the project's recorded ratchet when that is lower: a project that
   * adopts rig at 0.37 is not failed at 0.90, and is held to what it recorded.
   */
  static String coverageFloor(String standard, PomFacts pom) {
    Optional<String> ratchet = pom.property(COVERAGE_RATCHET_PROPERTY);
    if (ratchet.isEmpty()) {
      return standard;
    }
    try {
      return new java.math.BigDecimal(ratchet.get()).compareTo(new java.math.BigDecimal(standard))
              < 0
          ? ratchet.get()
          : standard;
    } catch (NumberFormatException e) {
      return standard; // not a ratio: the standard holds, and the pom says what it was given
    }
  }

  /** The property the pom says its Java release in: {@code java.version} when it has one. */
  static String releaseProperty(PomFacts pom) {
    return pom.property(JAVA_VERSION_PROPERTY).isPresent()
        ? JAVA_VERSION_PROPERTY
        : RELEASE_PROPERTY;
  }

  /**
   * The release is a floor: a pom that already compiles for a newer Java keeps it (a Spring Boot
   * service on 21 is not taken back to 17). A config that asks for a release older than {@value
   * #TEST_RELEASE} is a library saying which Java its users run: that release is written as it is,
   * also over the 17 that {@code init} wrote before the library had a config of its own.
   */
  static String javaReleaseFloor(String required, PomFacts pom) {
    int floor = releaseNumber(required);
    int own = pom.property(releaseProperty(pom)).map(PomConfigFile::releaseNumber).orElse(-1);
    if (own > floor && !testsNeedTheirOwnRelease(required)) {
      return String.valueOf(own);
    }
    // javac's --release takes 8, never 1.8.
    return floor > 0 ? String.valueOf(floor) : required;
  }

  /** Whether the main release is older than the one rig-runtime and JUnit need in the tests. */
  static boolean testsNeedTheirOwnRelease(String release) {
    int number = releaseNumber(release);
    return number > 0 && number < releaseNumber(TEST_RELEASE);
  }

  /** {@value #TEST_RELEASE}, or the pom's own test release when it is newer. */
  static String testReleaseFloor(PomFacts pom) {
    int own = pom.property(TEST_RELEASE_PROPERTY).map(PomConfigFile::releaseNumber).orElse(-1);
    return own > releaseNumber(TEST_RELEASE) ? String.valueOf(own) : TEST_RELEASE;
  }

  private static int releaseNumber(String release) {
    String number = release.strip();
    number = number.startsWith("1.") ? number.substring(2) : number;
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The pom's own value when it has one (Maven's release plugin updates it), else today. */
  private String outputTimestamp() {
    return project()
        .pom()
        .property("project.build.outputTimestamp")
        .orElseGet(() -> CreationDate.asOutputTimestamp(project().creationDate()));
  }

  private List<Object> dependencyEntries() {
    List<Object> entries = new ArrayList<>();
    for (String coordinates : dependencies()) {
      entries.add(dependency(coordinates, null));
    }
    boolean library = declaresConfigs();
    if (library) {
      // Its configs extend the library's: they compile against it, and pass it on.
      libraryDependency().ifPresent(coordinates -> entries.add(dependency(coordinates, null)));
    }
    entries.add(
        dependency(
            RIG_GROUP_ID + ":rig-runtime:" + RigVersions.rig(), library ? "provided" : "test"));
    for (String coordinates : testDependencies()) {
      entries.add(dependency(coordinates, "test"));
    }
    return entries;
  }

  private Map<String, Object> dependency(String coordinates, String scope) {
    String[] parts = coordinates.split(":", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      throw new IllegalStateException(
          getClass().getName()
              + " lists the dependency '"
              + coordinates
              + "'; write dependencies as groupId:artifactId:version, e.g."
              + " org.slf4j:slf4j-api:2.0.17");
    }
    Map<String, Object> dependency =
        Tree.map("groupId", parts[0].strip(), "artifactId", parts[1].strip());
    if (!managed().managesDependency(parts[0].strip(), parts[1].strip())) {
      dependency.put("version", parts[2].strip());
    }
    if (scope != null) {
      dependency.put("scope", scope);
    }
    return dependency;
  }

  /**
   * The library whose {@code RigMain} runs, when it is another project: a project made by {@code
   * new} from service-base depends on service-base.
   */
  private Optional<String> libraryDependency() {
    Project facts = project();
    String library = facts.libraryCoordinates();
    String[] parts = library.split(":", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    boolean self = parts[0].equals(facts.groupId()) && parts[1].equals(facts.artifactId());
    boolean rig = parts[0].equals(RIG_GROUP_ID) && parts[1].startsWith("rig-");
    return self || rig ? Optional.empty() : Optional.of(library);
  }

  private ManagedVersions managed() {
    return ManagedVersions.of(project().pom());
  }

  private Map<String, Object> build() {
    Map<String, Object> plugins =
        Tree.map(
            "plugin",
            Tree.list(
                enforcerPlugin(), compilerPlugin(), surefirePlugin(), jacocoPlugin(), rigPlugin()));
    if (managed().parentVersionsMavenPlugins()) {
      // The parent's pluginManagement versions Maven's own plugins: rig neither restates nor
      // downgrades them.
      return Tree.map("plugins", plugins);
    }
    return Tree.map(
        "pluginManagement",
            Tree.map(
                "plugins",
                Tree.map(
                    "plugin",
                    Tree.list(
                        apachePlugin("maven-clean-plugin"),
                        apachePlugin("maven-resources-plugin"),
                        apachePlugin("maven-jar-plugin"),
                        apachePlugin("maven-install-plugin"),
                        apachePlugin("maven-deploy-plugin"),
                        apachePlugin("maven-site-plugin")))),
        "plugins", plugins);
  }

  /**
   * {@code mvn rig:sync}, {@code rig:check} and the other goals resolve by their prefix, and {@code
   * check} runs in {@code verify}: a drift fails the build even where the test run could not report
   * it.
   */
  private Map<String, Object> rigPlugin() {
    Map<String, Object> plugin =
        Tree.map(
            "groupId",
            RIG_GROUP_ID,
            "artifactId",
            PLUGIN_ARTIFACT_ID,
            "version",
            RigVersions.rig());
    plugin.put("executions", Tree.map("execution", Tree.list(execution("check"))));
    return plugin;
  }

  /** Fails early, with Maven's own words, on a Maven or JDK older than the project needs. */
  private Map<String, Object> enforcerPlugin() {
    Map<String, Object> plugin = apachePlugin("maven-enforcer-plugin");
    plugin.put(
        "executions",
        Tree.map(
            "execution",
            Tree.list(
                Tree.map(
                    "id", "enforce-versions",
                    "goals", Tree.map("goal", Tree.list("enforce")),
                    "configuration",
                        Tree.map(
                            "rules",
                            Tree.map(
                                "requireMavenVersion", Tree.map("version", "[3.8.1,)"),
                                "requireJavaVersion",
                                    Tree.map("version", "[${" + buildJdkProperty() + "},)")))))));
    return plugin;
  }

  /**
   * The property that says the oldest JDK the build runs on: the test release when the tests need a
   * newer Java than the main code.
   */
  private String buildJdkProperty() {
    PomFacts pom = project().pom();
    return testsNeedTheirOwnRelease(javaReleaseFloor(javaRelease(), pom))
        ? TEST_RELEASE_PROPERTY
        : releaseProperty(pom);
  }

  /**
   * rig-processor runs from {@code annotationProcessorPaths}, the setup JDK 23 and later require,
   * and learns the project's coordinates so that {@code RigMain new} can depend on them. All of
   * javac's lint warnings are on, except "no processor claimed" (rig-processor claims nothing so
   * that other processors see every annotation).
   */
  private Map<String, Object> compilerPlugin() {
    Map<String, Object> plugin = apachePlugin("maven-compiler-plugin");
    plugin.put(
        "configuration",
        Tree.map(
            "annotationProcessorPaths",
                Tree.map(
                    "path",
                    Tree.list(
                        Tree.map(
                            "groupId",
                            RIG_GROUP_ID,
                            "artifactId",
                            "rig-processor",
                            "version",
                            RigVersions.rig()))),
            "compilerArgs",
                Tree.map(
                    "arg",
                    Tree.list(
                        "-Xlint:all,-processing",
                        "-Arig.coordinates=${project.groupId}:${project.artifactId}:${project.version}"))));
    return plugin;
  }

  /**
   * Full stack traces, so that rig's "project files are in sync" failure shows every diff; and
   * rig-runtime's jar scanned for tests, so that the check runs in a module without a test class of
   * its own, where Surefire would otherwise start no test engine at all (SUREFIRE-1724).
   */
  private Map<String, Object> surefirePlugin() {
    Map<String, Object> plugin = apachePlugin("maven-surefire-plugin");
    plugin.put(
        "configuration",
        Tree.map(
            "trimStackTrace",
            "false",
            "dependenciesToScan",
            Tree.map("dependency", Tree.list(RIG_GROUP_ID + ":rig-runtime"))));
    return plugin;
  }

  /**
   * Coverage measured in every test run and checked in {@code verify} against {@value
   * #COVERAGE_MINIMUM_PROPERTY}. rig's generated classes are left out so that a fresh project is
   * not below the minimum because of code it did not write.
   *
   * <p>The plugin-level excludes are read by every goal: by {@code report} and {@code check} as
   * file patterns, and by {@code prepare-agent} as class names (the agent takes both '/' and '.',
   * and its {@code *} crosses packages). So {@code dev/rig/runtime/**} and {@code
   * org/snakeyaml/engine/**} keep the agent from instrumenting rig-runtime and snakeyaml-engine,
   * some 200 classes that the test run's check loads but no report of the project can contain
   * (they come from jars, not from its classes), and that check runs faster without them. Only
   * rig's own run-time libraries are listed, never a package a project could write.
   */
  private Map<String, Object> jacocoPlugin() {
    Map<String, Object> plugin = plugin("org.jacoco", "jacoco-maven-plugin");
    List<Object> excluded =
        Tree.list(
            "**/RigMain.class",
            "**/RigRegistry.class",
            "dev/rig/index/**",
            "dev/rig/runtime/**",
            "org/snakeyaml/engine/**");
    plugin.put("configuration", Tree.map("excludes", Tree.map("exclude", excluded)));
    Map<String, Object> check = execution("check");
    check.put("configuration", Tree.map("rules", Tree.map("rule", Tree.list(coverageRule()))));
    plugin.put(
        "executions",
        Tree.map("execution", Tree.list(execution("prepare-agent"), execution("report"), check)));
    return plugin;
  }

  /** The whole project's instruction coverage must reach the minimum property. */
  private static Map<String, Object> coverageRule() {
    Map<String, Object> limit =
        Tree.map(
            "counter", "INSTRUCTION",
            "value", "COVEREDRATIO",
            "minimum", "${" + COVERAGE_MINIMUM_PROPERTY + "}");
    return Tree.map("element", "BUNDLE", "limits", Tree.map("limit", Tree.list(limit)));
  }

  /** An execution of one goal, named after it. */
  private static Map<String, Object> execution(String goal) {
    return Tree.map("id", goal, "goals", Tree.map("goal", Tree.list(goal)));
  }

  /**
   * One of Maven's own plugins, without a groupId as Maven's docs write them: a pom that spells out
   * {@code org.apache.maven.plugins} has the same plugin, and one that leaves it out is not told to
   * add it.
   */
  private Map<String, Object> apachePlugin(String artifactId) {
    if (managed().parentVersionsMavenPlugins()) {
      return Tree.map("artifactId", artifactId);
    }
    return Tree.map("artifactId", artifactId, "version", RigVersions.get(artifactId));
  }

  private static Map<String, Object> plugin(String groupId, String artifactId) {
    return Tree.map(
        "groupId", groupId, "artifactId", artifactId, "version", RigVersions.get(artifactId));
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
