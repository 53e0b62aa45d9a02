package dev.rig.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.YAML;
import static dev.rig.processor.testing.Sources.config;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.rig.annotations.RigConfig;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.CompiledModule;
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.Sources;
import dev.rig.processor.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When rig writes what it generates. Without other processors at work, everything is written in
 * the first round, which saves javac a round. While another processor could still add a config
 * class (an annotation in the sources could start one, or a config extends a class that does not
 * exist yet), rig waits for the first round without a new config.
 */
class RoundsTest {

  /**
   * Another annotation processor: in the {@code round}-th round it is called, it writes one
   * source. It claims the annotations it supports, so a processor after it is not told about
   * them.
   */
  private static final class Generator extends AbstractProcessor {
    private final String supported;
    private final int round;
    private final String className;
    private final String body;
    private int calls;

    Generator(String supported, int round, String className, String... body) {
      this.supported = supported;
      this.round = round;
      this.className = className;
      this.body = String.join("\n", body) + "\n";
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(supported);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++calls != round) {
        return !supported.equals("*");
      }
      try (Writer writer = processingEnv.getFiler().createSourceFile(className).openWriter()) {
        writer.write(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return !supported.equals("*");
    }
  }

  /** Counts the rounds of a compilation, the last one included. */
  private static final class RoundCounter extends AbstractProcessor {
    private int rounds;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      rounds++;
      return false;
    }
  }

  private static final String[] GENERATED_CONFIG = {
    "package com.acme;",
    "",
    "@dev.rig.annotations.RigConfig",
    "public class GeneratedConfigFile extends " + YAML + " {",
    "  @Override",
    "  protected java.util.Map<String, Object> configs() {",
    "    return new java.util.LinkedHashMap<>();",
    "  }",
    "}"
  };

  /** An annotation of the project, and a class that carries it: another processor's trigger. */
  private static final List<JavaFileObject> TRIGGER =
      List.of(
          source("com.acme.MakeConfig", "package com.acme;", "",
              "public @interface MakeConfig {}"),
          source("com.acme.Trigger", "package com.acme;", "",
              "@MakeConfig", "public final class Trigger {}"));

  private static Compilation compile(List<Processor> others, List<JavaFileObject> extra) {
    List<Processor> processors = new java.util.ArrayList<>(others);
    processors.add(new RigProcessor()); // last: it sees no annotation that another one claimed
    List<JavaFileObject> sources = new java.util.ArrayList<>(extra);
    sources.add(config("com.acme.LoggingConfigFile", YAML));
    return Compiler.javac()
        .withProcessors(processors)
        .withOptions("-Arig.coordinates=com.acme:app:1.0.0")
        .withClasspath(List.of(TestFiles.locationOf(RigConfig.class),
            RuntimeStub.classes().toFile()))
        .compile(sources);
  }

  @Test
  void withoutOtherProcessorsEverythingIsWrittenInTheFirstRound() {
    RoundCounter counter = new RoundCounter();

    Compilation compilation = compile(List.of(counter), List.of());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry");
    assertThat(compilation).generatedSourceFile("com.acme.RigMain");
    assertThat(compilation).generatedSourceFile("dev.rig.index.com_acme_RigRegistry_RigModule");
    // 1: the sources, where rig writes everything; 2: what rig wrote; 3: the last round.
    assertThat(counter.rounds).isEqualTo(3);
  }

  @Test
  void configGeneratedFromAnAnnotationOfTheSourcesIsRegistered() {
    Compilation compilation =
        compile(List.of(new Generator("com.acme.MakeConfig", 1, "com.acme.GeneratedConfigFile",
            GENERATED_CONFIG)), TRIGGER);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry").contentsAsUtf8String()
        .contains("new GeneratedConfigFile()");
    assertThat(Sources.generatedOneLine(compilation,
            "dev.rig.index.com_acme_RigRegistry_RigModule"))
        .contains("configs = { @RigModuleEntry.Config(name = \"com.acme.GeneratedConfigFile\"),"
            + " @RigModuleEntry.Config(name = \"com.acme.LoggingConfigFile\") }");
    // In round 1 rig waited, and wrote a class only to make javac run round 2.
    assertThat(compilation).generatedSourceFile("dev.rig.index.com_acme_RigRegistry_RigRound1");
  }

