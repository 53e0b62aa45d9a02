package com.myorg.servicebase;

import java.util.Locale;

/**
 * What every myorg service shares at run time: a name for its log lines and metrics. The shared
 * files (logging, docs, pom.xml) come from the config classes in {@code configs}.
 */
public final class ServiceBase {

  private ServiceBase() {}

  /** The label a service reports itself under: lower-case letters, digits and dashes. */
  public static String serviceLabel(String name) {
    String label = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    label = label.replaceAll("^-+|-+$", "");
    if (label.isEmpty()) {
      throw new IllegalArgumentException("a service name needs a letter or a digit: '" + name + "'");
    }
    return label;
  }

  public static void main(String[] args) {
    System.out.println(serviceLabel(args.length > 0 ? args[0] : "service-base"));
  }
}
