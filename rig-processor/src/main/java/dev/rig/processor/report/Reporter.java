package dev.rig.processor.report;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints {@link Message}s through javac and remembers whether any of them was an error, so that
 * the processor generates nothing after a failed check instead of a cascade of broken code.
 */
public final class Reporter {

  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** A message about the compilation as a whole: no element of it is at fault. */
  public void report(Message message, Object... args) {
    print(message, null, null, null, args);
  }

  /** A message on the element at fault. */
  public void report(Element element, Message message, Object... args) {
    print(message, element, null, null, args);
  }

  /** A message on an annotation of the element, and on one of its values when not null. */
  public void report(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    print(message, element, annotation, value, args);
  }

  /** How many errors rig reported so far in this compilation. */
  public int errorCount() {
    return errors;
  }

  private void print(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object[] args) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }
}
