package dev.rig.bench.probe;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @RigConfig} and does nothing: compiled with it instead of rig-processor, a module
 * shows what javac itself charges for running annotation processing at all (its rounds re-enter
 * every source), which no processor can save.
 */
public final class NoopProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.rig.annotations.RigConfig");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
