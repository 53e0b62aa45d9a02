package dev.rig.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes everything rig-processor generates through the {@link Filer}, so that javac compiles it
 * and build tools see which sources it came from. A failed write becomes an error, never an
 * exception out of the processor.
 */
public final class SourceFiles {

  /** What every generated class says about its origin: the processor, and no timestamp. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "dev.rig.processor.RigProcessor")
          .build();

  private final Filer filer;
  private final Reporter reporter;

  public SourceFiles(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** A class builder that already carries {@code @Generated}. */
  public static TypeSpec.Builder generatedClass(String simpleName) {
    return TypeSpec.classBuilder(simpleName).addAnnotation(GENERATED);
  }

  /** Writes one source file; returns whether it worked. */
  public boolean write(String packageName, TypeSpec type) {
    JavaFile file = JavaFile.builder(packageName, type).skipJavaLangImports(true).build();
    try {
      file.writeTo(filer);
      return true;
    } catch (IOException | RuntimeException e) {
      String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
      reporter.report(Message.WRITE_FAILED, name, e.getMessage());
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
