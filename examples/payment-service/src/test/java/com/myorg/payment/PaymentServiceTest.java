package com.myorg.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

  @Test
  void amountsUseTheCurrencysMinorUnits() {
    assertEquals("12.34 EUR", PaymentService.format(1234, "EUR"));
    assertEquals("1234 JPY", PaymentService.format(1234, "JPY"));
    assertEquals("-0.05 USD", PaymentService.format(-5, "USD"));
  }

  @Test
  void mainPrintsTheAmount() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      PaymentService.main(new String[] {"199", "GBP"});
    } finally {
      System.setOut(original);
    }
    assertEquals("1.99 GBP", out.toString(StandardCharsets.UTF_8).strip());
  }
}
