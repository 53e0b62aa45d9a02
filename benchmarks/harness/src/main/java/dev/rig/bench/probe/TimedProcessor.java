package dev.rig.bench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A processor that adds up the time its delegate spends in {@code init} and {@code process}, both
 * wall-clock and CPU time of the compiling thread (which other work on the machine barely moves).
 */
final class TimedProcessor implements Processor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long nanos;
  private long cpuNanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  long nanos() {
    return nanos;
  }

  long cpuNanos() {
    return cpuNanos;
  }

  void add(long wall, long cpu) {
    nanos += wall;
    cpuNanos += cpu;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      delegate.init(env);
    } finally {
      add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return delegate.process(annotations, round);
    } finally {
      add(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
