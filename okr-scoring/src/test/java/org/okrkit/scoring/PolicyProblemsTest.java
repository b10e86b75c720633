package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.ProblemException;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/** The settings a scoring policy refuses, as data and in Simplified Chinese. */
class PolicyProblemsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/scoring", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  @Test
  void theZhCnTranslationIsComplete() {
    BundleChecks.checkComplete("problems", FILES, ZH);
  }

  /**
   * Keys built from data: the phrases of what an extension makes ({@code "extension.what." + what})
   * and the codes of an unknown kind, with or without the kinds registered and the module that
   * provides it ({@code "extension.unknown" + ...}).
   */
  static final List<String> DYNAMIC = List.of("extension.what.", "extension.unknown");

  @Test
  void everyKeyIsUsed() {
    BundleChecks.checkUsed("problems", FILES, Path.of("src/main/java"), DYNAMIC);
  }

  @Test
  void aShareAboveOneIsRefusedWithItsCode() {
    ProblemException e =
        assertThrows(
            ProblemException.class, () -> ScoringPolicy.builder().keyResultKpiShare(1.5).build());
    assertEquals("keyResultKpiShare must lie from 0 to 1, got 1.5", e.getMessage());
    assertEquals("policy.keyResultKpiShare", e.code());
    assertEquals(Map.of("share", 1.5), e.arguments());
    assertEquals(e.getMessage(), e.message(Locale.ROOT));
    assertEquals("keyResultKpiShare（关键结果中 KPI 的占比）必须在 0 至 1 之间，实际为 1.5", e.message(ZH));
  }

  @Test
  void tolerancesOutOfOrderInChinese() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> ScoringPolicy.builder().onTrackTolerance(0.3).atRiskTolerance(0.25).build());
    assertEquals(
        "容差须满足 0 <= onTrackTolerance <= atRiskTolerance 且均为有限数，实际为 0.3 和 0.25", e.message(ZH));
  }
}
