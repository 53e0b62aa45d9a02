package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rig.runtime.ConfigRegistry;
import dev.rig.runtime.junit.FixtureRegistries.LibraryRegistry;
import dev.rig.runtime.junit.FixtureRegistries.ProjectRegistry;
import dev.rig.runtime.junit.FixtureRegistries.RivalRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLocatorTest {

  @TempDir Path classpath;

  @Test
  void picksTheDeepestRegistry() {
    ClassLoader loader =
        FixtureRegistries.listing(classpath, LibraryRegistry.class, ProjectRegistry.class);

    assertThat(RegistryLocator.deepest(loader)).get().isInstanceOf(ProjectRegistry.class);
  }

  @Test
  void findsNothingWhenNoRegistryIsListed() {
    ClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    assertThat(RegistryLocator.deepest(empty)).isEmpty();
  }

  @Test
  void refusesToGuessBetweenRegistriesOfTheSameDepth() {
    ClassLoader loader =
        FixtureRegistries.listing(
            classpath, RivalRegistry.class, LibraryRegistry.class, ProjectRegistry.class);

    assertThatThrownBy(() -> RegistryLocator.deepest(loader))
        .isInstanceOf(RigCheckError.class)
        .hasMessage(
            "rig cannot tell which registry is this project's: 2 registries share the deepest level"
                + " (depth 2) on the test classpath:\n"
                + "    dev.rig.runtime.junit.FixtureRegistries$ProjectRegistry from"
                + " com.example:project:1.0\n"
                + "    dev.rig.runtime.junit.FixtureRegistries$RivalRegistry from"
                + " com.example:rival:1.0\n"
                + "A project's own registry is one level deeper than every library it uses, so this"
                + " project generated none. Let rig-processor run on this project (it is listed in"
                + " the maven-compiler-plugin's annotationProcessorPaths of rig's default pom), or"
                + " pass -Drig.check.skip=true to turn the check off.");
  }

  @Test
  void explainsAServiceFileThatNamesAMissingClass() {
    ClassLoader loader = FixtureRegistries.listing(classpath, "com.example.GoneRegistry");

    assertThatThrownBy(() -> RegistryLocator.deepest(loader))
        .isInstanceOf(RigCheckError.class)
        .hasMessageContaining("META-INF/services/" + ConfigRegistry.class.getName())
        .hasMessageContaining("com.example.GoneRegistry")
        .hasMessageEndingWith(
            "Rebuild the project (mvn clean test-compile) so that the generated"
                + " registry and its service file match.");
  }
}
