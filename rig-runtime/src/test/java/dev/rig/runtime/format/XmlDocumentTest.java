package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Edit;
import dev.rig.runtime.internal.content.Edits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Edits applied to XML text: the edited nodes change, every other byte stays. */
class XmlDocumentTest {

  static String apply(String before, Edit... edits) throws MalformedFileException {
    XmlDocument document = XmlDocument.open(before, null);
    String after = document.apply(List.of(edits));
    // The reparse law: the text says what the edits say.
    XmlDocumentLaws.assertReparses(document, List.of(edits), after);
    return after;
  }

  static Edit set(Object value, Object... path) {
    return new Edit.Set(List.of(path), value);
  }

  static Edit entry(String key, Object value, int before, Object... path) {
    return Edit.Add.entry(List.of(path), key, value, before);
  }

  static Edit item(Object value, int before, Object... path) {
    return Edit.Add.item(List.of(path), value, before);
  }

  static Edit remove(Object... path) {
    return new Edit.Remove(List.of(path));
  }

  private static final String POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!--
        Licensed to the Apache Software Foundation (ASF) under one
        or more contributor license agreements.
      -->
      <project xmlns="http://maven.apache.org/POM/4.0.0"
               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
        <modelVersion>4.0.0</modelVersion>
        <!-- Owned by team Auth: ping #auth-team -->
        <groupId>com.acme</groupId>
        <artifactId>auth</artifactId>
        <version>1.0.0</version>

        <properties>
          <java.version>17</java.version> <!-- Spring Boot's -->
          <jwt.version>0.12.6</jwt.version>
          <copyright>&#169; ACME &amp; friends</copyright>
        </properties>

