package dev.rig.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.MalformedFileException;
import dev.rig.runtime.content.Tagged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syncing twice changes nothing, byte for byte, for generated files and requirements in every
 * tree format (fixed seeds, so a failure is reproducible).
 */
class SyncInvariantsTest {

  /** What a format can hold. */
  private record Shape(
      boolean nulls, boolean nestedLists, boolean onlyText, boolean flat, boolean tags) {}

  private static final List<String> KEYS =
      List.of("a", "b-c", "id", "name", "groupId", "artifactId", "version", "on", "x.y");
  private static final List<Object> SCALARS =
      List.of(
          "x", "yes", "1.0", "a: b", "line\nbreak", " padded ", "é", "", 1, 7L, 2.5,
          new BigDecimal("1.50"), true, false);

  static Stream<Arguments> formats() {
    return Stream.of(
        arguments("YAML", new Shape(true, true, false, false, true), config(TestConfigs.Yaml::new)),
        arguments("JSON", new Shape(true, true, false, false, false), config(TestConfigs.Json::new)),
        arguments("TOML", new Shape(false, true, false, false, false), config(TestConfigs.Toml::new)),
        arguments("XML", new Shape(false, false, true, false, false), config(TestConfigs.Xml::new)),
        arguments(
            "properties",
            new Shape(false, false, true, true, false),
            config(TestConfigs.Properties::new)));
  }

  private static Function<Map<String, Object>, ConfigFile<?>> config(
      Function<Map<String, Object>, ConfigFile<?>> constructor) {
    return constructor;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void syncingTwiceChangesNothing(
      String format, Shape shape, Function<Map<String, Object>, ConfigFile<?>> config)
      throws MalformedFileException {
    Random random = new Random(format.hashCode());
    for (int i = 0; i < 400; i++) {
      Map<String, Object> existing = document(random, shape);
      Map<String, Object> required = document(random, shape);
      String before = config.apply(existing).renderRequired();
      ConfigFile<?> sync = config.apply(required);

      String after = sync.plan(before).orElse(before);

      assertEquals(
          Optional.empty(),
          sync.plan(after),
          "before:\n" + before + "\nrequired: " + required + "\nafter:\n" + after);
    }
  }

  private static Map<String, Object> document(Random random, Shape shape) {
    Map<String, Object> content = map(random, shape, shape.flat ? 1 : 3);
    if (shape.onlyText && !shape.flat) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("root", content);
      return document;
    }
    return content;
  }

  private static Map<String, Object> map(Random random, Shape shape, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, shape, depth - 1, true));
    }
    return map;
  }

  private static Object value(Random random, Shape shape, int depth, boolean listAllowed) {
    int kind = depth <= 0 ? 0 : random.nextInt(4);
    if (kind == 1) {
      return map(random, shape, depth);
    }
    if (kind >= 2 && listAllowed) {
      List<Object> list = new ArrayList<>();
      int size = random.nextInt(4);
      for (int i = 0; i < size; i++) {
        list.add(
            random.nextBoolean()
                ? map(random, shape, depth)
                : value(random, shape, depth - 1, shape.nestedLists));
      }
      return list;
    }
    if (shape.nulls && random.nextInt(10) == 0) {
      return null;
    }
    if (shape.tags && random.nextInt(10) == 0) {
      return random.nextBoolean() ? Tagged.of("!Ref", "a b's") : Tagged.of("!!python/name:x.y", "");
    }
    Object scalar = SCALARS.get(random.nextInt(SCALARS.size()));
    return shape.onlyText ? String.valueOf(scalar) : scalar;
  }
}
