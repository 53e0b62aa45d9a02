package dev.rig.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RegistryChunksTest {

  private static List<Integer> sizes(List<List<Integer>> chunks) {
    return chunks.stream().map(List::size).toList();
  }

  @Test
  void nothingToSplitGivesNoRun() {
    assertThat(RegistryChunks.split(List.<Integer>of(), item -> 1, 250, 1_000)).isEmpty();
  }

  @Test
  void runsOfAtMostTheGivenSizeKeepTheOrder() {
    List<Integer> items = IntStream.range(0, 7).boxed().toList();

    List<List<Integer>> chunks = RegistryChunks.split(items, item -> 1, 3, 1_000);

    assertThat(chunks).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)).inOrder();
  }

  @Test
  void itemsThatAreLargeTogetherCloseARunEarly() {
    // Lines of 400 bytes in tables of at most 1,000 bytes: two per table.
    List<Integer> items = IntStream.range(0, 5).boxed().toList();

    assertThat(sizes(RegistryChunks.split(items, item -> 400, 250, 1_000)))
        .containsExactly(2, 2, 1).inOrder();
  }

  @Test
  void anItemLargerThanTheBudgetStillGetsARunOfItsOwn() {
    assertThat(RegistryChunks.split(List.of(10, 5_000, 10), item -> item, 250, 1_000))
        .containsExactly(List.of(10), List.of(5_000), List.of(10)).inOrder();
  }

  @Test
  void constantsAreMeasuredAsTheClassFileStoresThem() {
    assertThat(RegistryChunks.constantBytes("com.acme.A")).isEqualTo(10);
    assertThat(RegistryChunks.constantBytes("é")).isEqualTo(2);
    assertThat(RegistryChunks.constantBytes("\0")).isEqualTo(2);
    assertThat(RegistryChunks.constantBytes("日")).isEqualTo(3);
  }
}
