package dev.rig.runtime.internal.content;

import static dev.rig.runtime.Tree.list;
import static dev.rig.runtime.Tree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {

  @Test
  void mapsWithoutAStableOrderHaveTheirKeysSorted() {
    Map<String, Object> normalized =
        Normalizer.normalize(
            Map.of("zeta", 1, "alpha", Map.of("y", 1, "b", 2), "mid", List.of(Map.of("q", 1, "c", 2))));

    assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(normalized.keySet()));
    assertEquals(List.of("b", "y"), keys(normalized.get("alpha")));
    assertEquals(List.of("c", "q"), keys(((List<?>) normalized.get("mid")).get(0)));
  }

  @Test
  void hashMapsGiveTheSameOrderWhateverTheirHistory() {
    Map<String, Object> small = new HashMap<>();
    Map<String, Object> large = new HashMap<>(1024);
    for (int i = 0; i < 40; i++) {
      small.put("key" + i, i);
      large.put("key" + (39 - i), 39 - i);
    }

    assertEquals(
        List.copyOf(Normalizer.normalize(small).keySet()),
        List.copyOf(Normalizer.normalize(large).keySet()));
  }

  @Test
  void orderedMapsKeepTheirOrder() {
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("z", 1);
    linked.put("a", 2);
    Map<String, Object> sorted = new TreeMap<>(Map.of("z", 1, "a", 2));

    assertEquals(List.of("z", "a"), keys(Normalizer.normalize(map("m", linked)).get("m")));
    assertEquals(List.of("a", "z"), keys(Normalizer.normalize(map("m", sorted)).get("m")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theResultIsAMutableDeepCopy() {
    List<Object> items = list("a");
    Map<String, Object> inner = map("items", items);
    Map<String, Object> content = map("inner", inner);

    Map<String, Object> normalized = Normalizer.normalize(Map.of("inner", Map.of("items", List.of("a"))));
    Map<String, Object> copy = Normalizer.normalize(content);
    ((List<Object>) ((Map<?, ?>) copy.get("inner")).get("items")).add("b");

    assertEquals(List.of("a"), items);
    assertInstanceOf(LinkedHashMap.class, normalized.get("inner"));
    assertInstanceOf(ArrayList.class, ((Map<?, ?>) normalized.get("inner")).get("items"));
  }

  static Stream<Arguments> scalars() {
    return Stream.of(
        arguments("short becomes int", (short) 7, 7),
        arguments("byte becomes int", (byte) 7, 7),
        arguments("float by its own digits", 0.1f, 0.1),
        arguments("char becomes a string", 'x', "x"),
        arguments("decimal stays exact", new BigDecimal("1.50"), new BigDecimal("1.50")),
        arguments("long stays long", 5L, 5L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalars")
  void scalarsBecomeCanonical(String rule, Object given, Object canonical) {
    assertEquals(canonical, Normalizer.normalize(map("v", given)).get("v"));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(
            "a set has no order",
            map("a", map("b", list(1, Set.of(2)))),
            "at a.b[1]: a java.util.ImmutableCollections$Set12 cannot be written to a file; use a"
                + " String, a number, a boolean, a Map (Tree.map) or a List (Tree.list)"),
        arguments(
            "a duration is no scalar",
            map("timeout", Duration.ofSeconds(5)),
            "at timeout: a java.time.Duration cannot be written"),
        arguments(
            "keys are strings",
            map("a", Map.of(1, "x")),
            "at a: map key 1 is a java.lang.Integer, but keys must be strings"),
        arguments("null content", null, "returned null; return a map, e.g. Tree.map()"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void contentTheModelCannotHoldIsRefusedWithItsPath(
      String rule, Map<String, Object> content, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normalizer.normalize(content));

    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void formatsCanRefuseScalars() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Normalizer.normalize(
                    map("a", list(map("b", null))),
                    scalar -> {
                      if (scalar == null) {
                        throw new IllegalArgumentException("no null here");
                      }
                      return scalar;
                    }));

    assertEquals("at a[0].b: no null here", e.getMessage());
  }

  private static List<String> keys(Object map) {
    List<String> keys = new ArrayList<>();
    ((Map<?, ?>) map).keySet().forEach(key -> keys.add((String) key));
    return keys;
  }
}
