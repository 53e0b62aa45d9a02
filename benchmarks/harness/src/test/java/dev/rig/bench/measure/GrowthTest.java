package dev.rig.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {

  private static final List<Double> DEPTHS = List.of(1.0, 5.0, 10.0, 20.0);

  @Test
  void slopeOfALine() {
    assertEquals(0.5, Growth.slope(List.of(10.0, 100.0, 1000.0), List.of(305.0, 350.0, 800.0)), 1e-9);
  }

  @Test
  void linearAndFlatGrowthPass() {
    assertTrue(Growth.atMostLinear(DEPTHS, List.of(103.0, 115.0, 130.0, 160.0), 5));
    assertTrue(Growth.atMostLinear(DEPTHS, List.of(100.0, 102.0, 99.0, 101.0), 5));
  }

  @Test
  void quadraticGrowthFails() {
    List<Double> quadratic = DEPTHS.stream().map(d -> 100 + 2 * d * d).toList();
    assertFalse(Growth.atMostLinear(DEPTHS, quadratic, 5));
  }

  @Test
  void noiseOnAFlatLineIsForgiven() {
    assertTrue(Growth.atMostLinear(DEPTHS, List.of(100.0, 100.0, 100.0, 104.0), 5));
    assertFalse(Growth.atMostLinear(DEPTHS, List.of(100.0, 100.0, 100.0, 130.0), 5));
  }
}
