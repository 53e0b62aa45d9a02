package dev.rig.runtime.configs.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on a git host, as a remote URL names it.
 *
 * @param host the host name, lower case: {@code github.com}
 * @param owner the account or organisation that owns the repository: {@code acme}
 * @param repository the repository's name without {@code .git}: {@code auth-service}
 */
public record GitRemote(String host, String owner, String repository) {

  /** scheme://[user@]host[:port]/owner/.../repo[.git] */
  private static final Pattern URL =
      Pattern.compile(
          "^[a-z][a-z0-9+.-]*://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)$", Pattern.CASE_INSENSITIVE);

  /** [user@]host:owner/repo[.git], git's scp-like form. */
  private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^/:]+):(?!//)(.+)$");

  /** Parses the URL of a remote, or returns empty for local paths and URLs without an owner. */
  public static Optional<GitRemote> parse(String url) {
    String trimmed = url.strip();
    Matcher matcher = URL.matcher(trimmed);
    if (!matcher.matches()) {
      matcher = SCP.matcher(trimmed);
      if (!matcher.matches()) {
        return Optional.empty();
      }
    }
    String host = matcher.group(1).toLowerCase(Locale.ROOT);
    String path = matcher.group(2);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.endsWith(".git")) {
      path = path.substring(0, path.length() - ".git".length());
    }
    int lastSlash = path.lastIndexOf('/');
    if (lastSlash <= 0 || lastSlash == path.length() - 1) {
      return Optional.empty();
    }
    String owner = path.substring(0, lastSlash);
    int ownerSlash = owner.indexOf('/');
    // GitLab groups nest (group/subgroup/repo); the owner is the top-level group.
    if (ownerSlash > 0) {
      owner = owner.substring(0, ownerSlash);
    }
    return Optional.of(new GitRemote(host, owner, path.substring(lastSlash + 1)));
  }

  /** Whether the repository is on github.com, so that GitHub URLs (badges, Pages) exist. */
  public boolean onGitHub() {
    return host.equals("github.com");
  }

  /** {@code https://github.com/acme/auth-service}. */
  public String webUrl() {
    return "https://" + host + "/" + owner + "/" + repository;
  }
}
