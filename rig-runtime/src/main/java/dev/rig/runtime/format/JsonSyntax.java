package dev.rig.runtime.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The JSON factory and layout rig uses: Jackson's streaming API, never databind. */
final class JsonSyntax {

  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonSyntax() {}

  /**
   * Two-space indents, {@code "key": value}, one array item per line, {@code {}} and {@code []} for
   * empty values, and {@code \n} whatever the platform's line separator.
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
