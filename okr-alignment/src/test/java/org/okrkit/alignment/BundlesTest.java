package org.okrkit.alignment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/** okr-alignment's {@code findings} bundle is complete in zh-CN and every key is used. */
class BundlesTest {
  static final Phrasebook.Resources RESOURCES =
      name -> AlignmentRules.class.getResourceAsStream(name);

  /**
   * The prefixes of keys built from data: a finding's template ({@code code + ".message"}), an enum
   * argument's phrase ({@code "level." + level.name()}), a severity, a count's singular or plural
   * ({@code key + ".one"}); and the phrases the phrasebook itself reads ({@code quoted}, {@code
   * list.*}).
   */
  static final List<String> PREFIXES =
      List.of(
          "ALN",
          "level.",
          "direction.",
          "frequency.",
          "severity.",
          "report.errors.",
          "report.warnings.",
          "report.notes.",
          "quoted",
          "list.");

  @Test
  void theFindingsBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("findings", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("findings", RESOURCES, Path.of("src/main/java"), PREFIXES);
  }
}
