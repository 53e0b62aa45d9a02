package dev.rig.runtime.internal.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one date rig's defaults cannot read from the project: the day a project is first given its
 * standards. It becomes the pom's {@code project.build.outputTimestamp} and the LICENSE year; from
 * then on both are read back from those files, so later runs are deterministic.
 *
 * <p>Source: the {@code SOURCE_DATE_EPOCH} environment variable (the reproducible-builds
 * convention, seconds since 1970) when set, else today's date in UTC. Truncated to the day, so that
 * two runs on one day agree.
 */
public final class CreationDate {

  private CreationDate() {}

  /** Midnight UTC of the creation day. */
  public static Instant today() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    Instant now = Instant.now();
    if (epoch != null && !epoch.isBlank()) {
      try {
        now = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      } catch (NumberFormatException e) {
        // Not a number of seconds: ignored like reproducible-builds tools ignore it.
      }
    }
    return now.truncatedTo(ChronoUnit.DAYS);
  }

  /** {@code 2026-05-14T00:00:00Z}: the form Maven documents for outputTimestamp. */
  public static String asOutputTimestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The year of an outputTimestamp value: ISO-8601 ({@code 2026-01-01T00:00:00Z}) or seconds since
   * 1970, the two forms Maven accepts. Empty for a value it cannot read, such as an unresolved
   * {@code ${git.commit.time}}.
   */
  public static Optional<Integer> yearOf(String outputTimestamp) {
    String value = outputTimestamp.strip();
    try {
      if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
        return Optional.of(
            Instant.ofEpochSecond(Long.parseLong(value)).atOffset(ZoneOffset.UTC).getYear());
      }
      return Optional.of(OffsetDateTime.parse(value).getYear());
    } catch (DateTimeParseException | NumberFormatException e) {
      try {
        return Optional.of(
            LocalDate.parse(value.substring(0, Math.min(10, value.length()))).getYear());
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }
}
