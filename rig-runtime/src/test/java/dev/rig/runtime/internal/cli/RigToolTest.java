package dev.rig.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.configs.RigRegistry;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.testing.BuiltRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build tools' entry point as rig-maven-plugin calls it: JDK types in, the project's registry
 * found on the class path given, rig's words and exit codes out.
 */
class RigToolTest {

  private static final String SERVICES =
      "META-INF/services/" + ConfigRegistry.class.getName();

  @TempDir Path root;
  @TempDir Path classes;

  /** auth-service's registry as its test compilation generates it: rig's defaults, one level down. */
  public static final class AuthServiceRegistry extends BuiltRegistry {
    @Override
    public String coordinates() {
      return "com.acme:auth-service:1.0.0";
    }
  }

  @Test
  void aClassPathWithoutRigSaysWhatToAddAndWritesNothing() throws Exception {
    Tool run = run(new URLClassLoader(new URL[0], null), "com.acme:auth-service", "sync");

    assertEquals(RigCli.ERROR, run.exitCode, run::toString);
    assertEquals(
        "rig: error: no rig registry on com.acme:auth-service's test class path\n"
            + "  add the test dependency dev.rig:rig-runtime, or run rig:init, which adds it\n",
        run.err);
    assertEquals("", run.out);
    assertEmpty(root);
  }

  @Test
  void anotherModulesRegistryIsNotTakenForTheProjectsOwn() throws Exception {
    Tool run = run(listing(AuthServiceRegistry.class), "com.acme:payment-service", "check");

    assertEquals(RigCli.ERROR, run.exitCode, run::toString);
    assertTrue(
        run.err.startsWith(
            "rig: error: [RigNoRegistry] no rig registry was generated for"
                + " com.acme:payment-service: the registries on its classpath are its libraries'\n"
                + "    " + AuthServiceRegistry.class.getName()
                + " from com.acme:auth-service:1.0.0\n"),
        run::toString);
    assertTrue(run.err.contains("likely cause: <proc>none</proc> or -proc:none"), run::toString);
    assertTrue(run.err.contains("dev.rig:rig-processor in its <annotationProcessorPaths>"),
        run::toString);
    assertEmpty(root);
  }

  @Test
  void theProjectsOwnRegistryRunsTheCommand() throws Exception {
    Tool run = run(listing(AuthServiceRegistry.class), "com.acme:auth-service", "check");

    assertEquals(RigCli.DRIFT, run.exitCode, run::toString);
    assertTrue(run.out.contains("    pom.xml (would be created)\n"), run::toString);
    assertTrue(
        run.out.endsWith("rig: run 'mvn rig:sync' to fix them, then review the changes and commit"
            + " them\n"),
        run::toString);
    assertEmpty(root);
  }

  /**
   * A service compiled without {@code -Arig.coordinates}: its registry, from its test compilation,
   * is its own because it was loaded from its target/test-classes; the same registry from a folder
   * outside the project is not.
   */
  @Test
  void aRegistryCompiledIntoTheProjectsTestClassesIsItsOwnWithoutCoordinates() throws Exception {
    Tool inRoot = run(BuiltRegistry.compiledInto(root.resolve("target/test-classes"), RigRegistry.class),
        "com.acme:auth-service", "check");

    assertEquals(RigCli.DRIFT, inRoot.exitCode, inRoot::toString);
    assertTrue(inRoot.out.contains("    pom.xml (would be created)\n"), inRoot::toString);

    Tool elsewhere = run(BuiltRegistry.compiledInto(classes, RigRegistry.class), "com.acme:auth-service", "check");

    assertEquals(RigCli.ERROR, elsewhere.exitCode, elsewhere::toString);
    assertTrue(elsewhere.err.startsWith("rig: error: [RigNoRegistry] no rig registry was generated"
        + " for com.acme:auth-service: the registries on its classpath are its libraries'\n"
        + "    " + BuiltRegistry.class.getName() + "\n"),
        elsewhere::toString);
  }

  @Test
  void aRegistryThatCannotLoadIsAnErrorWithTheFix() throws Exception {
    Path services = classes.resolve(SERVICES);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.acme.auth.RigRegistry\n");
    ClassLoader broken = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);

    Tool run = run(broken, "com.acme:auth-service", "list");

    assertEquals(RigCli.ERROR, run.exitCode, run::toString);
    assertTrue(
        run.err.startsWith(
            "rig: error: [RigRegistry] a rig registry listed in " + SERVICES + " could not"),
        run::toString);
    assertTrue(run.err.contains("rebuild the project from clean (mvn clean test-compile)"),
        run::toString);
  }

  private ClassLoader listing(Class<? extends ConfigRegistry> registry) throws Exception {
    // rig-runtime's own registry is on every rig project's classpath.
    return LibraryClasspath.listing(classes, registry, RigRegistry.class);
  }

  private Tool run(ClassLoader classpath, String module, String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        RigTool.run(
            new String[] {"--root", root.toString(), "--batch", command},
            classpath,
            module,
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());
    return new Tool(exitCode, out.toString(), err.toString());
  }

  private static void assertEmpty(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      assertFalse(files.findAny().isPresent(), "rig wrote into " + folder);
    }
  }

  private record Tool(int exitCode, String out, String err) {}
}
