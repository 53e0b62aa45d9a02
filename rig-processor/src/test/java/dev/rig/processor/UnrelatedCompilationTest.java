package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.RigModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rig-processor stays silent in compilations that have nothing to do with rig. (Without any rig
 * class on the classpath it does nothing at all: ModuleSetupTest.) Some builds add a compile step
 * after the main one, e.g. {@code compile-package-info} at level 8, which compiles only
 * {@code package-info.java} files into the same output: it must neither fail nor generate a
 * second registry.
 */
class UnrelatedCompilationTest {

  @Test
  void aPackageInfoOnlyCompileStepAtLevel8AfterTheMainCompileDoesNothing(@TempDir Path tmp)
      throws IOException {
    CompiledModule main =
        RigModule.project("com.acme:library:1.0.0")
            .compileTo(tmp.resolve("main"), config("com.acme.LoggingConfigFile", YAML));
    Map<Path, String> before = files(main);

    CompiledModule packageInfo =
        RigModule.project("com.acme:library:1.0.0")
            .dependingOn(main.folder())
            .withOptions(List.of("--release", "8", "-Xlint:-options"))
            .compileTo(tmp.resolve("main"),
                source("com.acme.package-info", "/** The library. */", "package com.acme;"));

    assertThat(files(packageInfo)).isEqualTo(before);
  }

  /** Generated sources and classes with a digest of each, except package-info's class file. */
  private static Map<Path, String> files(CompiledModule module) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> classes = Files.walk(module.classes());
        Stream<Path> generated = Files.walk(module.generatedSources())) {
      for (Path file : Stream.concat(classes, generated).filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("package-info.class")) {
          files.put(file, Arrays.toString(Files.readAllBytes(file)).hashCode() + "");
        }
      }
    }
    return files;
  }
}
