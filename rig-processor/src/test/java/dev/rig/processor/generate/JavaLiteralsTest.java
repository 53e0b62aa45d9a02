package dev.rig.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

class JavaLiteralsTest {

  @Test
  void writesTheSameLiteralAsJavaPoet() {
    for (String value :
        new String[] {
          "",
          "com.acme.A",
          "com.acme.A com.acme.B\ncom.acme.C\n",
          "one\ntwo",
          "quote \" apostrophe ' backslash \\ tab \t cr \r ff \f bs \b",
          "control \u0001 \u007f and beyond: é ☃ \uD83D\uDE00",
          "\n\n",
        }) {
      assertEquals(
          CodeBlock.of("$S", value).toString(),
          CodeBlock.of("$L", JavaLiterals.quoted(value, SourceFiles.INDENT)).toString(),
          value);
    }
  }
}
