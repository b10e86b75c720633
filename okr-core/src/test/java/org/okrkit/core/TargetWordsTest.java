package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/** Targets as {@link Target#describe(Locale)} words them, and the {@code target} bundle. */
class TargetWordsTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Phrasebook.Resources RESOURCES = name -> Target.class.getResourceAsStream(name);

  @Test
  void theTargetBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("target", RESOURCES, ZH);
    BundleChecks.checkUsed("target", RESOURCES, Path.of("src/main/java"), List.of());
  }

  @Test
  void everyKindOfTargetReadsInChinese() {
    assertEquals("0 -> 20", Target.increase(0, 20).describe(ZH));
    assertEquals("20", Target.of(20).describe(ZH));
    assertEquals("基线值 200 的 +30%（260）", Target.increaseByPercent(200, 30).describe(ZH));
    assertEquals(
        "基线值 150 的 -20%（120），门槛值 -10%（135），挑战值 -30%（105）",
        Target.decreaseByPercent(150, 20).withThreshold(-10).withStretch(-30).describe(ZH));
    assertEquals(
        "0 -> 20，门槛值 10，挑战值 30",
        Target.increase(0, 20).withThreshold(10).withStretch(30).describe(ZH));
    assertEquals("3 至 5", Target.range(3, 5).describe(ZH));
    assertEquals(
        "里程碑：deck、model ×2（截止 2026-05-01）、data-room",
        Target.milestones(
                Milestone.of("deck"),
                Milestone.builder().name("model").weight(2).due(LocalDate.of(2026, 5, 1)).build(),
                Milestone.of("data-room"))
            .describe(ZH));
  }

  @Test
  void englishIsTheRootAndWhatDescribeWithoutALocaleGives() {
    Target complaints = Target.decreaseByPercent(150, 20).withThreshold(-10).withStretch(-30);
    String english = "-20 % of 150 (120), threshold -10 % (135), stretch -30 % (105)";
    assertEquals(english, complaints.describe());
    assertEquals(english, complaints.describe(Locale.ROOT));
    assertEquals(english, complaints.describe(Locale.ENGLISH));
    // a language okrkit has no translation for reads in English, never in the default locale's
    assertEquals(english, complaints.describe(Locale.GERMAN));
    assertEquals(
        "milestones: model x2 due 2026-05-01",
        Target.milestones(
                Milestone.builder().name("model").weight(2).due(LocalDate.of(2026, 5, 1)).build())
            .describe(Locale.ROOT));
  }

  @Test
  void theDefaultLocaleNeverLeaksIntoEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertEquals("3 to 5", Target.range(3, 5).describe());
      assertEquals("3 to 5 (from 8)", Target.range(3, 5).withBaseline(8).describe(Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aComputedFigureReadsWithoutBinaryNoise() {
    // 1.1 + 1.1 × 10 / 100 is 1.21 in decimals, 1.2100000000000002 in binary
    Target small = Target.increaseByPercent(1.1, 10);
    assertEquals("+10 % of 1.1 (1.21)", small.describe());
    assertEquals("基线值 1.1 的 +10%（1.21）", small.describe(ZH));
  }

  @Test
  void theLocaleIsRequired() {
    assertThrows(NullPointerException.class, () -> Target.of(1).describe(null));
  }
}
