package dev.rig.runtime.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectModule;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Which requests get the rig test, and what the test looks like to reports and IDEs. */
class RigTestEngineDiscoveryTest {

  /** What Surefire sends: one class selector per test class it found in the module. */
  @Test
  void surefiresClassSelectorsGetExactlyOneTest() {
    TestDescriptor engine =
        discover(
            List.of(selectClass("com.example.FirstTest"), selectClass("com.example.SecondTest")));

    assertThat(tests(engine))
        .containsExactly(
            "[engine:rig]/[class:dev.rig.runtime.junit.ProjectFilesInSyncTest]/[check:project-files]");
  }

  /** The launcher finds the engine through META-INF/services, under the id "rig". */
  @Test
  void theEngineIsRegisteredAsRig() {
    TestDescriptor engine =
        EngineTestKit.engine("rig")
            .enableImplicitConfigurationParameters(false)
            .selectors(selectClass("com.example.FirstTest"))
            .discover()
            .getEngineDescriptor();

    assertThat(tests(engine)).hasSize(1);
  }

  @Test
  void theTestIsFiledUnderAClassSoThatSurefireReportsIt() {
    TestDescriptor engine = discover(List.of(selectClass("com.example.FirstTest")));

    TestDescriptor container = engine.getChildren().iterator().next();
    TestDescriptor test = container.getChildren().iterator().next();
    assertThat(engine.getDisplayName()).isEqualTo("rig");
    assertThat(container.isContainer()).isTrue();
    assertThat(container.getSource())
        .contains(ClassSource.from(ProjectFilesInSyncTest.class.getName()));
    assertThat(test.isTest()).isTrue();
    assertThat(test.getDisplayName()).isEqualTo("project files are in sync");
    assertThat(test.getSource()).isEmpty();
  }

  @Test
  void classpathScansPackagesAndModulesGetTheTest() {
    assertThat(
            tests(
                discover(
                    List.of(selectClasspathRoots(Set.of(Path.of("target/test-classes"))).get(0)))))
        .hasSize(1);
    assertThat(tests(discover(List.of(selectPackage("com.example"))))).hasSize(1);
    assertThat(tests(discover(List.of(selectPackage(""))))).hasSize(1);
    assertThat(tests(discover(List.of(selectModule("com.example.app"))))).hasSize(1);
  }

  /** An IDE running one test method: the user is focused on that method. */
  @Test
  void aRequestForSingleMethodsDoesNotGetTheTest() {
    TestDescriptor engine = discover(List.of(selectMethod("com.example.FirstTest#works")));

    assertThat(engine.getChildren()).isEmpty();
  }

  @Test
  void anEmptyRequestDoesNotGetTheTest() {
    assertThat(discover(List.of()).getChildren()).isEmpty();
  }

  /** IDE "rerun failed tests" and Surefire's rerunFailingTestsCount select by unique id. */
  @Test
  void aUniqueIdOfTheRigEngineSelectsTheTest() {
    String testId =
        "[engine:rig]/[class:dev.rig.runtime.junit.ProjectFilesInSyncTest]/[check:project-files]";

    assertThat(tests(discover(List.of(selectUniqueId(testId))))).containsExactly(testId);
    assertThat(tests(discover(List.of(selectUniqueId("[engine:rig]"))))).containsExactly(testId);
  }

  @Test
  void aUniqueIdOfAnotherEngineDoesNotSelectTheTest() {
    TestDescriptor engine =
        discover(List.of(selectUniqueId("[engine:junit-jupiter]/[class:com.example.FirstTest]")));

    assertThat(engine.getChildren()).isEmpty();
  }

  /** The console launcher's default --include-classname pattern. */
  @Test
  void theConsoleLaunchersDefaultClassNameFilterKeepsTheTest() {
    Filter<?> consoleDefault =
        ClassNameFilter.includeClassNamePatterns("^(Test.*|.+[.$]Test.*|.*Tests?)$");

    assertThat(
            tests(
                discover(
                    List.of(selectClasspathRoots(Set.of(Path.of("."))).get(0)), consoleDefault)))
        .hasSize(1);
  }

  @Test
  void excludingTheClassOrItsPackageExcludesTheTest() {
    DiscoverySelector scan = selectPackage("");

    assertThat(
            discover(
                    List.of(scan),
                    ClassNameFilter.excludeClassNamePatterns(".*ProjectFilesInSync.*"))
                .getChildren())
        .isEmpty();
    assertThat(
            discover(List.of(scan), PackageNameFilter.includePackageNames("com.example"))
                .getChildren())
        .isEmpty();
  }

  private static TestDescriptor discover(List<DiscoverySelector> selectors, Filter<?>... filters) {
    return EngineTestKit.engine(new RigTestEngine())
        .enableImplicitConfigurationParameters(false)
        .selectors(selectors)
        .filters(filters)
        .discover()
        .getEngineDescriptor();
  }

  private static List<String> tests(TestDescriptor engine) {
    return engine.getDescendants().stream()
        .filter(TestDescriptor::isTest)
        .map(descriptor -> descriptor.getUniqueId().toString())
        .collect(Collectors.toList());
  }
}
