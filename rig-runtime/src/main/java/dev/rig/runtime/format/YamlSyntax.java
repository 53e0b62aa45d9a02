package dev.rig.runtime.format;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The one YAML factory rig uses. Streaming only: Jackson's databind would add a fifth of a second
 * to every run. Loaded the first time a YAML file is read or written, never before.
 */
final class YamlSyntax {

  static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          // "key:" with nothing after it is null, as in every YAML loader; "key: ''" stays "".
          .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // With minimal quotes, a string such as "1.0" or "yes" must still read back as a string.
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
          .build();

  private YamlSyntax() {}
}
