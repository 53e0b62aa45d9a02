package com.myorg.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

  @Test
  void placeholdersAreFilled() {
    assertEquals(
        "Hi Ada, 3 new messages ($5 off)",
        NotificationService.render(
            "Hi {name}, {count} new messages ({offer})",
            Map.of("name", "Ada", "count", "3", "offer", "$5 off")));
  }

  @Test
  void aMissingValueIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NotificationService.render("Hi {name}", Map.of()));
    assertEquals("no value for {name} in: Hi {name}", e.getMessage());
  }

  @Test
  void mainGreetsTheCustomer() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      NotificationService.main(new String[] {"Ada"});
    } finally {
      System.setOut(original);
    }
    assertEquals("Hello Ada, your order has shipped.", out.toString(StandardCharsets.UTF_8).strip());
  }
}
