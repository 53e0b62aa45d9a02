package dev.rig.processor.validate;

import dev.rig.processor.report.Message;
import dev.rig.processor.report.Reporter;
import dev.rig.processor.resolve.ConfigClass;
import dev.rig.processor.resolve.Conflict;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a {@link Conflict} into an error that reads like Dagger's duplicate bindings: the
 * contested config, one indented line per competing leaf with where it comes from, then the fix as
 * code the user can paste. The error sits on a competing leaf of this compilation when there is
 * one; two leaves that both come from dependencies have no element here to point at.
 */
public final class ConflictReporter {

  // javac indents every line after the first of a diagnostic by two spaces: the leaves and the
  // code below are written two spaces in, and show four spaces in.

  private final Reporter reporter;

  public ConflictReporter(Reporter reporter) {
    this.reporter = reporter;
  }

  public void report(Conflict conflict) {
    List<ConfigClass> leaves = conflict.leaves();
    String leafLines =
        leaves.stream()
            .map(leaf -> "  " + leaf.name() + " (from " + leaf.describeOrigin()
                + ", depth " + leaf.depth() + ")")
            .collect(Collectors.joining("\n"));
    Optional<ConfigClass> local = leaves.stream().filter(ConfigClass::local).findFirst();
    ConfigClass kept = local.orElse(leaves.get(0));
    List<ConfigClass> replaced = leaves.stream().filter(leaf -> leaf != kept).toList();

    String intro;
    String code;
    if (local.isPresent()) {
      intro = "Make " + kept.name() + " take the place of the others";
      code = fix(replaced, kept.simpleName(),
          kept.element().orElseThrow().getSuperclass().toString());
    } else {
      intro = "Add a class to this project that extends one of them and replaces the others";
      code = fix(replaced, conflict.contested().simpleName(), kept.name());
    }
    Object[] args = {conflict.contested().name(), leaves.size(), leafLines, intro, code};
    if (local.isPresent()) {
      reporter.report(kept.element().orElseThrow(), Message.CONFLICT, args);
    } else {
      reporter.report(Message.CONFLICT, args);
    }
  }

  private static String fix(List<ConfigClass> replaced, String simpleName, String superclass) {
    String literals =
        replaced.stream().map(leaf -> leaf.name() + ".class").collect(Collectors.joining(", "));
    if (replaced.size() > 1) {
      literals = "{" + literals + "}";
    }
    return "  @RigConfig(replaces = " + literals + ")\n"
        + "  public class " + simpleName + " extends " + superclass + " { ... }";
  }
}
