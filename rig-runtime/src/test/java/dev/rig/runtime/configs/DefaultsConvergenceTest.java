package dev.rig.runtime.configs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Retouched;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.RunReport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sync reaches the fixed point, whatever a base changes: for a change to every overridable
 * member of every default, {@code sync} then {@code sync} writes nothing the second time and
 * {@code check} after it finds every file in sync. The members of {@link ConfigFile} are changed
 * through {@link Retouched}; each default's own hooks ({@code javaRelease()}, {@code badges()},
 * ...) by a subclass below, and a reflective census keeps that list complete. The cases share
 * nothing (each syncs its own folder with its own engine), so they run concurrently.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
@Execution(ExecutionMode.CONCURRENT)
class DefaultsConvergenceTest {

  /** Each default's own hooks, changed the way a base would: "Class#method" → the override. */
  private static final Map<String, Supplier<ConfigFile<?>>> HOOKS = new LinkedHashMap<>();

  static {
    HOOKS.put("PomConfigFile#dependencies", () -> new PomConfigFile() {
      @Override protected List<String> dependencies() {
        List<String> list = super.dependencies();
        list.add("org.slf4j:slf4j-api:2.0.17");
        return list;
      }
    });
    HOOKS.put("PomConfigFile#testDependencies", () -> new PomConfigFile() {
      @Override protected List<String> testDependencies() {
        List<String> list = super.testDependencies();
        list.add("org.assertj:assertj-core:3.27.3");
        return list;
      }
    });
    HOOKS.put("PomConfigFile#javaRelease", () -> new PomConfigFile() {
      @Override protected String javaRelease() {
        return "21";
      }
    });
    HOOKS.put("PomConfigFile#coverageMinimum", () -> new PomConfigFile() {
      @Override protected String coverageMinimum() {
        return "0.75";
      }
    });
    HOOKS.put("ReadmeConfigFile#badges", () -> new ReadmeConfigFile() {
      @Override protected List<String> badges() {
        List<String> list = super.badges();
        list.add("[![Chat](https://example.org/chat.svg)](https://example.org/chat)");
        return list;
      }
    });
    HOOKS.put("HealthCheckWorkflowConfigFile#steps", () -> new HealthCheckWorkflowConfigFile() {
      @Override protected List<Object> steps() {
        List<Object> list = super.steps();
        list.add(runStep("lint", "Lint", "mvn -B -ntp spotless:check"));
        return list;
      }
    });
    HOOKS.put("ReleaseWorkflowConfigFile#steps", () -> new ReleaseWorkflowConfigFile() {
      @Override protected List<Object> steps() {
        List<Object> list = super.steps();
        list.add(runStep("notify", "Notify", "echo released"));
        return list;
      }
    });
    HOOKS.put("DeployDocsWorkflowConfigFile#buildSteps", () -> new DeployDocsWorkflowConfigFile() {
      @Override protected List<Object> buildSteps() {
        List<Object> list = super.buildSteps();
        list.add(runStep("extra", "Extra", "echo docs"));
        return list;
      }
    });
    HOOKS.put("CodeownersConfigFile#owners", () -> new CodeownersConfigFile() {
      @Override protected List<String> owners() {
        List<String> list = super.owners();
        list.add("@acme/platform");
        return list;
      }
    });
    HOOKS.put("LicenseConfigFile#owner", () -> new LicenseConfigFile() {
      @Override protected String owner() {
        return "Acme Corporation";
      }
    });
    HOOKS.put("HealWorkflowConfigFile#bots", () -> new HealWorkflowConfigFile() {
      @Override protected List<String> bots() {
        List<String> list = super.bots();
        list.add("acme-deps[bot]");
        return list;
      }
    });
    HOOKS.put("HealWorkflowConfigFile#pushToken", () -> new HealWorkflowConfigFile() {
      @Override protected String pushToken() {
        return "steps.app-token.outputs.token";
      }
    });
    HOOKS.put("HealWorkflowConfigFile#steps", () -> new HealWorkflowConfigFile() {
      @Override protected List<Object> steps() {
        List<Object> list = super.steps();
        list.add(runStep("notify", "Notify", "echo healed"));
        return list;
      }
    });
    HOOKS.put("HealWorkflowConfigFile#condition", () -> new HealWorkflowConfigFile() {
      @Override protected String condition() {
        return super.condition() + " && github.actor != 'octocat'";
      }
    });
    HOOKS.put("DependabotConfigFile#basePatterns", () -> new DependabotConfigFile() {
      @Override protected List<String> basePatterns() {
        List<String> list = super.basePatterns();
        list.add("com.acme.platform:*");
        return list;
      }
    });
    HOOKS.put("DependabotConfigFile#basesGroup", () -> new DependabotConfigFile() {
      @Override protected String basesGroup() {
        return "acme-platform";
      }
    });
    HOOKS.put("DependabotConfigFile#itemIdentity", () -> new DependabotConfigFile() {
      @Override protected dev.rig.runtime.content.ItemIdentity itemIdentity() {
        return super.itemIdentity();
      }
    });
    HOOKS.put("MkdocsConfigFile#itemIdentity", () -> new MkdocsConfigFile() {
      @Override protected dev.rig.runtime.content.ItemIdentity itemIdentity() {
        return super.itemIdentity();
      }
    });
  }

  /** Members every config has, changed for every default through {@link Retouched}. */
  private static final Set<String> CONFIG_FILE_MEMBERS =
      Set.of("configs", "parentPath", "fileName", "extension", "priority",
          "versionControlIgnored", "removable");

