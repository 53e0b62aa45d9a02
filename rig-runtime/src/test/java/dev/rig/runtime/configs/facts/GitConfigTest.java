package dev.rig.runtime.configs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitConfigTest {

  private static final GitConfig CONFIG =
      GitConfig.parse(
          """
          # a comment
          [core]
          \tbare = false
          [remote "origin"]
          \turl = https://github.com/acme/auth-service.git
          [remote "upstream"]
          \turl = "git@github.com:platform/auth-service.git" ; trailing comment
          [User]
          \tName = "Ada \\"the Countess\\" Lovelace"
          \temail = ada@example.org # comment
          [user]
          \tname = Ada Lovelace
          [branch.Main]
          \tremote
          """);

  @Test
  void readsQuotedSubsections() {
    assertEquals(
        Optional.of("https://github.com/acme/auth-service.git"),
        CONFIG.get("remote", "origin", "url"));
    assertEquals(
        Optional.of("git@github.com:platform/auth-service.git"),
        CONFIG.get("remote", "upstream", "url"));
  }

  @Test
  void sectionAndKeyNamesIgnoreCaseAndTheLastValueWins() {
    assertEquals(Optional.of("Ada Lovelace"), CONFIG.get("user", null, "name"));
    assertEquals(Optional.of("ada@example.org"), CONFIG.get("USER", null, "Email"));
  }

  @Test
  void aKeyWithoutValueIsTrue() {
    assertEquals(Optional.of("true"), CONFIG.get("branch", "main", "remote"));
  }

  @Test
  void listsSubsectionsInFileOrder() {
    assertEquals(List.of("origin", "upstream"), CONFIG.subsections("remote"));
  }

  @Test
  void missingEntriesAreEmpty() {
    assertEquals(Optional.empty(), CONFIG.get("remote", "fork", "url"));
    assertEquals(Optional.empty(), GitConfig.parse("").get("user", null, "name"));
  }
}
