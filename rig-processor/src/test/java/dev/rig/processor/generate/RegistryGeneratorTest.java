package dev.rig.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.rig.annotations.RigConfig;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.Leaf;
import dev.rig.processor.testing.Goldens;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The shape of a large registry, shown small: with two configs per {@code create} method and tables
 * of at most 50 bytes, five configs take three {@code createN} methods and three tables. Generated
 * for real configs and compiled with {@code -Xlint:all -Werror}.
 */
class RegistryGeneratorTest {

  private static final String APP = "com.acme:app:1.0.0";
  private static final List<String> CONFIGS =
      List.of("com.acme.AConfigFile", "com.acme.BConfigFile", "com.acme.CConfigFile",
          "com.acme.DConfigFile", "com.acme.MkdocsConfigFile");

  /** Generates {@code com.acme.RigRegistry} for {@link #CONFIGS}, in small chunks. */
  private static final class TwoLeavesPerMethod extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      List<ConfigClass> own = new ArrayList<>();
      List<Leaf> leaves = new ArrayList<>();
      for (String name : CONFIGS) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        List<String> overrides =
            name.endsWith("MkdocsConfigFile") ? List.of(RuntimeStub.MKDOCS) : List.of();
        ConfigClass config = new ConfigClass(name, Optional.of(type), true, 1, APP,
            "com.acme.RigRegistry", List.of(), List.of());
        own.add(config);
        leaves.add(new Leaf(config, overrides));
      }
      SourceFiles files =
          new SourceFiles(processingEnv, new Reporter(processingEnv.getMessager()));
      files.write(new RegistryGenerator(processingEnv.getElementUtils(), files, 2, 50)
          .generate(new ModuleIdentity("com.acme", APP, 1), leaves, own, List.of(), Map.of(),
              List.of()));
      return false;
    }
  }

  @Test
  void largeRegistriesAreSplitIntoSeveralTablesAndMethods(TestInfo test) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TwoLeavesPerMethod())
            .withOptions(RigModule.LINT)
            .withClasspath(List.of(TestFiles.locationOf(RigConfig.class),
                RuntimeStub.classes().toFile()))
            .compile(
                config("com.acme.AConfigFile", YAML),
                source("com.acme.BConfigFile",
                    "package com.acme;",
                    "",
                    "/** @deprecated kept for old services */",
                    "@Deprecated",
                    "@dev.rig.annotations.RigConfig",
                    "public class BConfigFile extends " + YAML + " {",
                    "  @Override",
                    "  protected java.util.Map<String, Object> configs() {",
                    "    return new java.util.LinkedHashMap<>();",
                    "  }",
                    "}"),
                config("com.acme.CConfigFile", YAML),
                config("com.acme.DConfigFile", YAML),
                config("com.acme.MkdocsConfigFile", RuntimeStub.MKDOCS));

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.of(test).assertSource(compilation, "com.acme.RigRegistry");
  }
}
