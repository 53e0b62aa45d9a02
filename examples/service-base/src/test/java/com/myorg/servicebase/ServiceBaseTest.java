package com.myorg.servicebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceBaseTest {

  @Test
  void labelsAreLowerCaseWithDashes() {
    assertEquals("auth-service", ServiceBase.serviceLabel(" Auth Service "));
    assertEquals("payments-v2", ServiceBase.serviceLabel("Payments_V2!"));
  }

  @Test
  void aNameWithoutLettersOrDigitsIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ServiceBase.serviceLabel("--"));
    assertEquals("a service name needs a letter or a digit: '--'", e.getMessage());
  }

  @Test
  void mainPrintsTheLabel() {
    assertEquals("service-base\n", runMain());
    assertEquals("inventory\n", runMain("Inventory"));
  }

  static String runMain(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ServiceBase.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
