package dev.rig.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a concrete, public subclass of {@code dev.rig.runtime.ConfigFile} as a managed file of
 * this project and of every project that depends on it.
 *
 * <p>rig-processor indexes every annotated class, keeps only the most-derived config for each
 * file (the leaf) across all dependencies, and generates a {@code RigRegistry} and a
 * {@code RigMain} for the project. A subclass of a config overrides it; {@link #replaces()} lets
 * a class override configs it does not extend, which is how a project resolves a conflict between
 * two libraries that both override the same config.
 *
 * <p>The same annotation marks a <em>contribution</em>: a public subclass of {@code
 * dev.rig.runtime.Contribution<C>}, which adds required content to the file of the config {@code
 * C} without overriding it. On a contribution, {@link #replaces()} names other contributions it
 * takes the place of.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RigConfig {

  /**
   * Configs that this class takes the place of although it does not extend them. Each must be a
   * config class that is not already an ancestor of the annotated class.
   */
  Class<?>[] replaces() default {};
}
