package dev.rig.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.rig.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import dev.rig.processor.report.Message;
import dev.rig.processor.testing.RigModule;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @RigConfig} on a type the generated registry cannot create with {@code new}: each use
 * is an error on the class at fault that says what to change, and nothing is generated.
 */
class InvalidConfigTest {

  private static Compilation compile(JavaFileObject... sources) {
    return RigModule.project("com.acme:app:1.0.0").compile(sources);
  }

  @Test
  void interfaceIsNotAConfig() {
    JavaFileObject source =
        source(
            "com.acme.LoggingConfig",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "",
            "@RigConfig",
            "public interface LoggingConfig {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NOT_A_CLASS.tag() + " @RigConfig is on the interface com.acme.LoggingConfig,"
                + " but a config must be a class. Declare it as"
                + " `public class LoggingConfig extends YamlConfigFile`")
        .inFile(source)
        .onLineContaining("public interface LoggingConfig");
  }

  @Test
  void enumRecordAndAnnotationAreNotConfigs() {
    JavaFileObject enumSource =
        source("com.acme.Level", "package com.acme;", "",
            "@dev.rig.annotations.RigConfig", "public enum Level { INFO }");
    JavaFileObject recordSource =
        source("com.acme.Point", "package com.acme;", "",
            "@dev.rig.annotations.RigConfig", "public record Point(int x) {}");
    JavaFileObject annotationSource =
        source("com.acme.Marker", "package com.acme;", "",
            "@dev.rig.annotations.RigConfig", "public @interface Marker {}");

    Compilation compilation = compile(enumSource, recordSource, annotationSource);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("@RigConfig is on the enum com.acme.Level")
        .inFile(enumSource).onLineContaining("public enum Level");
    assertThat(compilation).hadErrorContaining("@RigConfig is on the record com.acme.Point")
        .inFile(recordSource).onLineContaining("public record Point");
    assertThat(compilation)
        .hadErrorContaining("@RigConfig is on the annotation type com.acme.Marker")
        .inFile(annotationSource).onLineContaining("public @interface Marker");
  }

  @Test
  void abstractClass() {
    JavaFileObject source =
        source(
            "com.acme.BaseConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "",
            "@RigConfig",
            "public abstract class BaseConfigFile extends YamlConfigFile {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.ABSTRACT_CLASS.tag() + " com.acme.BaseConfigFile is abstract, so rig cannot"
                + " create it. Remove `abstract`, or move @RigConfig to the concrete subclasses.")
        .inFile(source)
        .onLineContaining("public abstract class BaseConfigFile");
  }

  @Test
  void nonPublicClass() {
    JavaFileObject source =
        source(
            "com.acme.LoggingConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "@RigConfig",
            "class LoggingConfigFile extends YamlConfigFile {",
            "  @Override protected Map<String, Object> configs() { return Map.of(); }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NOT_PUBLIC.tag() + " com.acme.LoggingConfigFile is not public, so the"
                + " generated RigRegistry cannot create it. Declare it `public`.")
        .inFile(source)
        .onLineContaining("class LoggingConfigFile");
  }

  @Test
  void innerClassAndNestedInNonPublicClass() {
    JavaFileObject source =
        source(
            "com.acme.Configs",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "public class Configs {",
            "  @RigConfig",
            "  public class LoggingConfigFile extends YamlConfigFile {",
            "    @Override protected Map<String, Object> configs() { return Map.of(); }",
            "  }",
            "",
            "  static class Hidden {",
            "    @RigConfig",
            "    public static class MetricsConfigFile extends YamlConfigFile {",
            "      @Override protected Map<String, Object> configs() { return Map.of(); }",
            "    }",
            "  }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Message.INNER_CLASS.tag() + " com.acme.Configs.LoggingConfigFile is an inner class:"
                + " rig cannot create it without an instance of com.acme.Configs. Declare it"
                + " `public static class LoggingConfigFile`, or move it to its own file.")
        .inFile(source)
        .onLineContaining("public class LoggingConfigFile");
    assertThat(compilation)
        .hadErrorContaining(
            Message.ENCLOSING_NOT_PUBLIC.tag() + " com.acme.Configs.Hidden.MetricsConfigFile is"
                + " nested in com.acme.Configs.Hidden, which is not public")
        .inFile(source)
        .onLineContaining("public static class MetricsConfigFile");
  }

