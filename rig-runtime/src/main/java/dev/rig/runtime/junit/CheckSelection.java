package dev.rig.runtime.junit;

import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.ModuleSelector;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * Decides whether a discovery request asks for the rig test.
 *
 * <p>The check belongs to every run of "the tests": pyrig's session fixture runs whenever pytest
 * runs. So it is contributed when the request selects broadly — classpath roots (console launcher
 * {@code --scan-classpath}), packages or modules (IDE "run all"), or classes. Surefire sends one
 * class selector per test class it found, and an IDE running one test class sends one too, so any
 * class selector counts. A request that selects only methods (an IDE running one test method) is
 * focused on that method and does not get the check; a unique-id selector gets it when it names the
 * rig engine or the rig test (IDE "rerun failed", Surefire's rerun of failing tests).
 *
 * <p>Class-name and package-name filters apply to {@link ProjectFilesInSyncTest}, where the test is
 * filed, as they would to any test class: excluding that class excludes the check.
 *
 * <p>Once the engine has run the check, broad selectors no longer get it: Surefire with {@code
 * forkCount} above 1 sends one request per test class to the same launcher, and the check belongs
 * to the run, not to each class. A unique-id selector still does, so that a rerun reports it.
 */
final class CheckSelection {

  private static final List<Class<? extends DiscoverySelector>> BROAD_SELECTORS =
      List.of(
          ClasspathRootSelector.class,
          PackageSelector.class,
          ModuleSelector.class,
          ClassSelector.class);

  private CheckSelection() {}

  /**
   * @param alreadyChecked whether this engine has run the check before, in an earlier request
   */
  static boolean selects(
      EngineDiscoveryRequest request, UniqueId engineId, boolean alreadyChecked) {
    boolean selectedById =
        request.getSelectorsByType(UniqueIdSelector.class).stream()
            .map(UniqueIdSelector::getUniqueId)
            .anyMatch(id -> namesTheCheck(id, engineId));
    if (selectedById) {
      return true;
    }
    if (alreadyChecked) {
      return false;
    }
    boolean selectedBroadly =
        BROAD_SELECTORS.stream().anyMatch(type -> !request.getSelectorsByType(type).isEmpty());
    return selectedBroadly && passesFilters(request);
  }

  /** {@code [engine:rig]}, its container or its test, but not an id of another engine. */
  private static boolean namesTheCheck(UniqueId selected, UniqueId engineId) {
    return ProjectFilesDescriptors.testId(engineId).hasPrefix(selected);
  }

  private static boolean passesFilters(EngineDiscoveryRequest request) {
    String className = ProjectFilesInSyncTest.class.getName();
    String packageName = ProjectFilesInSyncTest.class.getPackageName();
    return request.getFiltersByType(ClassNameFilter.class).stream()
            .allMatch(filter -> filter.apply(className).included())
        && request.getFiltersByType(PackageNameFilter.class).stream()
            .allMatch(filter -> filter.apply(packageName).included());
  }
}
