package dev.rig.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Class paths resolved from the build's repositories, for the goals that run on a library's rig
 * rather than a project's: {@code new} (a base known only by its coordinates) and {@code init} in
 * a project that has no rig yet.
 */
final class Repositories {

  static final String RIG_RUNTIME = "dev.rig:rig-runtime";

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> remotes;

  Repositories(
      RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> remotes) {
    this.system = system;
    this.session = session;
    this.remotes = remotes;
  }

  /**
   * The jars of the given artifacts ({@code groupId:artifactId:version}) and everything they need
   * at run time, versions mediated as Maven does for a project that declares them.
   */
  List<Path> classpath(List<String> coordinates) throws MojoFailureException {
    CollectRequest collect = new CollectRequest();
    for (String each : coordinates) {
      collect.addDependency(new Dependency(new DefaultArtifact(each), "compile"));
    }
    collect.setRepositories(remotes);
    try {
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult result :
          system
              .resolveDependencies(session, new DependencyRequest(collect, null))
              .getArtifactResults()) {
        jars.add(result.getArtifact().getFile().toPath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MojoFailureException(
          "could not resolve "
              + String.join(", ", coordinates)
              + " from the build's repositories: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The rig-runtime version a library declares itself (a base declares it {@code provided}, so it
   * is not among what the base passes on), if it declares one.
   */
  Optional<String> rigRuntimeVersionOf(String coordinates) throws MojoFailureException {
    Artifact library = new DefaultArtifact(coordinates);
    try {
      return system
          .readArtifactDescriptor(session, new ArtifactDescriptorRequest(library, remotes, null))
          .getDependencies()
          .stream()
          .map(Dependency::getArtifact)
          .filter(a -> (a.getGroupId() + ":" + a.getArtifactId()).equals(RIG_RUNTIME))
          .map(Artifact::getVersion)
          .findFirst();
    } catch (ArtifactDescriptorException e) {
      throw new MojoFailureException(
          "could not read " + coordinates + " from the build's repositories: " + e.getMessage(), e);
    }
  }
}
