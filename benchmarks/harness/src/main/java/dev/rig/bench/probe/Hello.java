package dev.rig.bench.probe;

/** The baseline of every start-up figure: a JVM that starts, prints one line and exits. */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