        <dependencies>
          <!-- JWT -->
          <dependency>
            <groupId>io.jsonwebtoken</groupId>
            <artifactId>jjwt-api</artifactId>
            <version>${jwt.version}</version>
          </dependency>
        </dependencies>
      </project>
      """;

  @Test
  void noEditsGiveTheTextBack() throws MalformedFileException {
    assertEquals(POM, XmlDocument.open(POM, null).apply(List.of()));
  }

  @Test
  void settingAValueChangesOnlyItsText() throws MalformedFileException {
    assertEquals(
        POM.replace("<jwt.version>0.12.6<", "<jwt.version>0.13.0<"),
        apply(POM, set("0.13.0", "project", "properties", "jwt.version")));
  }

  @Test
  void newTextIsEscapedAndEntitiesElsewhereStay() throws MalformedFileException {
    assertEquals(
        POM.replace("<java.version>17<", "<java.version>21 &lt; 25<"),
        apply(POM, set("21 < 25", "project", "properties", "java.version")));
  }

  @Test
  void aDependencyAddedToASingleOneGoesAfterIt() throws MalformedFileException {
    assertEquals(
        POM.replace(
            """
                </dependency>
            """,
            """
                </dependency>
                <dependency>
                  <groupId>org.bouncycastle</groupId>
                  <artifactId>bcprov-jdk18on</artifactId>
                  <version>1.80</version>
                </dependency>
            """),
        apply(POM, item(map("groupId", "org.bouncycastle", "artifactId", "bcprov-jdk18on",
            "version", "1.80"), 1, "project", "dependencies", "dependency")));
  }

  @Test
  void newPomElementsGoToTheirCanonicalPlace() throws MalformedFileException {
    assertEquals(
        POM.replace(
                """
                  <version>1.0.0</version>
                """,
                """
                  <version>1.0.0</version>
                  <name>auth</name>
                """)
            .replace(
                """
                  </dependencies>
                """,
                """
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                      </plugin>
                    </plugins>
                  </build>
                """),
        apply(POM,
            entry("build", map("plugins", map("plugin",
                // Out of order on purpose: a plugin's children are written in Maven's order.
                map("version", "3.5.4", "artifactId", "maven-surefire-plugin"))), 0, "project"),
            entry("name", "auth", 0, "project")));
  }

  @Test
  void anElementBeforeAllOthersGoesAboveTheCommentsOfTheNext() throws MalformedFileException {
    String pom = POM.replace("  <modelVersion>4.0.0</modelVersion>\n", "");
    assertEquals(
        POM.replace(
            """
              <modelVersion>4.0.0</modelVersion>
              <!-- Owned by team Auth: ping #auth-team -->
            """,
            """
              <!-- Owned by team Auth: ping #auth-team -->
            """)
            .replace("  <!-- Owned", "  <modelVersion>4.0.0</modelVersion>\n  <!-- Owned"),
        apply(pom, entry("modelVersion", "4.0.0", 0, "project")));
  }

  @Test
  void removingAnElementTakesItsLineAndItsEndOfLineComment() throws MalformedFileException {
    assertEquals(
        POM.replace("    <java.version>17</java.version> <!-- Spring Boot's -->\n", ""),
        apply(POM, remove("project", "properties", "java.version")));
  }

  @Test
  void attributesKeepTheirLayout() throws MalformedFileException {
    assertEquals(
        POM.replace(
            "xsd/maven-4.0.0.xsd\">",
            "xsd/maven-4.0.0.xsd\"\n         child.project.url.inherit.append.path=\"false\">"),
        apply(POM, entry("@child.project.url.inherit.append.path", "false", 3, "project")));
    assertEquals(
        POM.replace("\n         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", ""),
        apply(POM, remove("project", "@xmlns:xsi")));
    String single = "<a x='1'  y = \"2\"/>";
    assertEquals("<a x='3'  y = \"2\" z=\"4\"/>",
        apply(single, set("3", "a", "@x"), entry("@z", "4", 2, "a")));
  }

  @Test
  void emptyElementsOpenForTheirFirstChild() throws MalformedFileException {
    String before =
        """
        <settings>
          <a/>
          <b></b>
          <c>
          </c>
          <d><!-- none yet --></d>
          <e>
            <!-- none yet -->
          </e>
        </settings>
        """;
    assertEquals(
        """
        <settings>
          <a>
            <x>1</x>
          </a>
          <b>
            <x>2</x>
          </b>
          <c>
            <x>3</x>
          </c>
          <d><!-- none yet -->
            <x>4</x>
          </d>
          <e>
            <!-- none yet -->
            <x>5</x>
          </e>
        </settings>
        """,
        apply(before,
            entry("x", "1", 0, "settings", "a"),
            entry("x", "2", 0, "settings", "b"),
            entry("x", "3", 0, "settings", "c"),
            entry("x", "4", 0, "settings", "d"),
            entry("x", "5", 0, "settings", "e")));
  }

  @Test
  void aFileWrittenOnOneLineStaysOnOneLine() throws MalformedFileException {
    assertEquals(
        "<a><b>1</b><b>2</b><b>3</b><c><d>x</d></c><e><f/></e></a>\n",
        apply("<a><b>1</b><b>2</b><e/></a>\n",
            item("3", 2, "a", "b"),
            entry("c", map("d", "x"), 1, "a"),
            entry("f", "", 0, "a", "e")));
  }

  @Test
  void tabsAndWideIndentsAreTheFilesOwn() throws MalformedFileException {
    assertEquals(
        "<a>\n\t<b>\n\t\t<c>1</c>\n\t\t<d>\n\t\t\t<e>2</e>\n\t\t</d>\n\t</b>\n</a>\n",
        apply("<a>\n\t<b>\n\t\t<c>1</c>\n\t</b>\n</a>\n",
            entry("d", map("e", "2"), 1, "a", "b")));
    assertEquals(
        "<a>\n    <b>1</b>\n    <c>\n        <d/>\n    </c>\n</a>\n",
        apply("<a>\n    <b>1</b>\n</a>\n", entry("c", map("d", ""), 1, "a")));
  }

  @Test
  void cdataStaysCdataWhenItCanHoldTheNewText() throws MalformedFileException {
    String before = "<a><s><![CDATA[if (a < b) exit 1]]></s></a>";
    assertEquals("<a><s><![CDATA[if (a < b) exit 2]]></s></a>",
        apply(before, set("if (a < b) exit 2", "a", "s")));
    assertEquals("<a><s>end ]]&gt; here&#13;</s></a>",
        apply(before, set("end ]]> here\r", "a", "s")));
  }

  @Test
  void commentsInsideAValueStay() throws MalformedFileException {
    assertEquals(
        "<a><v><!-- pinned: see #12 -->2.0</v></a>",
        apply("<a><v><!-- pinned: see #12 -->1.0</v></a>", set("2.0", "a", "v")));
  }

  @Test
  void itemsGoBeforeTheItemTheyAreAddedBefore() throws MalformedFileException {
    assertEquals(
        "<a>\n  <b>0</b>\n  <b>1</b>\n  <b>1.5</b>\n  <b>2</b>\n</a>\n",
        apply("<a>\n  <b>1</b>\n  <b>2</b>\n</a>\n",
            item("0", 0, "a", "b"), item("1.5", 1, "a", "b")));
  }

  @Test
  void aWholeSubtreeSetChangesOnlyWhatDiffers() throws MalformedFileException {
    String before =
        """
        <a>
          <!-- mine -->
          <b x="1">
            <c>1</c> <!-- keep -->
            <d>2</d>
            <e>3</e>
            <e>4</e>
          </b>
        </a>
        """;
    assertEquals(
        """
        <a>
          <!-- mine -->
          <b x="1">
            <c>1</c> <!-- keep -->
            <e>3</e>
            <e>5</e>
            <e>6</e>
            <f>7</f>
          </b>
        </a>
        """,
        apply(before,
            set(map("@x", "1", "c", "1", "e", list("3", "5", "6"), "f", "7"), "a", "b")));
  }

  @Test
  void anEmptyElementIsNoItem() throws MalformedFileException {
    assertEquals("<a>\n  <b>x</b>\n</a>\n",
        apply("<a>\n  <b/>\n</a>\n", item("x", 0, "a", "b")));
  }

  @Test
  void textBesideAttributes() throws MalformedFileException {
    assertEquals("<a><n lang=\"en\">hi</n><m x=\"1\">new</m><k y=\"2\"></k></a>",
        apply("<a><n lang=\"en\"/><m x=\"1\">old</m><k y=\"2\">gone</k></a>",
            entry("#text", "hi", 1, "a", "n"),
            set("new", "a", "m", "#text"),
            remove("a", "k", "#text")));
  }

  @Test
  void aValueThatLosesItsAttributesIsWrittenAnew() throws MalformedFileException {
    assertEquals("<a>\n  <n>plain</n> <!-- kept -->\n</a>\n",
        apply("<a>\n  <n lang=\"en\">hi</n> <!-- kept -->\n</a>\n", set("plain", "a", "n")));
  }

  @Test
  void anAttributeReplacedByAnother() throws MalformedFileException {
    assertEquals("<a\n    x=\"1\"\n    z=\"3\"/>",
        apply("<a\n    x=\"1\"\n    y=\"2\"/>", remove("a", "@y"), entry("@z", "3", 2, "a")));
  }

  @Test
  void newSiblingsAtOnePlaceKeepTheOrderOfTheEdits() throws MalformedFileException {
    assertEquals("<a>\n  <b/>\n  <z>1</z>\n  <y>2</y>\n  <x>3</x>\n</a>\n",
        apply("<a>\n  <b/>\n</a>\n",
            entry("z", "1", 1, "a"), entry("y", "2", 1, "a"), entry("x", "3", 1, "a")));
  }

  @Test
  void newPomElementsAtOnePlaceFollowMavensOrderWhateverTheEdits() throws MalformedFileException {
    String pom = "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <artifactId>a</artifactId>\n"
        + "</project>\n";
    assertEquals("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>g</groupId>\n"
            + "  <artifactId>a</artifactId>\n  <version>1</version>\n  <packaging>jar</packaging>\n"
            + "  <properties/>\n</project>\n",
        apply(pom, entry("properties", "", 0, "project"), entry("packaging", "jar", 0, "project"),
            entry("version", "1", 0, "project"), entry("groupId", "g", 2, "project")));
  }

  @Test
  void anItemBeforeTheFirstGoesAboveItsComment() throws MalformedFileException {
    String before = "<deps>\n  <!-- the API -->\n  <dep>api</dep>\n</deps>\n";
    assertEquals("<deps>\n  <dep>bom</dep>\n  <!-- the API -->\n  <dep>api</dep>\n</deps>\n",
        apply(before, item("bom", 0, "deps", "dep")));
  }

  @Test
  void theWholeDocumentSetKeepsWhatStays() throws MalformedFileException {
    String before = "<?xml version=\"1.0\"?>\n<!-- mine -->\n<a>\n  <b>1</b>\n</a>\n";
    assertEquals("<?xml version=\"1.0\"?>\n<!-- mine -->\n<a>\n  <b>2</b>\n</a>\n",
        apply(before, new Edit.Set(List.of(), map("a", map("b", "2")))));
    assertEquals(XmlWriter.DECLARATION + "<c/>\n",
        XmlDocument.open(before, null).apply(List.of(new Edit.Set(List.of(), map("c", "")))));
  }

  /**
   * Whitespace between the children of one element used to be scanned again for every child: a
   * 1 MB file took 20 s, this one minutes. The timeout only catches that; it measures nothing.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void manyChildrenOfOneElementAreReadAndEditedInLinearTime() throws MalformedFileException {
    StringBuilder text = new StringBuilder("<settings>\n");
    int count = 0;
    while (text.length() < 4 * 1024 * 1024) {
      text.append("  <server>s").append(count++).append("</server>\n");
    }
    String before = text.append("</settings>\n").toString();

    XmlDocument document = XmlDocument.open(before, "settings");
    String after = document.apply(List.of(item("last", count, "settings", "server")));

    assertEquals(before.replace("</settings>", "  <server>last</server>\n</settings>"), after);
  }

  @Test
  void editsThatMissTheContentAreRefusedAsEditsApplyRefusesThem() throws MalformedFileException {
    String text = "<a x=\"1\">\n  <b>1</b>\n  <c>2</c>\n  <c>3</c>\n  <d/>\n</a>\n";
    XmlDocument document = XmlDocument.open(text, null);
    List<Edit> refused = List.of(
        set("2", "a", "z"),
        set("2", "z"),
        set("2", "a", "c", 2),
        set("2", "a", "c", "nested"),
        set("2", "a", "b", 1),
        set("2", "a", "d", 0),
        remove("a", "@y"),
        remove("a", "#text"),
        entry("b", "again", 0, "a"),
        entry("@x", "again", 0, "a"),
        entry("e", "1", 5, "a"),
        entry("e", "1", 0, "a", "b"),
        item("4", 3, "a", "c"),
        item("4", 2, "a", "b"),
        item("4", 1, "a", "d"));
    for (Edit edit : refused) {
      assertThrows(IllegalArgumentException.class,
          () -> Edits.apply(document.content(), List.of(edit)), () -> "Edits.apply: " + edit);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> document.apply(List.of(edit)), () -> "XmlDocument: " + edit);
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), edit::toString);
    }
    // XML has one root element.
    for (Edit edit : List.of(entry("second", "root", 1), item("second", 1, "a"))) {
      assertThrows(IllegalArgumentException.class, () -> document.apply(List.of(edit)));
    }
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> document.apply(List.of(set("2", "a", "z"))));
    assertEquals("no key z in <a> at [a, z]", missing.getMessage());
  }

  @Test
  void aBlankFileIsWrittenWhole() throws MalformedFileException {
    XmlDocument document = XmlDocument.open("\n", null);
    assertEquals(Map.of(), document.content());
    assertEquals(XmlWriter.DECLARATION + "<a>1</a>\n",
        document.apply(List.of(entry("a", "1", 0))));
    assertEquals(map("a", "1"), Edits.apply(document.content(), List.of(entry("a", "1", 0))));
  }
}
