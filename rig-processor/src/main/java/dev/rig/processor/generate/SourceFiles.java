package dev.rig.processor.generate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes everything rig-processor generates through the {@link Filer}, so that javac compiles it
 * and build tools see which sources it came from. A failed write becomes an error, never an
 * exception out of the processor.
 */
public final class SourceFiles {

  /**
   * The {@code @Generated} annotations a compilation may have, best first: Java 9's, then the one
   * a Java 8 platform has ({@code --release 8} has no {@code javax.annotation.processing}).
   */
  public static final List<String> GENERATED_ANNOTATIONS =
      List.of("javax.annotation.processing.Generated", "javax.annotation.Generated");

  /** One level of indentation in generated sources. */
  static final String INDENT = "  ";

  private final Filer filer;
  private final Reporter reporter;
  /** What every generated class says about its origin (the processor, no timestamp), if it can. */
  private final Optional<JavaName> generated;

  public SourceFiles(ProcessingEnvironment env, Reporter reporter) {
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.generated = GENERATED_ANNOTATIONS.stream()
        .filter(name -> env.getElementUtils().getTypeElement(name) != null)
        .findFirst()
        .map(JavaName::guess);
  }

  /**
   * Writes {@code @Generated} on its own line when the compilation's platform has one (generated
   * code compiles at every source level down to Java 8).
   */
  public void generatedAnnotation(JavaSource.Writer out) {
    generated.ifPresent(name -> out.text("@").type(name).text("(")
        .string("dev.rig.processor.RigProcessor").text(")\n"));
  }

  /** Writes one source file; returns whether it worked. */
  public boolean write(JavaSource source) {
    try {
      JavaFileObject file =
          filer.createSourceFile(source.name(), source.origins().toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(source.text());
      } catch (IOException | RuntimeException e) {
        try {
          file.delete();
        } catch (RuntimeException ignored) {
          // the write's failure is the one to report
        }
        throw e;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      reporter.report(Message.WRITE_FAILED, source.name(), e.getMessage());
      return false;
    }
  }

  /** Writes one resource into the class output, lines joined by {@code \n}, UTF-8. */
  public boolean writeResource(String path, List<String> lines, List<? extends Element> origins) {
    try {
      FileObject resource =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(new Element[0]));
      try (Writer writer =
          new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String line : lines) {
          writer.write(line);
          writer.write('\n');
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      reporter.report(Message.WRITE_FAILED, path, e.getMessage());
      return false;
    }
  }
}
