package dev.rig.runtime.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.testing.BuiltRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's leaves, resolved at run time from the registries on the classpath by the
 * processor's rules: each registry speaks for the configs its module declares, never for what it
 * copied from its libraries when it was compiled.
 */
class ClasspathRegistriesTest {

  private static final String RIG = "dev.rig:rig-runtime:1.0";
  private static final String BASE = "com.acme:service-base:1.0";
  private static final String BACKEND = "com.acme:backend-base:1.0";
  private static final String AUTH = "com.acme:auth-service:1.0";
  private static final String MKDOCS = "dev.rig.runtime.configs.MkdocsConfigFile";
  private static final String POM = "dev.rig.runtime.configs.PomConfigFile";

  @TempDir Path root;

  private final Registry rig = new Registry(RIG, 0).declares(MKDOCS).declares(POM);
  private final Registry base =
      new Registry(BASE, 1).declares("com.acme.base.MkdocsConfigFile", MKDOCS)
          .declares("com.acme.base.LoggingConfigFile");

  /** auth-service as compiled against {@link #base}: its own config, then what base gave it. */
  private Registry auth() {
    return new Registry(AUTH, 2)
        .declares("com.acme.auth.AuthConfigFile")
        .lists("com.acme.base.MkdocsConfigFile", BASE, 1, MKDOCS)
        .lists("com.acme.base.LoggingConfigFile", BASE, 1)
        .lists(POM, RIG, 0);
  }

  @Test
  void aRegistryCompiledAgainstTheLibrariesOnTheClasspathResolvesToItself() throws Exception {
    Registry auth = auth();

    ResolvedRegistry resolved = ClasspathRegistries.of(List.of(rig, base, auth)).resolve(auth, root);

    assertThat(names(resolved)).containsExactly(
        "com.acme.auth.AuthConfigFile", "com.acme.base.LoggingConfigFile",
        "com.acme.base.MkdocsConfigFile", POM);
    assertThat(resolved.depth()).isEqualTo(2);
    assertThat(resolved.staleness()).isEmpty();
  }

  @Test
  void aConfigTheBaseGainedRemovedOrRenamedFollowsTheBaseAsItIsNow() throws Exception {
    Registry renamed = new Registry(BASE, 1)
        .declares("com.acme.base.MkdocsConfigFile", MKDOCS)
        .declares("com.acme.base.LogConfigFile")
        .declares("com.acme.base.MetricsConfigFile");
    Registry auth = auth();

    ResolvedRegistry resolved =
        ClasspathRegistries.of(List.of(rig, renamed, auth)).resolve(auth, root);

    assertThat(names(resolved)).containsExactly(
        "com.acme.auth.AuthConfigFile", "com.acme.base.LogConfigFile",
        "com.acme.base.MetricsConfigFile", "com.acme.base.MkdocsConfigFile", POM);
    assertThat(resolved.staleness()).get().asString()
        .startsWith("[RigStaleRegistry] ")
        .contains("now also managed: com.acme.base.LogConfigFile, com.acme.base.MetricsConfigFile")
        .contains("no longer managed: com.acme.base.LoggingConfigFile")
        .contains("`mvn clean install`");
  }

  @Test
  void aServiceMovedToAnotherBaseTakesThatBasesConfigsAndDepth() throws Exception {
    Registry backend = new Registry(BACKEND, 2)
        .declares("com.acme.backend.ApiConfigFile")
        .lists("com.acme.base.MkdocsConfigFile", BASE, 1, MKDOCS)
        .lists("com.acme.base.LoggingConfigFile", BASE, 1);
    Registry auth = auth();

    ResolvedRegistry resolved =
        ClasspathRegistries.of(List.of(rig, base, backend, auth)).resolve(auth, root);

    assertThat(names(resolved)).contains("com.acme.backend.ApiConfigFile");
    assertThat(resolved.depth()).isEqualTo(3);
    assertThat(resolved.configs()).filteredOn(c -> c.className().startsWith("com.acme.auth"))
        .extracting(RegisteredConfig::depth).containsOnly(3);
    assertThat(resolved.staleness()).get().asString().contains("depth 2 is now 3");
  }

