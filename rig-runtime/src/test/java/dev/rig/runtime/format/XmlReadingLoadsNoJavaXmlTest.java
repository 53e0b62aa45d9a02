package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading and editing an XML file loads no class of the JDK's {@code java.xml} module: setting up
 * the JDK's parser cost every cold run some 40 ms, which is why rig has {@link XmlParser}. The JDK
 * loads those classes from its own loaders, so a fresh JVM with {@code -Xlog:class+load} tells.
 */
class XmlReadingLoadsNoJavaXmlTest {

  @Test
  void aFreshJvmReadingAPomLoadsNoJavaXmlClass() throws Exception {
    Path pom = XmlCorpusTest.CORPUS.resolve("spring-boot-service.pom.xml");
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xshare:auto", "-Xlog:class+load=info:stdout",
            "-cp", System.getProperty("java.class.path"),
            Reader.class.getName(), pom.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, process.waitFor(), out);
    assertTrue(out.contains("read project"), out);
    List<String> javaXml = out.lines()
        .filter(line -> line.contains("source: jrt:/java.xml") || line.contains(" javax.xml.")
            || line.contains(" org.xml.sax.") || line.contains(" com.sun.org.apache."))
        .toList();
    assertEquals(List.of(), javaXml);
  }

  /** Reads a pom through {@link XmlConfigFile} and opens it as a document. */
  public static final class Reader {
    public static void main(String[] args) throws Exception {
      String text = Files.readString(Path.of(args[0]));
      XmlConfigFile config = new TestConfigs.Xml(Map.of("project", Map.of()));
      Map<String, Object> content = config.parse(text);
      XmlDocument.open(text, "project");
      System.out.println("read " + String.join(File.pathSeparator, content.keySet()));
    }
  }
}
