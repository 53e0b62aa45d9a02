package dev.rig.runtime.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePackagesTest {

  @TempDir Path root;

  @Test
  void theLongestPackageHoldingEveryMainSource() throws IOException {
    write(
        "src/main/java/com/acme/billing/Invoice.java", "/* header */\npackage com.acme.billing;\n");
    write("src/main/java/com/acme/billing/api/Rest.java", "package com.acme.billing.api;\n");
    write("src/test/java/com/acme/Other.java", "package com.acme;\n");
    assertEquals(Optional.of("com.acme.billing"), SourcePackages.commonPackage(root));
  }

  @Test
  void noSourcesOrNoSharedPackageGiveNothing() throws IOException {
    assertEquals(Optional.empty(), SourcePackages.commonPackage(root));
    write("src/main/java/com/acme/A.java", "package com.acme;\n");
    write("src/main/java/org/other/B.java", "package org.other;\n");
    assertEquals(Optional.empty(), SourcePackages.commonPackage(root));
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
