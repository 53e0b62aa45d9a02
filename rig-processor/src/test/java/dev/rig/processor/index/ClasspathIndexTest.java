package dev.rig.processor.index;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClasspathIndexTest {

  private static final IndexedModule RUNTIME =
      new IndexedModule("dev.rig.runtime.configs.RigRegistry", 0, "dev.rig:rig-runtime:1.0.0");
  private static final IndexedModule BASE =
      new IndexedModule("com.myorg.servicebase.RigRegistry", 1, "com.myorg:service-base:1.0.0");

  @Test
  void emptyClasspathIsDepthZero() {
    assertThat(new ClasspathIndex(List.of(), List.of(), List.of()).nextDepth()).isEqualTo(0);
  }

  @Test
  void depthIsOneMoreThanTheDeepestConfigOrModule() {
    ClasspathIndex index =
        new ClasspathIndex(
            List.of(new IndexedConfig("com.deep.DeepConfigFile", Optional.empty(), List.of(),
                new IndexedModule("com.deep.RigRegistry", 4, ""))),
            List.of(RUNTIME, BASE),
            List.of());

    assertThat(index.nextDepth()).isEqualTo(5);
  }

  @Test
  void sameModuleByCoordinatesOrElseByRegistryPackage() {
    ClasspathIndex index = new ClasspathIndex(List.of(), List.of(RUNTIME, BASE), List.of());

    assertThat(index.sameModule("com.myorg:service-base:1.0.0", "anything")).hasValue(BASE);
    assertThat(index.sameModule("com.myorg:auth:1.0.0", "com.myorg.servicebase")).isEmpty();
    assertThat(index.sameModule("", "com.myorg.servicebase")).hasValue(BASE);
    assertThat(index.sameModule("", "com.myorg")).isEmpty();
  }
}
