package com.example.it.pinned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinnedTest {
  @Test
  void runs() {
    assertEquals(4, 2 + 2);
  }
}
