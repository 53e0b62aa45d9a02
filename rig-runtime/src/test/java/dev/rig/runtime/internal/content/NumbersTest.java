package dev.rig.runtime.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

  static Stream<Arguments> values() {
    return Stream.of(
        arguments(1, 1L, true),
        arguments(1, 1.0, true),
        arguments(1L, new BigDecimal("1.00"), true),
        arguments(new BigInteger("12345678901234567890"), new BigDecimal("12345678901234567890.0"), true),
        arguments(0.1, new BigDecimal("0.1"), true),
        arguments(1, 2, false),
        arguments(1.0, 1.5, false),
        arguments(Double.NaN, Double.NaN, true),
        arguments(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, false),
        arguments(Double.POSITIVE_INFINITY, 1, false));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @MethodSource("values")
  void numbersCompareByValue(Number a, Number b, boolean equal) {
    assertEquals(equal, Numbers.equal(a, b));
    assertEquals(equal, Numbers.equal(b, a));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        arguments(42, "42", "42"),
        arguments(-7L, "-7", "-7"),
        arguments(1.0, "1.0", "1.0"),
        arguments(new BigDecimal("1.50"), "1.50", "1.50"),
        arguments(new BigDecimal("1E+3"), "1000", "1000.0"),
        arguments(1e20, "100000000000000000000", "100000000000000000000.0"),
        arguments(0.000001, "0.0000010", "0.0000010"),
        arguments(new BigInteger("123456789012345678901234"), "123456789012345678901234", "123456789012345678901234"));
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @MethodSource("texts")
  void numbersAreWrittenWithoutExponentOrLocale(Number n, String plain, String literal) {
    assertEquals(plain, Numbers.plain(n));
    assertEquals(literal, Numbers.literal(n));
  }
}
