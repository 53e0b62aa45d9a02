package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same inputs, same bytes: whatever the iteration order of the maps a config returns, the default
 * locale (Turkish, with its dotless i) or the time zone.
 */
class DeterminismTest {

  /** Required content full of unordered maps, upper-case I's and numbers. */
  static Map<String, Object> content(int hashCapacity, boolean reversed) {
    Map<String, Object> hashed = new HashMap<>(hashCapacity);
    for (int i = 0; i < 30; i++) {
      int n = reversed ? 29 - i : i;
      hashed.put("Key" + n + "Iİı", n * 1.5);
    }
    Map<String, Object> item =
        reversed
            ? Map.of("value", new BigDecimal("1.50"), "id", "ITEM")
            : Map.of("id", "ITEM", "value", new BigDecimal("1.50"));
    // Words a YAML writer must quote; a lower-casing in the Turkish locale would miss the I's.
    Map<String, Object> words = new HashMap<>();
    List<String> reserved =
        List.of(".INF", "-.INF", ".NAN", "NULL", "TRUE", "FALSE", "ON", "OFF", "YES", "NO", "Y", "N", "İ");
    for (int i = 0; i < reserved.size(); i++) {
      words.put("W" + (reversed ? reserved.size() - 1 - i : i), reserved.get(reversed ? reserved.size() - 1 - i : i));
    }
    return reversed
        ? Map.of("table", hashed, "words", words, "items", List.of(item), "big", 1e20, "ratio", 0.1, "TITLE", "Istanbul")
        : Map.of("TITLE", "Istanbul", "ratio", 0.1, "big", 1e20, "items", List.of(item), "words", words, "table", hashed);
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        arguments("YAML", (Function<Map<String, Object>, ConfigFile<?>>) TestConfigs.Yaml::new, "other: 1\n"),
        arguments("JSON", (Function<Map<String, Object>, ConfigFile<?>>) TestConfigs.Json::new, "{\"other\": 1}"),
        arguments("TOML", (Function<Map<String, Object>, ConfigFile<?>>) TestConfigs.Toml::new, "when = 1979-05-27T07:32:00.5+05:30\n"),
        arguments(
            "properties",
            (Function<Map<String, Object>, ConfigFile<?>>) content -> new TestConfigs.Properties(withoutLists(content)),
            "other=1\n"),
        arguments(
            "XML",
            (Function<Map<String, Object>, ConfigFile<?>>) content -> new TestConfigs.Xml(Map.of("root", content)),
            "<root><other>1</other></root>"),
        arguments(
            "text",
            (Function<Map<String, Object>, ConfigFile<?>>) content -> new TestConfigs.Text(List.of("TITLE İ", String.valueOf(content.get("ratio")))),
            "mine\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void sameBytesWhateverTheMapOrderLocaleAndTimeZone(
      String format, Function<Map<String, Object>, ConfigFile<?>> config, String existing)
      throws MalformedFileException {
    String reference = output(config.apply(content(16, false)), existing);

    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertEquals(reference, output(config.apply(content(16, false)), existing), "tr_TR, +12:45");
      assertEquals(reference, output(config.apply(content(1024, true)), existing), "other map order");
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertEquals(reference, output(config.apply(content(64, true)), existing), "Arabic digits");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** Properties hold no lists. */
  private static Map<String, Object> withoutLists(Map<String, Object> content) {
    Map<String, Object> copy = new HashMap<>(content);
    copy.remove("items");
    return copy;
  }

  private static String output(ConfigFile<?> config, String existing) throws MalformedFileException {
    return config.renderRequired() + "\n=== merged ===\n" + config.plan(existing).orElse("");
  }
}
