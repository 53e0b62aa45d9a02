package dev.rig.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists every managed file with the config class in charge of it, what that class overrides, its
 * depth and the library it comes from, followed by the contributions other libraries add to it (each
 * with its library): {@code mvn rig:list}. Compiles the project first, as {@code
 * sync} does.
 */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_TEST_CLASSES)
public class ListMojo extends AbstractRigMojo {

  @Override
  String goal() {
    return "list";
  }
}
