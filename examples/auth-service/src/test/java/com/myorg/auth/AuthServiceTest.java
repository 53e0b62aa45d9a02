package com.myorg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

  @Test
  void tokensExpireAfterOneHour() {
    assertEquals(
        Instant.parse("2026-01-01T01:00:00Z"),
        AuthService.expiresAt(Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void mainPrintsTheExpiry() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      AuthService.main(new String[] {"2026-01-01T00:00:00Z"});
    } finally {
      System.setOut(original);
    }
    assertEquals(
        "token issued at 2026-01-01T00:00:00Z expires at 2026-01-01T01:00:00Z",
        out.toString(StandardCharsets.UTF_8).strip());
  }
}
