package dev.rig.runtime.configs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitRemoteTest {

  @ParameterizedTest
  @CsvSource({
    "https://github.com/acme/auth-service.git, github.com, acme, auth-service",
    "https://github.com/acme/auth-service, github.com, acme, auth-service",
    "https://github.com/acme/auth-service/, github.com, acme, auth-service",
    "https://token@github.com/acme/auth-service.git, github.com, acme, auth-service",
    "git@github.com:acme/auth-service.git, github.com, acme, auth-service",
    "github.com:acme/auth-service, github.com, acme, auth-service",
    "ssh://git@github.com/acme/auth-service.git, github.com, acme, auth-service",
    "ssh://git@GitHub.com:22/acme/auth-service.git, github.com, acme, auth-service",
    "https://gitlab.com/acme/platform/auth-service.git, gitlab.com, acme, auth-service",
  })
  void parsesTheForms(String url, String host, String owner, String repository) {
    assertEquals(Optional.of(new GitRemote(host, owner, repository)), GitRemote.parse(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/srv/git/auth-service.git",
        "../auth-service",
        "file:///srv/git/x.git",
        "https://github.com/"
      })
  void localPathsAndOwnerlessUrlsHaveNoOwner(String url) {
    assertEquals(Optional.empty(), GitRemote.parse(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://github.com/acme/auth-service.git"})
  void knowsGitHub(String url) {
    GitRemote remote = GitRemote.parse(url).orElseThrow();
    assertTrue(remote.onGitHub());
    assertEquals("https://github.com/acme/auth-service", remote.webUrl());
    assertFalse(GitRemote.parse("https://gitlab.com/acme/x").orElseThrow().onGitHub());
  }
}
