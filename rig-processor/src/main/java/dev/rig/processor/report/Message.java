package dev.rig.processor.report;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic rig-processor prints, in one place. Each message starts with a tag such as
 * {@code [RigConflict]} so that users can search for it and tests can assert on it while the
 * wording improves; each says what to do.
 */
public enum Message {

  // --- @RigConfig on the wrong kind of type -------------------------------------------------

  NOT_A_CLASS(
      Diagnostic.Kind.ERROR,
      "RigNotAClass",
      "@RigConfig is on %s %s, but a config must be a class."
          + " Declare it as `public class %s extends YamlConfigFile`"
          + " (or another format base in dev.rig.runtime.format)."),

  ABSTRACT_CLASS(
      Diagnostic.Kind.ERROR,
      "RigAbstractConfig",
      "%s is abstract, so rig cannot create it."
          + " Remove `abstract`, or move @RigConfig to the concrete subclasses."),

  NOT_PUBLIC(
      Diagnostic.Kind.ERROR,
      "RigNotPublic",
      "%s is not public, so the generated RigRegistry cannot create it. Declare it `public`."),

  ENCLOSING_NOT_PUBLIC(
      Diagnostic.Kind.ERROR,
      "RigNotPublic",
      "%s is nested in %s, which is not public, so the generated RigRegistry cannot create it."
          + " Declare %s `public`, or move the config to its own file."),

  INNER_CLASS(
      Diagnostic.Kind.ERROR,
      "RigInnerClass",
      "%s is an inner class: rig cannot create it without an instance of %s."
          + " Declare it `public static class %s`, or move it to its own file."),

  CONTRIBUTION_WITHOUT_TARGET(
      Diagnostic.Kind.ERROR,
      "RigContributionTarget",
      "%s extends Contribution without naming the config it adds to."
          + " Name it as the type argument: `public class %s extends"
          + " Contribution<PomConfigFile>` (the config class whose file it adds to)."),

  CONTRIBUTION_TO_NON_CONFIG(
      Diagnostic.Kind.ERROR,
      "RigContributionTarget",
      "%s contributes to %s, which is not a config in this project's chain"
          + " (not a @RigConfig class of this compilation or of an indexed dependency),"
          + " so no file would get its content."
          + " Contribute to the @RigConfig class that manages the file (for pom.xml,"
          + " dev.rig.runtime.configs.PomConfigFile), add the dependency that declares %s,"
          + " or rebuild that library with rig-processor."),

  CONTRIBUTION_REPLACES_NON_CONTRIBUTION(
      Diagnostic.Kind.ERROR,
      "RigReplacesNotContribution",
      "the contribution %s names %s in replaces, which is not a contribution."
          + " A contribution can replace only other contributions: name the contribution"
          + " you want to drop, or override the config with a subclass instead."),

  NOT_A_CONFIG_FILE(
      Diagnostic.Kind.ERROR,
      "RigNotConfigFile",
      "%s does not extend dev.rig.runtime.ConfigFile, so rig cannot manage it."
          + " Extend a format base such as dev.rig.runtime.format.YamlConfigFile,"
          + " or remove @RigConfig."),

  NO_PUBLIC_CONSTRUCTOR(
      Diagnostic.Kind.ERROR,
      "RigNoConstructor",
      "%s has no public constructor without parameters, so the generated RigRegistry cannot"
          + " create it. Add `public %s() {}` (rig hands a config its project through"
          + " project(), not through the constructor)."),

  CONSTRUCTOR_THROWS(
      Diagnostic.Kind.ERROR,
      "RigNoConstructor",
      "The constructor %s() throws the checked exception %s, so the generated RigRegistry cannot"
          + " create it. Handle the exception inside the constructor, or do the work in configs()."),

  // --- replaces ---------------------------------------------------------------------------

  REPLACES_NOT_A_CONFIG(
      Diagnostic.Kind.ERROR,
      "RigReplacesNotConfig",
      "%s names %s in replaces, but %s is not a @RigConfig class, so there is nothing to replace."
          + " Name the config class that manages the file (annotated @RigConfig),"
          + " or remove %s.class from replaces."),

  REPLACES_NOT_INDEXED(
      Diagnostic.Kind.ERROR,
      "RigReplacesNotIndexed",
      "%s names %s in replaces, but the library that declares %s was compiled without"
          + " rig-processor, so rig has no index entry for it and cannot register what it"
          + " replaces. Rebuild that library with rig-processor in its annotationProcessorPaths."),

  REPLACES_ITSELF(
      Diagnostic.Kind.ERROR,
      "RigReplacesItself",
      "%s names itself in replaces. Remove %s.class from replaces."),

  REPLACES_ANCESTOR(
      Diagnostic.Kind.ERROR,
      "RigReplacesAncestor",
      "%s names %s in replaces, but already overrides it by extending it."
          + " Remove %s.class from replaces: replaces is for configs a class does not extend."),

  REPLACES_CYCLE(
      Diagnostic.Kind.ERROR,
      "RigReplacesCycle",
      "%s names %s in replaces, but %s already overrides %s, so each would take the other's"
          + " place. Remove %s.class from replaces."),

  // --- resolution -------------------------------------------------------------------------

  CONFLICT(
      Diagnostic.Kind.ERROR,
      "RigConflict",
      "%s is overridden by %d leaves, and none of them overrides another:\n"
          + "%s\n"
          + "rig registers one leaf per config and cannot choose between them. %s:\n"
          + "%s"),

