package dev.rig.runtime.junit;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The rig engine's tree: the engine, one class container filed under {@link
 * ProjectFilesInSyncTest}, and in it the single test "project files are in sync".
 *
 * <p>Shaped for Surefire 3's reporting: it opens a report (console line and XML file) only for a
 * container with a {@link ClassSource}, and it names a test after its display name only when the
 * test has no class or method source of its own (a test with a class source gets an empty name in
 * the XML report). So the container carries the source and the test none.
 *
 * <p>The container's display name is the class's full name. Surefire files a test without a
 * source under its parent's display name, and 3.5.3 keeps the counts of each name apart (<a
 * href="https://github.com/apache/maven-surefire/issues/834">maven-surefire#834</a>, fixed by
 * SUREFIRE-2298 in 3.5.4): with the simple name, the test's failure was counted under a name whose
 * report never closes, and the build passed with "Tests run: 0".
 */
final class ProjectFilesDescriptors {

  static final String DISPLAY_NAME = "project files are in sync";

  private static final String CLASS_SEGMENT = "class";
  private static final String TEST_SEGMENT = "check";
  private static final String TEST_ID = "project-files";

  private ProjectFilesDescriptors() {}

  static UniqueId containerId(UniqueId engineId) {
    return engineId.append(CLASS_SEGMENT, ProjectFilesInSyncTest.class.getName());
  }

  static UniqueId testId(UniqueId engineId) {
    return containerId(engineId).append(TEST_SEGMENT, TEST_ID);
  }

  /** Adds the container and the test below {@code engine}. */
  static void addTo(EngineDescriptor engine) {
    UniqueId engineId = engine.getUniqueId();
    TestDescriptor container =
        new Node(
            containerId(engineId),
            ProjectFilesInSyncTest.class.getName(),
            ClassSource.from(ProjectFilesInSyncTest.class.getName()),
            TestDescriptor.Type.CONTAINER);
    container.addChild(new Node(testId(engineId), DISPLAY_NAME, null, TestDescriptor.Type.TEST));
    engine.addChild(container);
  }

  private static final class Node extends AbstractTestDescriptor {

    private final Type type;

    Node(UniqueId id, String displayName, TestSource source, Type type) {
      super(id, displayName, source);
      this.type = type;
    }

    @Override
    public Type getType() {
      return type;
    }
  }
}
