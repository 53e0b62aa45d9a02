package dev.rig.runtime.configs.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitFactsTest {

  @TempDir Path folder;

  @Test
  void findsTheRepositoryAboveAModule() throws IOException {
    write(
        folder.resolve(".git/config"),
        "[remote \"origin\"]\n\turl = git@github.com:acme/platform.git\n");
    Path module = Files.createDirectories(folder.resolve("services/auth"));
    assertEquals(
        Optional.of(new GitRemote("github.com", "acme", "platform")), GitFacts.of(module).remote());
  }

  @Test
  void followsAWorktreeToTheMainRepositorysConfig() throws IOException {
    Path main = folder.resolve("main");
    write(
        main.resolve(".git/config"),
        "[remote \"origin\"]\n\turl = https://github.com/acme/x.git\n");
    write(main.resolve(".git/worktrees/feature/commondir"), "../..\n");
    Path worktree = Files.createDirectories(folder.resolve("feature"));
    write(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/feature\n");
    assertEquals("acme", GitFacts.of(worktree).gitHub().orElseThrow().owner());
  }

  @Test
  void prefersOriginElseTheFirstRemote() {
    GitFacts facts =
        GitFacts.of(
            GitConfig.parse(
                "[remote \"fork\"]\nurl = https://github.com/ada/x\n"
                    + "[remote \"origin\"]\nurl = https://github.com/acme/x\n"),
            GitConfig.parse(""));
    assertEquals("acme", facts.remote().orElseThrow().owner());
    GitFacts noOrigin =
        GitFacts.of(
            GitConfig.parse(
                "[remote \"local\"]\n"
                    + "url = /srv/x.git\n"
                    + "[remote \"fork\"]\n"
                    + "url = https://github.com/ada/x\n"),
            GitConfig.parse(""));
    assertEquals("ada", noOrigin.remote().orElseThrow().owner());
  }

  @Test
  void userNameFromTheRepositoryElseTheUsersConfig() {
    GitConfig user = GitConfig.parse("[user]\nname = Grace Hopper\n");
    assertEquals(
        Optional.of("Ada Lovelace"),
        GitFacts.of(GitConfig.parse("[user]\nname = Ada Lovelace\n"), user).userName());
    assertEquals(Optional.of("Grace Hopper"), GitFacts.of(GitConfig.parse(""), user).userName());
    assertEquals(
        Optional.empty(), GitFacts.of(GitConfig.parse(""), GitConfig.parse("")).userName());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
