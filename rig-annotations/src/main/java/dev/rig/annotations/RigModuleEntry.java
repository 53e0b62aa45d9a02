package dev.rig.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internal: written by rig-processor on a generated marker class in
 * {@value RigIndexEntry#INDEX_PACKAGE}, one per module that generated a registry. It carries the
 * module's depth even when the module declares no config of its own, and lets the compilation of
 * the same module's test sources recognise that its registry already exists.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RigModuleEntry {

  /** Canonical name of the module's generated registry class. */
  String registry();

  /** Depth of the module. */
  int depth();

  /** Maven coordinates {@code groupId:artifactId:version} of the module, or empty if unknown. */
  String coordinates() default "";
}
