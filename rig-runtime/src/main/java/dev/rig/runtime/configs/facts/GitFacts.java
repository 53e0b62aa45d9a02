package dev.rig.runtime.configs.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the project's git repository says about who owns it, read from git's config files without
 * running {@code git}.
 *
 * <p>The repository is the nearest folder at or above the project root that holds {@code .git} (a
 * folder, or a file with {@code gitdir:} as in worktrees and submodules). The remote is {@code
 * origin}, else the first remote the config lists.
 */
public final class GitFacts {

  private final GitConfig repositoryConfig;
  private final Supplier<GitConfig> userConfig;

  private GitFacts(GitConfig repositoryConfig, Supplier<GitConfig> userConfig) {
    this.repositoryConfig = repositoryConfig;
    this.userConfig = userConfig;
  }

  /**
   * The facts of the repository that holds {@code root}, falling back to the current user's global
   * config (read only when asked for, as it differs between machines).
   */
  public static GitFacts of(Path root) {
    return new GitFacts(
        repositoryConfigFile(root).map(GitConfig::read).orElse(GitConfig.parse("")),
        GitFacts::userConfig);
  }

  /** Facts from given configs, without looking at any file: for tests and callers that know. */
  static GitFacts of(GitConfig repositoryConfig, GitConfig userConfig) {
    return new GitFacts(repositoryConfig, () -> userConfig);
  }

  /** The repository's remote, when its URL names an owner and a repository. */
  public Optional<GitRemote> remote() {
    Optional<String> origin = repositoryConfig.get("remote", "origin", "url");
    if (origin.isPresent()) {
      return origin.flatMap(GitRemote::parse);
    }
    for (String name : repositoryConfig.subsections("remote")) {
      Optional<GitRemote> remote =
          repositoryConfig.get("remote", name, "url").flatMap(GitRemote::parse);
      if (remote.isPresent()) {
        return remote;
      }
    }
    return Optional.empty();
  }

  /** The repository's remote when it is on GitHub. */
  public Optional<GitRemote> gitHub() {
    return remote().filter(GitRemote::onGitHub);
  }

  /**
   * {@code user.name} from the repository's config, else from the user's global config ({@code
   * ~/.gitconfig}, then {@code $XDG_CONFIG_HOME/git/config}).
   */
  public Optional<String> userName() {
    return repositoryConfig
        .get("user", null, "name")
        .or(() -> userConfig.get().get("user", null, "name"));
  }

  /**
   * The folder at or above {@code root} that holds {@code .git} (a folder, or a file as in
   * worktrees and submodules): the top of the repository's work tree; empty outside a repository.
   */
  public static Optional<Path> workTree(Path root) {
    for (Path dir = root.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      if (Files.isDirectory(dotGit) || Files.isRegularFile(dotGit)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> repositoryConfigFile(Path root) {
    return workTree(root).flatMap(dir -> {
      Path dotGit = dir.resolve(".git");
      if (Files.isDirectory(dotGit)) {
        return Optional.of(commonDir(dotGit).resolve("config"));
      }
      return gitDirOf(dotGit).map(gitDir -> commonDir(gitDir).resolve("config"));
    });
  }

  /** A {@code .git} file says {@code gitdir: <path>}, relative to the file's folder or absolute. */
  private static Optional<Path> gitDirOf(Path dotGitFile) {
    try {
      String text = Files.readString(dotGitFile, StandardCharsets.UTF_8).strip();
      if (!text.startsWith("gitdir:")) {
        return Optional.empty();
      }
      return Optional.of(
          dotGitFile.getParent().resolve(text.substring("gitdir:".length()).strip()).normalize());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A worktree's git dir points at the main repository, whose config holds the remotes. */
  private static Path commonDir(Path gitDir) {
    Path commonDirFile = gitDir.resolve("commondir");
    if (Files.isRegularFile(commonDirFile)) {
      try {
        return gitDir
            .resolve(Files.readString(commonDirFile, StandardCharsets.UTF_8).strip())
            .normalize();
      } catch (IOException e) {
        return gitDir;
      }
    }
    return gitDir;
  }

  private static GitConfig userConfig() {
    String home = System.getProperty("user.home", "");
    String xdg = System.getenv("XDG_CONFIG_HOME");
    List<Path> candidates = new ArrayList<>();
    if (!home.isEmpty()) {
      candidates.add(Path.of(home, ".gitconfig"));
    }
    if (xdg != null && !xdg.isBlank()) {
      candidates.add(Path.of(xdg, "git", "config"));
    } else if (!home.isEmpty()) {
      candidates.add(Path.of(home, ".config", "git", "config"));
    }
    for (Path candidate : candidates) {
      GitConfig config = GitConfig.read(candidate);
      if (config.get("user", null, "name").isPresent()) {
        return config;
      }
    }
    return GitConfig.parse("");
  }
}
