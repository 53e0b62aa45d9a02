package dev.rig.bench.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassLoadLogTest {

  @TempDir Path dir;

  @Test
  void namesEachOrigin() {
    assertEquals(ClassLoadLog.JDK_ARCHIVE, ClassLoadLog.origin("shared objects file"));
    assertEquals(ClassLoadLog.APP_ARCHIVE, ClassLoadLog.origin("shared objects file (top)"));
    assertEquals("JDK java.xml", ClassLoadLog.origin("jrt:/java.xml"));
    assertEquals("jackson-core-2.23.0.jar", ClassLoadLog.origin("file:/root/.m2/jackson-core-2.23.0.jar"));
    assertEquals(ClassLoadLog.GENERATED, ClassLoadLog.origin("__JVM_LookupDefineClass__"));
  }

  @Test
  void groupsTheLogByOriginAndPackage() throws Exception {
    Path log = dir.resolve("classes.log");
    Files.write(
        log,
        List.of(
            "java.lang.Object source: shared objects file",
            "java.lang.String source: shared objects file",
            "picocli.CommandLine source: file:/m2/picocli-4.7.7.jar",
            "picocli.CommandLine$Model source: file:/m2/picocli-4.7.7.jar",
            "picocli.util.X source: file:/m2/picocli-4.7.7.jar",
            "java.util.regex.Pattern$Node source: jrt:/java.base",
            "not a class line"));
    ClassLoadLog read = ClassLoadLog.read(log);
    assertEquals(6, read.total());
    assertEquals(4, read.outsideJdkArchive());
    assertEquals(List.of("picocli-4.7.7.jar", ClassLoadLog.JDK_ARCHIVE, "JDK java.base"), read.originsBySize());
    assertEquals(Map.of("picocli", 2, "picocli.util", 1), read.packagesOf("picocli-4.7.7.jar"));
  }

  @Test
  void theLogOptionWritesOnlyNamesAndSources() {
    assertEquals("-Xlog:class+load=info:file=/tmp/x.log:none", ClassLoadLog.option(Path.of("/tmp/x.log")));
  }
}
