package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;

import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.RigModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDEs and Maven without incremental compilation recompile only the changed sources, with the
 * module's own output folder on the classpath. The markers of the previous build found there are
 * this module's, not a dependency's: the depth stays, the unchanged configs stay registered, and
 * the compilation is not mistaken for the module's test compilation.
 */
class IncrementalOutputTest {

  @Test
  void recompilingSomeSourcesIntoTheSameFolderKeepsDepthAndEveryConfig(@TempDir Path tmp)
      throws IOException {
    CompiledModule first =
        RigModule.project("com.acme:app:1.0.0")
            .compileTo(
                tmp,
                config("com.acme.LoggingConfigFile", YAML),
                config("com.acme.MetricsConfigFile", YAML));

    CompiledModule second =
        RigModule.project("com.acme:app:1.0.0")
            .dependingOn(first.folder())
            .compileTo(tmp, config("com.acme.LoggingConfigFile", YAML));

    String registry =
        Files.readString(
            second.generatedSources().resolve("com/acme/RigRegistry.java"),
            StandardCharsets.UTF_8);
    assertThat(registry).contains("public int depth() {\n    return 1;");
    assertThat(registry).contains("new LoggingConfigFile()");
    assertThat(registry).contains("new MetricsConfigFile()");
    assertThat(second.classOutputFiles()).contains("com/acme/RigMain.class");
  }
}
