package dev.rig.processor;

import com.google.auto.service.AutoService;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * rig's annotation processor. For each compilation it indexes the {@code @RigConfig} classes,
 * reads the index of every dependency on the classpath, keeps the leaves, fails on conflicts and
 * invalid configs with the fix in the message, and generates {@code RigRegistry}, {@code RigMain}
 * and the {@code META-INF/services} entry.
 *
 * <p>It supports every annotation ({@code "*"}) because a project with no config of its own still
 * needs its registry of inherited configs, and claims none, so other processors see them all.
 */
@AutoService(Processor.class)
public final class RigProcessor extends AbstractProcessor {

  private Reporter reporter;
  private RigRounds rounds;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return RigOptions.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
    }
    try {
      if (rounds == null) {
        rounds =
            new RigRounds(
                processingEnv,
                reporter,
                ModuleSetup.decide(processingEnv, round.getRootElements(), reporter));
      }
      rounds.round(annotations, round);
    } catch (RuntimeException e) {
      // Never crash javac: one error with what happened, and no more rounds of rig.
      reporter.report(Message.UNEXPECTED, "", describe(e));
      rounds = new RigRounds(processingEnv, reporter, ModuleSetup.off());
    }
    return false;
  }

  static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e + where;
  }
}
