package com.example.it.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MalformedTest {
  @Test
  void runs() {
    assertEquals(4, 2 + 2);
  }
}
