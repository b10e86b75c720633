package org.okrkit.core.diff;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/** okr-core's {@code diff} bundle is complete in zh-CN and every key is used. */
class DiffBundleTest {
  static final Phrasebook.Resources RESOURCES = name -> PlanDiff.class.getResourceAsStream(name);

  /**
   * The prefixes of keys built from data: the subject of a change and the kind of a tie ({@code
   * "verb." + kind.name()}), a field's wording ({@code "field." + key}), a value's wording ({@code
   * "value.measure." + direction.name()}) and enum constants ({@code "level." + level.name()}).
   */
  static final List<String> PREFIXES =
      List.of("subject.", "verb.", "field.", "value.", "level.", "objectiveKind.", "frequency.");

  @Test
  void theDiffBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("diff", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("diff", RESOURCES, Path.of("src/main/java"), PREFIXES);
  }
}