  MISSING_RIG_CONFIG(
      Diagnostic.Kind.WARNING,
      "RigMissingConfig",
      "%s extends the config %s but is not annotated @RigConfig, so rig ignores it and keeps"
          + " using %s. Annotate it with @RigConfig, or make it abstract if it is only a base"
          + " for other configs."),

  MISSING_RIG_CONFIG_ON_CONTRIBUTION(
      Diagnostic.Kind.WARNING,
      "RigMissingConfig",
      "%s extends %s but is not annotated @RigConfig, so rig never applies it and its content"
          + " reaches no file. Annotate it with @RigConfig, or make it abstract if it is only a"
          + " base for other contributions."),

  // --- the test compilation of a module ---------------------------------------------------

  CONFIG_IN_TEST_SOURCES(
      Diagnostic.Kind.WARNING,
      "RigTestConfig",
      "%s is not registered: this is the test compilation of %s, whose RigRegistry the main"
          + " compilation generated. Move %s to src/main/java to make rig manage its file."),

  // --- the module as a whole ---------------------------------------------------------------

  DEPTH_PAST_NIGHTLY_SLOTS(
      Diagnostic.Kind.WARNING,
      "RigDepth",
      "This project is at depth %d: rig staggers the nightly health check by depth in"
          + " half-hour slots from 00:00 UTC, and a day has slots for depths 0 to 47 only;"
          + " this project shares the last one (23:30) with its base."
          + " Shorten the chain of rig libraries this project builds on."),

  NO_PACKAGE(
      Diagnostic.Kind.ERROR,
      "RigPackage",
      "rig cannot choose a package for RigRegistry and RigMain: the sources of this compilation"
          + " share no common package. Pass -Arig.package=<your base package> to javac"
          + " (Maven: <compilerArgs><arg>-Arig.package=com.example</arg></compilerArgs>)."),

  TOO_SHORT_PACKAGE(
      Diagnostic.Kind.WARNING,
      "RigPackage",
      "rig generates no RigRegistry in this compilation: the only package its sources share is"
          + " `%s`, a top-level name no project owns (every module of such a build would get"
          + " %s.RigRegistry). Pass the project's base package to javac, for example"
          + " -Arig.package=com.example.service (Maven: <compilerArgs><arg>-Arig.package=...</arg>"
          + "</compilerArgs>); until then rig has no registry for this project and its checks stop."),

  INVALID_PACKAGE_OPTION(
      Diagnostic.Kind.ERROR,
      "RigPackage",
      "-Arig.package=%s is not a Java package name. Pass the project's base package,"
          + " for example -Arig.package=com.example.service."),

  INVALID_COORDINATES_OPTION(
      Diagnostic.Kind.ERROR,
      "RigCoordinates",
      "-Arig.coordinates=%s is not groupId:artifactId:version. rig's default pom passes"
          + " -Arig.coordinates=${project.groupId}:${project.artifactId}:${project.version}."),

  REGISTRY_CLASH(
      Diagnostic.Kind.ERROR,
      "RigRegistryClash",
      "%s already exists on the classpath, generated for %s; a second one here would hide it."
          + " Give this project its own package with -Arig.package=<package>."),

  RUNTIME_MISSING(
      Diagnostic.Kind.ERROR,
      "RigRuntimeMissing",
      "@RigConfig is on the classpath but rig-runtime is not, so the generated RigRegistry would"
          + " not compile. Add the dependency dev.rig:rig-runtime, at this rig-processor's version,"
          + " in scope test for a service (its configs are test sources) or provided for a library"
          + " of standards (its configs are main sources)."),

  OLDER_INDEX(
      Diagnostic.Kind.WARNING,
      "RigOlderIndex",
      "The classpath holds index entries of an older rig-processor (%d, such as %s.%s); rig"
          + " cannot read them and ignores the configs they stand for. Rebuild the libraries that"
          + " carry them with this rig-processor."),

  STALE_INDEX_ENTRY(
      Diagnostic.Kind.WARNING,
      "RigStaleIndex",
      "The rig index on the classpath names the registry %s (from %s), which creates that"
          + " library's configs, but that class is not on the classpath; rig ignores the"
          + " library's configs. Rebuild the library with rig-processor, and keep its classes"
          + " when you shade or shrink its jar."),

  CONFIG_AFTER_REGISTRY(
      Diagnostic.Kind.ERROR,
      "RigLateConfig",
      "%s was generated by another annotation processor after rig had written RigRegistry,"
          + " so rig cannot register it. rig waits for other processors only while the sources"
          + " carry an annotation that could start one (any but java.lang's and rig's), and"
          + " then only until a round brings no new config. Generate config classes in the"
          + " round after the annotation that starts the processor, or write them by hand."),

  WRITE_FAILED(
      Diagnostic.Kind.ERROR,
      "RigWriteFailed",
      "rig could not write %s: %s. If this project declares a class of that name,"
          + " rename it or choose another package with -Arig.package=<package>."),

  UNEXPECTED(
      Diagnostic.Kind.ERROR,
      "RigInternal",
      "rig-processor failed unexpectedly%s: %s. This is a bug in rig; please report it"
          + " with this message.");

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String format;

  Message(Diagnostic.Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  /** Whether the message fails the compilation. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The tag in brackets that starts the text, e.g. {@code [RigConflict]}. */
  public String tag() {
    return "[" + tag + "]";
  }

  /** The complete text: tag, then the message with {@code args} filled in. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, format, args);
  }
}
