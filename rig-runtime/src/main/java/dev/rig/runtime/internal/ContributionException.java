package dev.rig.runtime.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contribution that cannot be merged into its file's required content: it sets a value the leaf
 * or another contribution sets differently, or its content does not have the file's shape. The
 * engine reports it before anything is written.
 */
public final class ContributionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String advice;

  private ContributionException(String message, String advice) {
    super(message);
    this.advice = advice;
  }

  /** What the user should do, for the engine's problem report. */
  public String advice() {
    return advice;
  }

  public static ContributionException disagreement(
      String first, boolean firstIsLeaf, String second, List<Object> path) {
    String where = path.isEmpty()
        ? "the whole content"
        : path.stream().map(String::valueOf).collect(Collectors.joining("/"));
    String message =
        "[RigContributionConflict] "
            + (firstIsLeaf ? "the leaf " : "the contribution ")
            + first
            + " and the contribution "
            + second
            + " require different values at "
            + where;
    String advice =
        firstIsLeaf
            ? "a contribution only adds; to change what the leaf requires, override it: add a"
                + " class to this project that extends "
                + first
                + " (with @RigConfig) and sets the value, and @RigConfig(replaces = "
                + second
                + ".class) on a contribution of this project if you still want the rest of it;"
                + " or remove the dependency that brings "
                + second
            : "keep one of them: add a contribution to this project with @RigConfig(replaces = {"
                + first
                + ".class, "
                + second
                + ".class}) that requires the value you want, or remove the dependency that"
                + " brings one of them";
    return new ContributionException(message, advice);
  }

  public static ContributionException shape(String contribution, Object content, String leaf) {
    return new ContributionException(
        "[RigContributionShape] the contribution "
            + contribution
            + " returns "
            + (content == null ? "null" : "a " + content.getClass().getSimpleName())
            + ", but the file of "
            + leaf
            + " holds "
            + "a different kind of content",
        "return a Map<String, Object> (Tree.map) for YAML, JSON, TOML, properties and XML files,"
            + " a List<String> (Tree.list) of lines for text and Markdown files");
  }

  public static String nameOf(Class<?> type) {
    String canonical = type.getCanonicalName();
    return canonical == null ? type.getName() : canonical;
  }
}
