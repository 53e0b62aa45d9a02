package dev.rig.processor.index;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

  @Test
  void markerNameIsTheEscapedRegistryNameWithASuffix() {
    assertThat(IndexNames.moduleMarker("com.acme.RigRegistry"))
        .isEqualTo("com_acme_RigRegistry_RigModule");
  }

  @Test
  void namesThatOnlyDifferInDotsAndUnderscoresGetDifferentMarkers() {
    List<String> names =
        List.of("a.b_c.D", "a.b.c.D", "a_b.c.D", "a.b__c.D", "a.b.c_D", "a.b.c.D_RigModule");

    List<String> markers = names.stream().map(IndexNames::moduleMarker).toList();

    assertThat(markers).containsNoDuplicates();
    assertThat(IndexNames.moduleMarker("a.b_c.D")).isEqualTo("a_b__c_D_RigModule");
  }

  @Test
  void onlyModuleMarkersAreRead() {
    assertThat(IndexNames.isModuleMarker(IndexNames.moduleMarker("com.acme.RigRegistry")))
        .isTrue();
    // What rig writes while it waits for other processors carries no index entry.
    assertThat(IndexNames.roundPlaceholder("com.acme.RigRegistry", 1))
        .isEqualTo("com_acme_RigRegistry_RigRound1");
    assertThat(IndexNames.isModuleMarker(IndexNames.roundPlaceholder("com.acme.RigRegistry", 1)))
        .isFalse();
    // A marker of an older rig, one per config: never completed, never read.
    assertThat(IndexNames.isModuleMarker("com_acme_LoggingConfigFile_RigIndex")).isFalse();
  }
}
