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
import dev.rig.processor.testing.RigModule;
import dev.rig.processor.testing.RuntimeStub;
import dev.rig.processor.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;

/** How rig-processor presents itself to javac and to build tools, and how it fails. */
class ProcessorContractTest {

  @Test
  void isRegisteredAsAProcessorAndDeclaresItsOptions() {
    assertThat(ServiceLoader.load(Processor.class).stream().map(ServiceLoader.Provider::type)
        .toList()).contains(RigProcessor.class);
    RigProcessor processor = new RigProcessor();
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
    assertThat(processor.getSupportedOptions())
        .containsExactly("rig.coordinates", "rig.package");
  }

  @Test
  void tellsGradleItIsAnAggregatingProcessor() throws IOException {
    try (InputStream in = RigProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("dev.rig.processor.RigProcessor,aggregating\n");
    }
  }

  @Test
  void aClassOfTheProjectNamedRigRegistryIsAnErrorNotACrash() {
    Compilation compilation =
        RigModule.project("com.acme:app:1.0.0")
            .compile(
                config("com.acme.LoggingConfigFile", YAML),
                source("com.acme.RigRegistry", "package com.acme;", "",
                    "public class RigRegistry {}"));

    assertThat(compilation).hadErrorContaining(
        Message.WRITE_FAILED.tag() + " rig could not write com.acme.RigRegistry:");
    assertThat(compilation).hadErrorContaining(
        "If this project declares a class of that name, rename it or choose another package"
            + " with -Arig.package=<package>.");
  }

  @Test
  void anUnexpectedExceptionBecomesOneErrorAndJavacGoesOn() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new BrokenElements())
            .withClasspath(List.of(TestFiles.locationOf(RigConfig.class),
                RuntimeStub.classes().toFile()))
            .compile(config("com.acme.LoggingConfigFile", YAML));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        Message.UNEXPECTED.tag() + " rig-processor failed unexpectedly:"
            + " java.lang.IllegalStateException: index unreadable");
    assertThat(compilation).hadErrorContaining("This is a bug in rig; please report it");
  }

  /** RigProcessor behind an Elements that fails when the index is listed. */
  private static final class BrokenElements extends AbstractProcessor {
    private final RigProcessor rig = new RigProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Elements elements = env.getElementUtils();
      Elements broken = (Elements) Proxy.newProxyInstance(
          Elements.class.getClassLoader(), new Class<?>[] {Elements.class},
          (proxy, method, args) -> {
            if (method.getName().equals("getAllPackageElements")) {
              throw new IllegalStateException("index unreadable");
            }
            try {
              return method.invoke(elements, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      rig.init((ProcessingEnvironment) Proxy.newProxyInstance(
          ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getElementUtils")
              ? broken
              : method.invoke(env, args)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return rig.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return rig.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return rig.process(annotations, round);
    }
  }
}
