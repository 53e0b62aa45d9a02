package dev.rig.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSkeletonTest {

  @TempDir Path root;

  @Test
  void writesAMainClassAndItsTestInThePackage() throws IOException {
    List<String> written = new ProjectSkeleton(root, "com.acme.inventory", "Inventory").write();

    assertEquals(
        List.of(
            "src/main/java/com/acme/inventory/App.java",
            "src/test/java/com/acme/inventory/AppTest.java"),
        written);
    String app = Files.readString(root.resolve(written.get(0)));
    assertTrue(
        app.startsWith("package com.acme.inventory;\n\n/** The entry point of Inventory. */\n"),
        app);
    assertTrue(Files.readString(root.resolve(written.get(1))).contains("class AppTest {"));
  }

  @Test
  void neverTouchesExistingSources() throws IOException {
    Path mine = root.resolve("src/main/java/com/acme/Billing.java");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "package com.acme;\nclass Billing {}\n");

    List<String> written = new ProjectSkeleton(root, "com.acme", "Billing").write();

    assertEquals(
        List.of("src/test/java/com/acme/AppTest.java"),
        written,
        "only the test is written: there are main sources but no tests");
    assertEquals("package com.acme;\nclass Billing {}\n", Files.readString(mine));
    assertTrue(Files.notExists(root.resolve("src/main/java/com/acme/App.java")));
    assertEquals(
        List.of(),
        new ProjectSkeleton(root, "com.acme", "Billing").write(),
        "a second run writes nothing");
  }
}
