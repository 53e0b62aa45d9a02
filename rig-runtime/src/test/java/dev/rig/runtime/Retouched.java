package dev.rig.runtime;

import dev.rig.runtime.content.Document;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A config that behaves like another one with one of {@link ConfigFile}'s overridable members
 * changed, as a subclass overriding it would: for tests that change every member of every default
 * without writing a subclass for each.
 */
public final class Retouched<T> extends ConfigFile<T> {

  /** Which member is changed. */
  public enum Member { CONFIGS, PARENT_PATH, FILE_NAME, PRIORITY, VERSION_CONTROL_IGNORED, REMOVABLE }

  private final ConfigFile<T> base;
  private final Member member;
  private final UnaryOperator<T> content;

  private Retouched(ConfigFile<T> base, Member member, UnaryOperator<T> content) {
    this.base = base;
    this.member = member;
    this.content = content;
  }

  /** {@code base} with {@code member} changed; {@code content} changes what configs() returns. */
  public static <T> Retouched<T> of(ConfigFile<T> base, Member member, UnaryOperator<T> content) {
    return new Retouched<>(base, member, content);
  }

  private ConfigFile<T> base() {
    return base.attach(project());
  }

  @Override
  protected T configs() {
    T required = base().configs();
    return member == Member.CONFIGS ? content.apply(required) : required;
  }

  @Override
  protected Path parentPath() {
    return member == Member.PARENT_PATH ? Path.of("moved").resolve(base().parentPath())
        : base().parentPath();
  }

  @Override
  protected String fileName() {
    return member == Member.FILE_NAME ? "renamed-" + base().fileName() : base().fileName();
  }

  @Override
  protected String extension() {
    return base().extension();
  }

  @Override
  protected int priority() {
    return member == Member.PRIORITY ? base().priority() + 500 : base().priority();
  }

  @Override
  protected boolean versionControlIgnored() {
    return member == Member.VERSION_CONTROL_IGNORED ? !base().versionControlIgnored()
        : base().versionControlIgnored();
  }

  @Override
  protected boolean removable() {
    return member == Member.REMOVABLE ? !base().removable() : base().removable();
  }

  @Override
  protected T parse(String text) throws MalformedFileException {
    return base().parse(text);
  }

  @Override
  protected Document<T> open(String text) throws MalformedFileException {
    return base().open(text);
  }

  @Override
  protected String render(T content) {
    return base().render(content);
  }

  @Override
  protected boolean contains(T actual, T required) {
    return base().contains(actual, required);
  }

  @Override
  protected java.util.List<dev.rig.runtime.content.Edit> edits(T actual, T required) {
    return base().edits(actual, required);
  }

  @Override
  protected T normalize(T content) {
    return base().normalize(content);
  }
}
