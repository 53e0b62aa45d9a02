package dev.rig.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internal: the index entry of one module. rig-processor writes it on a generated marker class in
 * the package {@value #INDEX_PACKAGE}, one per module that generated a registry, so that a later
 * compilation with this module's jar on its classpath learns the module's configs, its depth and
 * its coordinates by reading one class, without loading any config class. It also lets the
 * compilation of the same module's test sources recognise that its registry already exists. Not
 * for hand-written code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RigModuleEntry {

  /** The package every marker class is generated in, in every jar. */
  String INDEX_PACKAGE = "dev.rig.index";

  /**
   * Canonical name of the module's generated registry class, which creates the module's configs
   * for the registries of later modules.
   */
  String registry();

  /** Depth of the module: rig-runtime's defaults are 0. */
  int depth();

  /** Maven coordinates {@code groupId:artifactId:version} of the module, or empty if unknown. */
  String coordinates() default "";

  /** The module's {@link RigConfig} classes, sorted by canonical name. */
  Config[] configs() default {};

  /** The module's contribution classes, sorted by canonical name. */
  Contribution[] contributions() default {};

  /** One contribution class of the module: the config it adds to, and what it replaces. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Contribution {

    /** Canonical name of the contribution class. */
    String name();

    /** Canonical name of the config whose file it adds to. */
    String target();

    /** Canonical names of the contributions its {@code @RigConfig(replaces = ...)} names. */
    String[] replaces() default {};
  }

  /** One config class of the module, and what it overrides. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Config {

    /** Canonical name of the config class. */
    String name();

    /** Canonical name of its nearest superclass that is a config, or empty when none is. */
    String parent() default "";

    /** Canonical names of the configs its {@code @RigConfig(replaces = ...)} names. */
    String[] replaces() default {};
  }
}