  @Test
  void staticNestedPublicClassIsAValidConfig() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Configs",
                "package com.acme;",
                "",
                "import dev.rig.annotations.RigConfig;",
                "import dev.rig.runtime.format.YamlConfigFile;",
                "import java.util.Map;",
                "",
                "public final class Configs {",
                "  private Configs() {}",
                "",
                "  @RigConfig",
                "  public static class LoggingConfigFile extends YamlConfigFile {",
                "    @Override protected Map<String, Object> configs() { return Map.of(); }",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.RigRegistry").contentsAsUtf8String()
        .contains("new Configs.LoggingConfigFile()");
  }

  @Test
  void classThatIsNotAConfigFile() {
    JavaFileObject source =
        source(
            "com.acme.Settings",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "",
            "@RigConfig",
            "public class Settings {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NOT_A_CONFIG_FILE.tag() + " com.acme.Settings does not extend"
                + " dev.rig.runtime.ConfigFile, so rig cannot manage it. Extend a format base"
                + " such as dev.rig.runtime.format.YamlConfigFile, or remove @RigConfig.")
        .inFile(source)
        .onLineContaining("public class Settings");
  }

  @Test
  void noPublicNoArgumentConstructor() {
    JavaFileObject withArgument =
        source(
            "com.acme.LoggingConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "@RigConfig",
            "public class LoggingConfigFile extends YamlConfigFile {",
            "  private final String level;",
            "",
            "  public LoggingConfigFile(String level) {",
            "    this.level = level;",
            "  }",
            "",
            "  @Override protected Map<String, Object> configs() { return Map.of(\"level\", level); }",
            "}");
    JavaFileObject privateConstructor =
        source(
            "com.acme.MetricsConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "@RigConfig",
            "public class MetricsConfigFile extends YamlConfigFile {",
            "  private MetricsConfigFile() {}",
            "",
            "  @Override protected Map<String, Object> configs() { return Map.of(); }",
            "}");

    Compilation compilation = compile(withArgument, privateConstructor);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NO_PUBLIC_CONSTRUCTOR.tag() + " com.acme.LoggingConfigFile has no public"
                + " constructor without parameters, so the generated RigRegistry cannot create"
                + " it. Add `public LoggingConfigFile() {}`")
        .inFile(withArgument)
        .onLineContaining("public class LoggingConfigFile");
    assertThat(compilation)
        .hadErrorContaining("com.acme.MetricsConfigFile has no public constructor")
        .inFile(privateConstructor)
        .onLineContaining("private MetricsConfigFile()");
  }

  @Test
  void constructorThatThrowsACheckedException() {
    JavaFileObject source =
        source(
            "com.acme.LoggingConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.io.IOException;",
            "import java.util.Map;",
            "",
            "@RigConfig",
            "public class LoggingConfigFile extends YamlConfigFile {",
            "  public LoggingConfigFile() throws IOException {}",
            "",
            "  @Override protected Map<String, Object> configs() { return Map.of(); }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONSTRUCTOR_THROWS.tag() + " The constructor com.acme.LoggingConfigFile()"
                + " throws the checked exception java.io.IOException")
        .inFile(source)
        .onLineContaining("public LoggingConfigFile() throws IOException");
  }

  @Test
  void everyProblemOfOneClassIsReportedAtOnce() {
    JavaFileObject source =
        source(
            "com.acme.Settings",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "",
            "@RigConfig",
            "abstract class Settings {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Message.ABSTRACT_CLASS.tag())
        .inFile(source).onLineContaining("abstract class Settings");
    assertThat(compilation).hadErrorContaining(Message.NOT_PUBLIC.tag())
        .inFile(source).onLineContaining("abstract class Settings");
    assertThat(compilation).hadErrorContaining(Message.NOT_A_CONFIG_FILE.tag())
        .inFile(source).onLineContaining("abstract class Settings");
  }

  @Test
  void anInvalidConfigCostsOneErrorAndNoCascadeInGeneratedCode() {
    JavaFileObject source =
        source(
            "com.acme.LoggingConfigFile",
            "package com.acme;",
            "",
            "import dev.rig.annotations.RigConfig;",
            "import dev.rig.runtime.format.YamlConfigFile;",
            "import java.util.Map;",
            "",
            "@RigConfig",
            "public class LoggingConfigFile extends YamlConfigFile {",
            "  LoggingConfigFile() {}",
            "",
            "  @Override protected Map<String, Object> configs() { return Map.of(); }",
            "}");

    Compilation compilation = compile(source);

    // Without validation first, new LoggingConfigFile() in RigRegistry would be a second error.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Message.NO_PUBLIC_CONSTRUCTOR.tag());
  }
}
