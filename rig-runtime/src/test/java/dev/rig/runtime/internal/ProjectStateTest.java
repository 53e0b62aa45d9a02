package dev.rig.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStateTest {

  @TempDir Path root;

  /**
   * The pom's config asks on every plan whether the main sources hold config classes; a project
   * without any has every source file read for the answer, so a run reads them once.
   */
  @Test
  void whetherTheMainSourcesDeclareConfigsIsReadOncePerRun() throws IOException {
    Path source = root.resolve("src/main/java/com/acme/LoggingConfigFile.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package com.acme;\n\n@RigConfig\npublic class LoggingConfigFile {}\n");
    ProjectState run = ProjectState.onDisk(root);

    assertTrue(run.declaresConfigs());
    Files.delete(source);
    assertTrue(run.declaresConfigs());
    assertFalse(ProjectState.onDisk(root).declaresConfigs());
  }
}
