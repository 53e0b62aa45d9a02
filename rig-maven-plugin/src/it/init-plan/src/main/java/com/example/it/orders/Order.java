package com.example.it.orders;

/** An order, the project's own source. */
public record Order(String id) {}
