package dev.rig.runtime.junit;

/**
 * Where test reports and IDEs file rig's "project files are in sync" test. Nothing runs here: the
 * test is contributed by {@link RigTestEngine}, which finds the project's deepest registry, syncs
 * the project's files and fails when it had to change any.
 *
 * <p>The name ends in {@code Test} on purpose: Surefire's default includes and the JUnit console
 * launcher's default class-name filter both accept it, so the check runs under their defaults, and
 * Surefire can find it in rig-runtime's jar through {@code dependenciesToScan}.
 *
 * <p>Settings (JUnit configuration parameters or system properties): {@code rig.check.skip=true}
 * turns the check off, {@code rig.check.mode=check} reports drift without writing, {@code rig.root}
 * sets the project root (default: Maven's {@code basedir}, else the working directory).
 */
public final class ProjectFilesInSyncTest {

  private ProjectFilesInSyncTest() {}
}
