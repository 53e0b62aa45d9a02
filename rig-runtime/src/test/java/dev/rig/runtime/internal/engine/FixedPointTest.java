package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.KeyValueFile.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sync reaches its fixed point, and the engine checks that it has: a config sees the files as
 * the run planned them so far, and a plan that would change again on its own output stops the run
 * before anything is written.
 */
class FixedPointTest {

  @TempDir Path root;

  /** summary.properties (planned second) copies what service.properties (planned first) says. */
  @Test
  void aConfigSeesTheFileAnEarlierConfigPlansInTheSameRun() throws Exception {
    TestRegistry registry = TestRegistry.create()
        .add("com.acme.ServiceConfigFile",
            () -> new KeyValueFile("service.properties", f -> pairs("port", "8080"), 10))
        .add("com.acme.SummaryConfigFile",
            () -> new KeyValueFile("summary.properties", f -> pairs("service",
                f.facts().currentText("service.properties").orElse("none").strip()), 0));
    Engine engine = Engine.of(registry, root);

    engine.sync();

    assertThat(Files.readString(root.resolve("summary.properties"))).isEqualTo("service=port=8080\n");
    assertThat(engine.sync().changed()).isFalse();
  }

  /** The same configs with the priorities the other way round cannot settle in one run. */
  @Test
  void aPlanThatWouldChangeAgainStopsTheRunAndNamesTheConfig() {
    TestRegistry registry = TestRegistry.create()
        .add("com.acme.ServiceConfigFile",
            () -> new KeyValueFile("service.properties", f -> pairs("port", "8080"), 0))
        .add("com.acme.SummaryConfigFile",
            () -> new KeyValueFile("summary.properties", f -> pairs("service",
                f.facts().currentText("service.properties").orElse("none").strip()), 10));

    assertThatThrownBy(() -> Engine.of(registry, root).sync())
        .isInstanceOf(RigException.class)
        .hasMessageStartingWith("[RigUnsettled] planning again on the files this run planned"
            + " would change them again, so rig wrote nothing")
        .hasMessageContaining("    summary.properties (com.acme.SummaryConfigFile)")
        .hasMessageContaining("give the config of that file a higher priority()")
        .hasMessageContaining("+service=port=8080");
    assertThat(root.resolve("service.properties")).doesNotExist();
    assertThat(root.resolve("summary.properties")).doesNotExist();
  }
}
