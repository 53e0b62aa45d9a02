package dev.rig.bench.probe;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A test run as Surefire starts one in its forked JVM: the JUnit Platform launcher, every engine
 * on the class path, one test class selected. Prints the counts and exits 1 when a test failed,
 * so that a benchmark can tell whether rig's engine took part.
 *
 * <p>Usage: {@code TestRunProbe TEST_CLASS}.
 */
public final class TestRunProbe {

  private TestRunProbe() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(args[0])).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    PrintWriter out = new PrintWriter(System.out, true);
    summary.printFailuresTo(out, 20);
    out.printf("tests-succeeded=%d tests-failed=%d%n", summary.getTestsSucceededCount(), summary.getTotalFailureCount());
    System.exit(summary.getTotalFailureCount() == 0 ? 0 : 1);
  }
}
