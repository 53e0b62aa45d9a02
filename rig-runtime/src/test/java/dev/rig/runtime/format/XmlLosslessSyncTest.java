package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.testing.Goldens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sync end to end through {@link dev.rig.runtime.ConfigFile#plan}: the merge's edits applied to
 * the opened document, as a user sees the result.
 */
class XmlLosslessSyncTest {

  @Test
  void theSeedsSecurityChangeAddsOnlyTheDependencyBlockToACommentedPom() throws Exception {
    String before =
        XmlCorpusTest.Stored.read(XmlCorpusTest.CORPUS.resolve("commented-service.pom.xml"))
            .text();
    TestConfigs.Xml serviceBase = new TestConfigs.Xml(map("project", map("dependencies",
        map("dependency", list(map("groupId", "org.bouncycastle",
            "artifactId", "bcprov-jdk18on", "version", "1.81"))))));

    String after = serviceBase.plan(before).orElseThrow();

    Goldens.assertMatches("xml-corpus", "commented-service.pom.xml.sync.diff",
        XmlCorpusTest.diff("commented-service.pom.xml", before, after));
    assertEquals(Optional.empty(), serviceBase.plan(after), "a second sync changes nothing");
  }

  @Test
  void aCrlfPomWithAByteOrderMarkChangesOnlyItsVersionLine() throws Exception {
    XmlCorpusTest.Stored stored =
        XmlCorpusTest.Stored.read(XmlCorpusTest.CORPUS.resolve("crlf-bom.pom.xml"));
    TestConfigs.Xml base = new TestConfigs.Xml(map("project", map("build", map("plugins",
        map("plugin", list(map("artifactId", "maven-surefire-plugin", "version", "3.5.4")))))));

    String after = base.plan(stored.text()).orElseThrow();

    byte[] original = Files.readAllBytes(XmlCorpusTest.CORPUS.resolve("crlf-bom.pom.xml"));
    assertArrayEquals(
        new String(original, StandardCharsets.UTF_8).replace("3.2.5", "3.5.4")
            .getBytes(StandardCharsets.UTF_8),
        stored.encode(after));
  }
}
