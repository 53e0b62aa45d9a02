package com.example.it.beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaTest {
  @Test
  void runs() {
    assertEquals(4, 2 + 2);
  }
}
