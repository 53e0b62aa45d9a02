package dev.rig.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internal: written by rig-processor on a generated marker class in the package
 * {@value #INDEX_PACKAGE}, one per {@link RigConfig} class, so that a later compilation that has
 * this one's output on its classpath finds the config. Not for hand-written code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RigIndexEntry {

  /** The package every marker class is generated in. */
  String INDEX_PACKAGE = "dev.rig.index";

  /** Canonical name of the config class. */
  String config();

  /** Depth of the module that declared the config: rig-runtime's defaults are 0. */
  int depth();

  /** Maven coordinates {@code groupId:artifactId:version} of that module, or empty if unknown. */
  String coordinates() default "";
}
