package com.myorg.backendbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaginationTest {

  @Test
  void missingOrNonsensicalSizesGetTheDefault() {
    assertEquals(20, Pagination.pageSize(null));
    assertEquals(20, Pagination.pageSize(0));
    assertEquals(20, Pagination.pageSize(-5));
  }

  @Test
  void sizesAreCappedAtTheMaximum() {
    assertEquals(1, Pagination.pageSize(1));
    assertEquals(100, Pagination.pageSize(100));
    assertEquals(100, Pagination.pageSize(5000));
  }

  @Test
  void mainPrintsThePageSize() {
    assertEquals("20\n", runMain());
    assertEquals("100\n", runMain("250"));
  }

  private static String runMain(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Pagination.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
