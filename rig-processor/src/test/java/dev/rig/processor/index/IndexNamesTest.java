package dev.rig.processor.index;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

  @Test
  void markerNameIsTheEscapedCanonicalNameWithASuffix() {
    assertThat(IndexNames.configMarker("com.acme.LoggingConfigFile"))
        .isEqualTo("com_acme_LoggingConfigFile_RigIndex");
    assertThat(IndexNames.moduleMarker("com.acme.RigRegistry"))
        .isEqualTo("com_acme_RigRegistry_RigModule");
  }

  @Test
  void namesThatOnlyDifferInDotsAndUnderscoresGetDifferentMarkers() {
    List<String> names =
        List.of("a.b_c.D", "a.b.c.D", "a_b.c.D", "a.b__c.D", "a.b.c_D", "a.b.c.D_RigIndex");

    List<String> markers = names.stream().map(IndexNames::configMarker).toList();

    assertThat(markers).containsNoDuplicates();
    assertThat(IndexNames.configMarker("a.b_c.D")).isEqualTo("a_b__c_D_RigIndex");
  }

  @Test
  void configAndModuleMarkersNeverShareAName() {
    assertThat(IndexNames.configMarker("com.acme.RigRegistry"))
        .isNotEqualTo(IndexNames.moduleMarker("com.acme.RigRegistry"));
  }
}