  /**
   * The bases a dependency bot must update together: every library registry on the classpath,
   * shallowest first, also one whose every config the service overrides.
   */
  @Test
  void theBasesAreEveryLibraryOnTheClasspathShallowestFirst() throws Exception {
    Registry backend = new Registry(BACKEND, 2).declares("com.acme.backend.ApiConfigFile");
    Registry auth = new Registry(AUTH, 3)
        .declares("com.acme.auth.ApiConfigFile", "com.acme.backend.ApiConfigFile");

    ResolvedRegistry resolved =
        ClasspathRegistries.of(List.of(auth, backend, rig, base)).resolve(auth, root);

    assertThat(resolved.bases()).containsExactly(RIG, BASE, BACKEND);
  }

  @Test
  void aCompiledRegistryKnowsTheBasesItsLeavesComeFrom() {
    assertThat(auth().bases()).containsExactly(RIG, BASE);
  }

  @Test
  void twoLibrariesThatNowOverrideOneConfigAreTheProcessorsConflict() {
    Registry theme = new Registry("com.acme:docs-theme:1.0", 1)
        .declares("com.acme.theme.MkdocsConfigFile", MKDOCS);
    Registry auth = auth();

    assertThatThrownBy(
            () -> ClasspathRegistries.of(List.of(rig, base, theme, auth)).resolve(auth, root))
        .isInstanceOf(RigException.class)
        .hasMessageStartingWith("[RigConflict] " + MKDOCS + " is overridden by 2 leaves, and none"
            + " of them overrides another:\n"
            + "    com.acme.base.MkdocsConfigFile (from " + BASE + ", depth 1)\n"
            + "    com.acme.theme.MkdocsConfigFile (from com.acme:docs-theme:1.0, depth 1)\n"
            + "  rig registers one leaf per config and cannot choose between them. Add a class to"
            + " this project that extends one of them and replaces the others:\n"
            + "    @RigConfig(replaces = com.acme.theme.MkdocsConfigFile.class)\n"
            + "    public class MkdocsConfigFile extends com.acme.base.MkdocsConfigFile { ... }");
  }

  @Test
  void aConfigThatOverridesAnOverriderOverridesWhatThatOverrides() throws Exception {
    Registry auth = new Registry(AUTH, 2)
        .declares("com.acme.auth.MkdocsConfigFile", "com.acme.base.MkdocsConfigFile");

    ResolvedRegistry resolved = ClasspathRegistries.of(List.of(rig, base, auth)).resolve(auth, root);

    assertThat(resolved.configs()).filteredOn(c -> c.className().equals("com.acme.auth.MkdocsConfigFile"))
        .singleElement()
        .extracting(RegisteredConfig::overrides).asList()
        .containsExactly("com.acme.base.MkdocsConfigFile", MKDOCS);
    assertThat(names(resolved)).doesNotContain(MKDOCS, "com.acme.base.MkdocsConfigFile");
  }

  @Test
  void theProjectsRegistryIsTheOneWithThePomsCoordinates() throws Exception {
    Files.writeString(root.resolve("pom.xml"),
        "<project><groupId>com.acme</groupId><artifactId>auth-service</artifactId></project>");
    Registry backend = new Registry(BACKEND, 2);
    Registry auth = auth();

    assertThat(ClasspathRegistries.of(List.of(rig, base, backend, auth)).own(root)).containsSame(auth);
  }

  /**
   * A parent passed -proc:none, so auth-service has no registry: the lone deepest registry is
   * service-base's, and syncing with it would rewrite auth-service's files as if it were the base.
   */
  @Test
  void aProjectWithoutARegistryOfItsOwnIsNeverTakenForItsBase() throws Exception {
    Files.writeString(root.resolve("pom.xml"),
        "<project><groupId>com.acme</groupId><artifactId>auth-service</artifactId></project>");

    assertThatThrownBy(() -> ClasspathRegistries.of(List.of(rig, base)).own(root))
        .isInstanceOf(RigException.class)
        .hasMessageStartingWith("[RigNoRegistry] no rig registry was generated for"
            + " com.acme:auth-service: the registries on its classpath are its libraries'")
        .hasMessageContaining("from com.acme:service-base:1.0")
        .hasMessageContaining("likely cause: <proc>none</proc> or -proc:none in the"
            + " maven-compiler-plugin configuration, often inherited from a parent pom")
        .hasMessageContaining("dev.rig:rig-processor missing from its annotationProcessorPaths")
        .hasMessageContaining("fix: build it from clean (mvn clean test-compile rig:check)");
    // init adopts such a project with its base's standards: there the deepest library's is taken.
    assertThat(ClasspathRegistries.of(List.of(rig, base)).ownOrLibrary(root)).containsSame(base);
    // A registry without coordinates may still be the project's (compiled without -Arig.coordinates).
    Registry anonymous = new Registry("", 2);
    assertThat(ClasspathRegistries.of(List.of(rig, base, anonymous)).own(root))
        .containsSame(anonymous);
  }

