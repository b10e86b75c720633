package org.okrkit.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/**
 * okr-scoring's bundles are complete in zh-CN and every key is used: {@code explanation}
 * (explanations), {@code scorecard} (the tables of scorecards and histories) and {@code lifecycle}
 * (calibration and rollovers).
 */
class BundlesTest {
  static final Path MAIN = Path.of("src/main/java");

  /** Opens a file of this package's bundles, or of the lifecycle package's ({@code lifecycle/}). */
  static final Phrasebook.Resources RESOURCES =
      name ->
          Renderer.class.getResourceAsStream(
              name.startsWith("lifecycle") ? "lifecycle/" + name : name);

  /**
   * The prefixes of the explanation keys {@link Renderer} builds from data: from the kind of an
   * explanation, formula, step or source, or from an enum constant ({@code "band." + band.name()});
   * {@code number.none} is read by the phrasebook itself.
   */
  static final List<String> EXPLANATION_PREFIXES =
      List.of(
          "subject.",
          "source.",
          "formula.",
          "term.",
          "step.",
          "statusRule.",
          "paceTolerance.",
          "pace.",
          "band.",
          "status.",
          "direction.",
          "objectiveKind.",
          "level.",
          "frequency.",
          "number.");

  /**
   * The prefixes of the lifecycle keys built from data: the kinds of calibration flag and of
   * rollover step ({@code "rollover.kind." + kind.name()}), and a closed element's step without a
   * final score ({@code key + ".unscored"}).
   */
  static final List<String> LIFECYCLE_PREFIXES =
      List.of(
          "calibration.kind.",
          "calibration.message.",
          "rollover.kind.",
          "step.objectiveClosed.",
          "step.keyResultClosed.");

  @Test
  void theExplanationBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("explanation", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("explanation", RESOURCES, MAIN, EXPLANATION_PREFIXES);
  }

  @Test
  void theScorecardBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("scorecard", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("scorecard", RESOURCES, MAIN, List.of());
  }

  @Test
  void theLifecycleBundleIsCompleteInChineseAndUsed() {
    BundleChecks.checkComplete("lifecycle", RESOURCES, Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed("lifecycle", RESOURCES, MAIN, LIFECYCLE_PREFIXES);
  }
}
