package com.example.it.alpha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
  @Test
  void runs() {
    assertEquals(4, 2 + 2);
  }
}