  @Test
  void withoutFolderOrCoordinatesTheDeepestRegistryIsTheProjectsWhenItIsAlone() throws Exception {
    Registry auth = auth();

    assertThat(ClasspathRegistries.of(List.of(rig, base, auth)).own(root)).containsSame(auth);
    assertThatThrownBy(() -> ClasspathRegistries.of(List.of(rig, base, auth, new Registry(BACKEND, 2)))
            .own(root))
        .isInstanceOf(RigException.class)
        .hasMessageContaining("[RigRegistry] rig cannot tell which registry belongs to the project");
  }

  /**
   * A service's registry comes from its test compilation (rig is a test dependency), without
   * coordinates when the pom does not pass them yet: loaded from target/test-classes, inside the
   * root, it is the project's, though another module's registry is as deep.
   */
  @Test
  void aServicesRegistryInItsTestClassesIsTheProjectsOwn() throws Exception {
    Files.writeString(root.resolve("pom.xml"),
        "<project><groupId>com.acme</groupId><artifactId>auth-service</artifactId></project>");
    Files.createDirectories(root.resolve("target/classes/com/acme/auth"));
    ClassLoader loader =
        BuiltRegistry.compiledInto(root.resolve("target/test-classes"), PaymentRegistry.class);

    ConfigRegistry own = ClasspathRegistries.load(loader).own(root).orElseThrow();

    assertThat(own.getClass().getName()).isEqualTo(BuiltRegistry.class.getName());
    assertThat(own.getClass().getClassLoader()).isSameAs(loader);
    assertThat(ClasspathRegistries.builtIn(own, root)).isTrue();
    // Loaded from elsewhere, payment-service's registry names another module: the one without
    // coordinates is the only one that can be auth-service's.
    BuiltRegistry anonymous = new BuiltRegistry();
    assertThat(ClasspathRegistries.of(List.of(anonymous, new PaymentRegistry())).own(root))
        .containsSame(anonymous);
    // A pom that names no module cannot rule out either.
    Files.writeString(root.resolve("pom.xml"), "<project><packaging>jar</packaging></project>");
    assertThatThrownBy(() ->
            ClasspathRegistries.of(List.of(new BuiltRegistry(), new PaymentRegistry())).own(root))
        .hasMessageContaining("[RigRegistry] rig cannot tell which registry belongs to the project");
  }

  @Test
  void anEmptyClasspathHasNoProjectRegistry() throws Exception {
    assertThat(ClasspathRegistries.of(List.of()).own(root)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> names(ConfigRegistry registry) {
    return registry.configs().stream().map(RegisteredConfig::className).toList();
  }

  /** payment-service's registry: another module, as deep as the service under test. */
  public static final class PaymentRegistry implements ConfigRegistry {
    @Override
    public String coordinates() {
      return "com.acme:payment-service:1.0";
    }

    @Override
    public String packageName() {
      return "com.acme.payment";
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.of();
    }
  }

  /** A registry as rig-processor generates them: its own table, then its libraries'. */
  private static final class Registry implements ConfigRegistry {
    private final String coordinates;
    private final int depth;
    private final List<RegisteredConfig> configs = new ArrayList<>();

    Registry(String coordinates, int depth) {
      this.coordinates = coordinates;
      this.depth = depth;
    }

    Registry declares(String className, String... overrides) {
      return lists(className, coordinates, depth, overrides);
    }

    Registry lists(String className, String origin, int depth, String... overrides) {
      Supplier<ConfigFile<?>> factory = () -> {
        throw new AssertionError("resolving must not create " + className);
      };
      configs.add(new RegisteredConfig(className, factory, List.of(overrides), depth, origin));
      return this;
    }

    @Override
    public String coordinates() {
      return coordinates;
    }

    @Override
    public String packageName() {
      return coordinates.isEmpty() ? "" : coordinates.split(":")[1].replace("-", "");
    }

    @Override
    public int depth() {
      return depth;
    }

    @Override
    public List<RegisteredConfig> configs() {
      return List.copyOf(configs);
    }
  }
}
