package com.example.it.shop;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class ShopApplicationTest {
  @Test
  void isAnApplication() {
    assertNotNull(new ShopApplication());
  }
}
