package dev.rig.runtime.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreationDateTest {

  @ParameterizedTest
  @CsvSource({
    "2026-03-01T00:00:00Z, 2026",
    "2024-12-31T23:59:59+02:00, 2024",
    "2023-06-01, 2023",
    "1700000000, 2023",
  })
  void readsTheYearOfTheFormsMavenAccepts(String timestamp, int year) {
    assertEquals(Optional.of(year), CreationDate.yearOf(timestamp));
  }

  @Test
  void anUnresolvedPropertyHasNoYear() {
    assertEquals(Optional.empty(), CreationDate.yearOf("${git.commit.time}"));
  }

  @Test
  void todayIsMidnightUtcAndWrittenAsMavenDocumentsIt() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.DAYS);
    Instant today = CreationDate.today();
    Instant after = Instant.now().truncatedTo(ChronoUnit.DAYS);
    if (System.getenv("SOURCE_DATE_EPOCH") == null) {
      assertTrue(today.equals(before) || today.equals(after), today + " is not today");
    }
    assertEquals(today, today.truncatedTo(ChronoUnit.DAYS));
    assertEquals(
        "2026-03-01T00:00:00Z",
        CreationDate.asOutputTimestamp(
            Instant.parse("2026-03-01T00:00:00.123Z").truncatedTo(ChronoUnit.DAYS)));
  }
}
