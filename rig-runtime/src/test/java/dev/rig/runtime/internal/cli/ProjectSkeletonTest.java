package dev.rig.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
    assertCompiles();
  }

  @Test
  void aProjectWithSourcesButNoTestsGetsNoTestOfAClassItDoesNotHave() throws IOException {
    Path mine = root.resolve("src/main/java/com/acme/Billing.java");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "package com.acme;\nclass Billing {}\n");

    List<String> written = new ProjectSkeleton(root, "com.acme", "Billing").write();

    assertEquals(List.of(), written, "AppTest tests App, which init did not write");
    assertEquals("package com.acme;\nclass Billing {}\n", Files.readString(mine));
    assertTrue(Files.notExists(root.resolve("src/main/java/com/acme/App.java")));
    assertTrue(Files.notExists(root.resolve("src/test/java/com/acme/AppTest.java")));
    assertCompiles();
    assertEquals(
        List.of(),
        new ProjectSkeleton(root, "com.acme", "Billing").write(),
        "a second run writes nothing");
  }

  @Test
  void aProjectWithTestsButNoSourcesGetsTheMainClassWithItsTest() throws IOException {
    Path mine = root.resolve("src/test/java/com/acme/ConfigsTest.java");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "package com.acme;\nclass ConfigsTest {}\n");

    List<String> written = new ProjectSkeleton(root, "com.acme", "Configs").write();

    assertEquals(
        List.of("src/main/java/com/acme/App.java", "src/test/java/com/acme/AppTest.java"),
        written,
        "App comes with the test that covers it, beside the tests already there");
    assertEquals("package com.acme;\nclass ConfigsTest {}\n", Files.readString(mine));
    assertCompiles();
  }

  /** What the first {@code mvn verify} does first: compile the main and the test sources. */
  private void assertCompiles() throws IOException {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-d", Files.createDirectories(root.resolve("target/classes")).toString()));
    args.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    try (Stream<Path> files = Files.walk(root.resolve("src"))) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = javac.run(null, null, errors, args.toArray(String[]::new));
    assertEquals(
        0, exit, "the project's sources compile:\n" + errors.toString(StandardCharsets.UTF_8));
  }
}
