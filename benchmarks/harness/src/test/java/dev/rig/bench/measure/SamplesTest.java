package dev.rig.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {

  private static Samples of(double... values) {
    Samples samples = new Samples();
    for (double value : values) {
      samples.add(value);
    }
    return samples;
  }

  @Test
  void medianIgnoresOneStalledRun() {
    assertEquals(102, of(101, 5000, 102, 99, 103).median());
  }

  @Test
  void quantilesInterpolateBetweenRanks() {
    Samples samples = of(10, 20, 30, 40);
    assertEquals(25, samples.median());
    assertEquals(17.5, samples.quantile(0.25));
    assertEquals(10, samples.min());
    assertEquals(40, samples.max());
    assertEquals(7.5, samples.halfIqr());
  }

  @Test
  void describesMedianSpreadCountAndRange() {
    assertEquals("412 ms ±5 (n=5, 400–430)", of(400, 405, 412, 415, 430).describe());
    assertEquals("39.2 ms ±0 (n=1, 39–39)", of(39.2).describe());
  }

  @Test
  void signedDifferences() {
    assertEquals("+12.0 ms", Samples.signedMs(12));
    assertEquals("-91.4 ms", Samples.signedMs(-91.4));
    assertEquals("+150 ms", Samples.signedMs(150));
  }

  @Test
  void noSamplesIsAnError() {
    assertThrows(IllegalStateException.class, () -> new Samples().median());
  }
}
