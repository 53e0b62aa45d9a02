package dev.rig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on builds whose failure message shows the build's output. */
final class Expect {

  private Expect() {}

  static void succeeded(ProcessResult result) {
    if (!result.succeeded()) {
      fail("expected the build to succeed: " + result);
    }
  }

  static void failed(ProcessResult result, int exitCode) {
    assertEquals(exitCode, result.exitCode(), () -> "unexpected exit code: " + result);
  }

  static void printed(ProcessResult result, String... expected) {
    for (String text : expected) {
      if (!result.output().contains(text)) {
        fail("expected the output to contain\n" + text + "\nbut it did not: " + result);
      }
    }
  }

  static void notPrinted(ProcessResult result, String unexpected) {
    if (result.output().contains(unexpected)) {
      fail("expected the output not to contain\n" + unexpected + "\nbut it did: " + result);
    }
  }

  static void contains(String actual, String expected, String what) {
    if (!actual.contains(expected)) {
      fail("expected " + what + " to contain\n" + expected + "\nbut it is:\n" + actual);
    }
  }
}