  /**
   * Members that say whether and where a file is managed, or what rig prints beside it, never its
   * content: WhereFilesGoTest and LicenseConfigFileTest cover them.
   */
  private static final Set<String> PLACEMENT_MEMBERS = Set.of("applies", "belongsAtGitRoot",
      "notices");

  @TempDir Path folder;

  static Stream<Arguments> changes() {
    List<Arguments> changes = new ArrayList<>();
    for (RegisteredConfig config : defaults()) {
      for (Retouched.Member member : Retouched.Member.values()) {
        changes.add(Arguments.of(simpleName(config) + " " + member, config.className(),
            (Supplier<ConfigFile<?>>) () -> Retouched.of(
                (ConfigFile) config.factory().get(), member, DefaultsConvergenceTest::changed)));
      }
    }
    HOOKS.forEach((hook, override) -> changes.add(Arguments.of(hook,
        "dev.rig.runtime.configs." + hook.substring(0, hook.indexOf('#')), override)));
    return changes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void syncThenSyncWritesNothingAndCheckPasses(
      String change, String replaced, Supplier<ConfigFile<?>> override) throws Exception {
    ProjectFixture fixture = ProjectFixture.authService(folder);
    Engine engine = Engine.of(registry(replaced, override), fixture.root());

    RunReport first = engine.sync();
    RunReport second = engine.sync();

    assertThat(first.changed()).isTrue();
    assertThat(second.changedFiles()).extracting(FileReport::path).isEmpty();
    assertThat(engine.check().changed()).isFalse();
  }

  /** A project made from nothing by one sync: the pom rig writes is the one the README reads. */
  @Test
  void aProjectWithoutFilesIsInSyncAfterOneSync() throws Exception {
    Engine engine = Engine.of(registry(null, null), folder);

    engine.sync();

    assertThat(engine.check().changed()).isFalse();
  }

  /**
   * The pom compiles for 11; the base requires 17 (a floor: a newer release would be kept). README's badge follows the pom
   * this run writes, not the one on disk: one run, one badge, and nothing left for the next run.
   */
  @Test
  void theReadmeBadgeFollowsThePomThisRunWrites() throws Exception {
    ProjectFixture fixture = ProjectFixture.authService(folder);
    fixture.write("pom.xml", ProjectFixture.POM.replace(
        "<maven.compiler.release>17</maven.compiler.release>",
        "<maven.compiler.release>11</maven.compiler.release>"));
    Engine engine = Engine.of(registry(null, null), fixture.root());

    engine.sync();

    String readme = java.nio.file.Files.readString(fixture.root().resolve("README.md"));
    assertThat(readme).contains("Java 17+").doesNotContain("Java 11+");
    assertThat(java.nio.file.Files.readString(fixture.root().resolve("pom.xml")))
        .contains("<maven.compiler.release>17</maven.compiler.release>");
    assertThat(engine.sync().changed()).isFalse();
  }

  /** Every hook a default declares has its change above. */
  @Test
  void everyHookOfEveryDefaultIsChangedAbove() {
    Set<String> hooks = new TreeSet<>();
    for (RegisteredConfig config : defaults()) {
      for (Class<?> type = config.factory().get().getClass();
          type.getPackageName().equals("dev.rig.runtime.configs");
          type = type.getSuperclass()) {
        for (Method method : type.getDeclaredMethods()) {
          int modifiers = method.getModifiers();
          if (Modifier.isProtected(modifiers) && !Modifier.isStatic(modifiers)
              && !Modifier.isFinal(modifiers) && !CONFIG_FILE_MEMBERS.contains(method.getName())
              && !PLACEMENT_MEMBERS.contains(method.getName())) {
            hooks.add(type.getSimpleName() + "#" + method.getName());
          }
        }
      }
    }
    assertThat(HOOKS.keySet()).containsAll(hooks);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<RegisteredConfig> defaults() {
    return new RigRegistry().configs();
  }

  private static String simpleName(RegisteredConfig config) {
    return config.className().substring(config.className().lastIndexOf('.') + 1);
  }

  /** rig's defaults, with {@code replaced} made by {@code override}, as a project's registry. */
  private static ConfigRegistry registry(String replaced, Supplier<ConfigFile<?>> override) {
    List<RegisteredConfig> configs = new ArrayList<>();
    for (RegisteredConfig config : defaults()) {
      configs.add(config.className().equals(replaced)
          ? new RegisteredConfig(config.className(), override, List.of(), 1, "com.acme:base:1.0")
          : config);
    }
    return new ConfigRegistry() {
      @Override public String coordinates() {
        return "com.acme:auth-service:1.4.0-SNAPSHOT";
      }

      @Override public String packageName() {
        return "com.acme.auth";
      }

      @Override public int depth() {
        return 2;
      }

      @Override public List<RegisteredConfig> configs() {
        return configs;
      }
    };
  }

  /** The required content with one thing added, in the content model of its format. */
  private static Object changed(Object content) {
    if (content instanceof List list) {
      List copy = new ArrayList(list);
      copy.add("Retouched by a base.");
      return copy;
    }
    Map<String, Object> map = (Map<String, Object>) content;
    for (Object value : map.values()) {
      if (value instanceof Map inner) {
        inner.put("retouched", "yes");
        return map;
      }
    }
    map.put("retouched", "yes");
    return map;
  }
}
