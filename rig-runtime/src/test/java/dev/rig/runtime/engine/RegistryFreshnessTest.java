package dev.rig.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.engine.RegistryFreshness.MissingConfig;
import dev.rig.runtime.testing.TestRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A project's registry against the registries of the libraries on its classpath. */
class RegistryFreshnessTest {

  /** No test here may instantiate a config: only the registries' lists are read. */
  private static final Supplier<ConfigFile<?>> NEVER =
      () -> {
        throw new AssertionError("a config was instantiated");
      };

  private static final String BASE = "com.acme:service-base:1.5.0";

  private final TestRegistry defaults =
      TestRegistry.create()
          .coordinates("dev.rig:rig-runtime:0.1.0")
          .depth(0)
          .add("dev.rig.runtime.configs.LicenseConfigFile", NEVER, List.of(), 0, "");

  private final TestRegistry serviceBase =
      TestRegistry.create()
          .coordinates(BASE)
          .add(
              "dev.rig.runtime.configs.LicenseConfigFile",
              NEVER,
              List.of(),
              0,
              "dev.rig:rig-runtime:0.1.0")
          .add("com.acme.base.LoggingConfigFile", NEVER, List.of(), 1, BASE);

  @Test
  void aRegistryListingEveryLibraryConfigIsFresh() {
    TestRegistry project =
        TestRegistry.create()
            .depth(2)
            .add("dev.rig.runtime.configs.LicenseConfigFile", NEVER, List.of(), 0, "")
            .add("com.acme.base.LoggingConfigFile", NEVER, List.of(), 1, BASE);

    assertEquals(
        List.of(), RegistryFreshness.missing(project, List.of(defaults, serviceBase)));
  }

  @Test
  void aLeafThatOverridesTheLibrarysLeafTakesItsPlace() {
    TestRegistry project =
        TestRegistry.create()
            .depth(2)
            .add("dev.rig.runtime.configs.LicenseConfigFile", NEVER, List.of(), 0, "")
            .add(
                "com.acme.orders.LoggingConfigFile",
                NEVER,
                List.of("com.acme.base.LoggingConfigFile"),
                2,
                "com.acme:orders:1.0.0");

    assertEquals(
        List.of(), RegistryFreshness.missing(project, List.of(defaults, serviceBase)));
  }

  @Test
  void aConfigTheLibraryGainedAfterTheProjectWasCompiledIsMissingOnceWithItsLibrary() {
    TestRegistry project =
        TestRegistry.create()
            .depth(2)
            .add("dev.rig.runtime.configs.LicenseConfigFile", NEVER, List.of(), 0, "");
    TestRegistry grownBase =
        serviceBase.add("com.acme.base.AlertsConfigFile", NEVER, List.of(), 1, "");

    List<MissingConfig> missing =
        RegistryFreshness.missing(project, List.of(defaults, grownBase, project));

    assertEquals(
        List.of(
            new MissingConfig("com.acme.base.AlertsConfigFile", BASE),
            new MissingConfig("com.acme.base.LoggingConfigFile", BASE)),
        missing);
    assertEquals(
        """
        this project's registry (dev.rig.runtime.testing.TestRegistry) is stale: it lacks 2 configs \
        of the libraries on the classpath
          missing com.acme.base.AlertsConfigFile from com.acme:service-base:1.5.0
          missing com.acme.base.LoggingConfigFile from com.acme:service-base:1.5.0
          rebuild this project from clean (mvn clean test): its RigRegistry was compiled against \
        an older com.acme:service-base""",
        RegistryFreshness.message(project, missing));
  }
}
