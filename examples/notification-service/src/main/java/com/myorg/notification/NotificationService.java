package com.myorg.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The notification service: fills message templates such as {@code "Hello {name}"}. */
public final class NotificationService {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private NotificationService() {}

  /**
   * The template with every {@code {key}} replaced by its value.
   *
   * @throws IllegalArgumentException naming the first placeholder that has no value
   */
  public static String render(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in: " + template);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.println(render("Hello {name}, your order has shipped.", Map.of("name", args[0])));
  }
}
