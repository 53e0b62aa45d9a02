package dev.rig.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * rig-runtime's entry point for build tools ({@code dev.rig.runtime.internal.cli.RigTool}), loaded
 * from a
 * class path of the project's (or a base's) own, in a class loader that shares nothing with Maven's
 * but the JDK: the project's rig, its Jackson and its configs run exactly as in its test run.
 */
final class RigTool {

  static final String ENTRY_POINT = "dev.rig.runtime.internal.cli.RigTool";

  private RigTool() {}

  /**
   * Runs one rig command line on {@code classpath}.
   *
   * @param module {@code groupId:artifactId} of the project whose own registry the command needs,
   *     or empty
   */
  static RigRun run(List<Path> classpath, List<String> args, String module)
      throws MojoExecutionException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
      Method run = entryPoint(loader);
      thread.setContextClassLoader(loader);
      int exitCode;
      try (PrintWriter outWriter = new PrintWriter(out);
          PrintWriter errWriter = new PrintWriter(err)) {
        exitCode =
            (Integer)
                run.invoke(
                    null,
                    args.toArray(String[]::new),
                    loader,
                    module,
                    outWriter,
                    errWriter,
                    System.getenv());
      }
      return new RigRun(exitCode, out.toString(), err.toString());
    } catch (InvocationTargetException e) {
      throw new MojoExecutionException(
          "rig stopped with an internal error, please report it: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException | IOException e) {
      throw new MojoExecutionException("could not run rig: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Whether a class path holds rig-runtime (a version with the build tools' entry point). */
  static boolean isOn(List<Path> classpath) {
    try (URLClassLoader loader =
        new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
      return loader.getResource(ENTRY_POINT.replace('.', '/') + ".class") != null;
    } catch (IOException | MojoExecutionException e) {
      return false;
    }
  }

  private static Method entryPoint(ClassLoader loader) throws MojoExecutionException {
    try {
      return Class.forName(ENTRY_POINT, true, loader)
          .getMethod(
              "run",
              String[].class,
              ClassLoader.class,
              String.class,
              PrintWriter.class,
              PrintWriter.class,
              Map.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new MojoExecutionException(
          "the rig-runtime on this class path has no "
              + ENTRY_POINT
              + ": use the rig-runtime of this plugin's version (rig's default pom keeps both at"
              + " one version)");
    }
  }

  private static URL[] urls(List<Path> classpath) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("cannot use " + entry + " on a class path: " + e, e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}
