package com.example.it.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;

/** The service itself: nothing here knows rig. */
@SpringBootConfiguration
public class ShopApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }
}
