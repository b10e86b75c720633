package org.okrkit.tables;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/** The bundle of table problems is complete in zh-CN, and every key is used. */
class TablesBundleTest {
  static final Phrasebook.Resources RESOURCES =
      name -> TableProblem.class.getResourceAsStream(name);

  /**
   * The phrases of a column's type, read from the {@link ColumnType} constant ({@code
   * columnType.TEXT}).
   */
  static final List<String> PREFIXES = List.of("columnType.");

  @Test
  void theBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("problems", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("problems", RESOURCES, Path.of("src/main/java"), PREFIXES);
  }
}
