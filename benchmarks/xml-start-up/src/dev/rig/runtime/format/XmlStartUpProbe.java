package dev.rig.runtime.format;

import dev.rig.runtime.content.Edit;
import eu.maveniverse.domtrip.Element;
import eu.maveniverse.domtrip.maven.PomEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cold run of one way to add a dependency to a pom: {@code java ... XmlStartUpProbe VARIANT
 * pom.xml out.xml}. In the package of rig's XML classes, which are package-private.
 *
 * <ul>
 *   <li>{@code hello}: read the file and write it (the JVM's own start-up);
 *   <li>{@code read}: rig's XML reader only (what every run pays today, edits or not);
 *   <li>{@code splice}: rig's reader and {@link XmlDocument}, splicing the text (rig's choice);
 *   <li>{@code domtrip}: DomTrip alone, parse, PomEditor, write;
 *   <li>{@code read+domtrip}: rig's reader (content, positions, refusals) and then DomTrip's edit,
 *       which is what a DomTrip-based document would cost.
 * </ul>
 */
public final class XmlStartUpProbe {

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[1]));
    String out;
    switch (args[0]) {
      case "hello" -> out = text;
      case "read" -> {
        XmlTreeReader.read(text, "project");
        out = text;
      }
      case "splice" -> out = splice(text);
      case "domtrip" -> out = domTrip(text);
      case "read+domtrip" -> {
        XmlTreeReader.read(text, "project");
        out = domTrip(text);
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    Files.writeString(Path.of(args[2]), out);
  }

  private static String splice(String text) throws Exception {
    XmlDocument document = XmlDocument.open(text, "project");
    Map<String, Object> dependency = new LinkedHashMap<>();
    dependency.put("groupId", "org.bouncycastle");
    dependency.put("artifactId", "bcprov-jdk18on");
    dependency.put("version", "1.81");
    Object dependencies = ((Map<?, ?>) ((Map<?, ?>) document.content().get("project"))
        .get("dependencies")).get("dependency");
    int count = dependencies instanceof List<?> list ? list.size() : 1;
    return document.apply(List.of(Edit.Add.item(
        List.of("project", "dependencies", "dependency"), dependency, count)));
  }

  private static String domTrip(String text) {
    eu.maveniverse.domtrip.Document document = eu.maveniverse.domtrip.Document.of(text);
    PomEditor editor = new PomEditor(document);
    Element dependencies = editor.findChildElement(document.root(), "dependencies");
    Element dependency = editor.insertMavenElement(dependencies, "dependency");
    editor.insertMavenElement(dependency, "groupId", "org.bouncycastle");
    editor.insertMavenElement(dependency, "artifactId", "bcprov-jdk18on");
    editor.insertMavenElement(dependency, "version", "1.81");
    return editor.toXml();
  }
}