  @Test
  void aDependentModuleSeesTheConfigsOfEveryRound(@TempDir Path tmp) {
    CompiledModule library =
        RigModule.project("com.acme:app:1.0.0")
            .withProcessor(() -> new Generator("com.acme.MakeConfig", 1,
                "com.acme.GeneratedConfigFile", GENERATED_CONFIG))
            .compileTo(tmp, TRIGGER.get(0), TRIGGER.get(1),
                config("com.acme.LoggingConfigFile", YAML));

    Compilation service =
        RigModule.project("com.acme:service:1.0.0")
            .dependingOn(library.folder())
            .compile(config("com.acme.service.LoggingConfigFile", "com.acme.LoggingConfigFile"));

    assertThat(service).succeededWithoutWarnings();
    List<String> registry = Sources.generatedLines(service, "com.acme.service.RigRegistry");
    List<String> leaves = Sources.leafLines(service, "com.acme.service.RigRegistry");
    assertThat(leaves).contains("com.acme.service.LoggingConfigFile com.acme.LoggingConfigFile");
    assertThat(leaves).contains("com.acme.GeneratedConfigFile");
    assertThat(registry)
        .contains("add(configs, LEAVES_1, 1, \"com.acme:app:1.0.0\", com.acme.RigRegistry::create);");
  }

  @Test
  void configWhoseSuperclassAnotherProcessorGeneratesOverridesWhatThatClassExtends() {
    // No annotation starts the generator: rig waits because the superclass does not exist yet.
    Compilation compilation =
        compile(
            List.of(new Generator("*", 1, "com.acme.BrandedMkdocsConfigFile",
                "package com.acme;",
                "",
                "public abstract class BrandedMkdocsConfigFile extends " + RuntimeStub.MKDOCS
                    + " {}")),
            List.of(config("com.acme.MkdocsConfigFile", "com.acme.BrandedMkdocsConfigFile")));

    assertThat(compilation).succeededWithoutWarnings();
    List<String> registry = Sources.leafLines(compilation, "com.acme.RigRegistry");
    assertThat(registry).contains("com.acme.MkdocsConfigFile " + RuntimeStub.MKDOCS);
    assertThat(registry).doesNotContain(RuntimeStub.MKDOCS); // not a leaf of its own
  }

  @Test
  void configGeneratedAfterTheRegistryIsAnError() {
    // Started by an annotation, but writes its config only in the second round.
    Compilation compilation =
        compile(List.of(new Generator("com.acme.MakeConfig", 2, "com.acme.GeneratedConfigFile",
            GENERATED_CONFIG)), TRIGGER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFIG_AFTER_REGISTRY.tag() + " com.acme.GeneratedConfigFile was generated by"
                + " another annotation processor after rig had written RigRegistry");
  }

  @Test
  void configOfAProcessorThatNoAnnotationStartsIsAnErrorThatSaysWhy() {
    Compilation compilation =
        compile(List.of(new Generator("*", 1, "com.acme.GeneratedConfigFile", GENERATED_CONFIG)),
            List.of());

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFIG_AFTER_REGISTRY.format("com.acme.GeneratedConfigFile"));
  }

  @Test
  void registryIsWrittenBeforeTheLastRound() {
    // A registry written in the last round would not be compiled: javac warns about it.
    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0")
            .withOption("-Xlint:processing")
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry");
    assertThat(
            compilation.warnings().stream()
                .map(warning -> warning.getMessage(Locale.ROOT))
                .filter(message -> message.contains("last round"))
                .toList())
        .isEmpty();
  }
}
