package dev.rig.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates and updates the project's managed files, then says what it did to each: {@code mvn
 * rig:sync}. It compiles the project first (up to {@code process-test-classes}), so that the
 * registry it runs is the one of the sources as they are now.
 */
@Mojo(name = "sync", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_TEST_CLASSES)
public class SyncMojo extends AbstractRigMojo {

  @Override
  String goal() {
    return "sync";
  }
}
