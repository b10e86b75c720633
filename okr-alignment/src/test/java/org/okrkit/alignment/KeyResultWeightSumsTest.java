package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** ALN015: an objective's key-result weights add up to 1, when the configuration asks for it. */
class KeyResultWeightSumsTest {
  private static final AlignmentAnalyzer CHECKING =
      AlignmentAnalyzer.builder()
          .addRule(AlignmentRules.keyResultWeightSums())
          .config(AlignmentConfig.defaults().withKeyResultWeightsSumToOne(true))
          .build();

  /** The marketing plan with its three key results given these weights (null: none). */
  private static Plan marketing(Double partners, Double mentions, Double forums) {
    Plan plan = SeedPlans.marketing();
    Double[] weights = {partners, mentions, forums};
    String[] ids = {"KR-partners", "KR-mentions", "KR-forums"};
    for (int i = 0; i < ids.length; i++) {
      if (weights[i] != null) {
        plan = plan.withKeyResult(plan.keyResult(ids[i]).orElseThrow().withWeight(weights[i]));
      }
    }
    return plan;
  }

  private static List<String> messages(Plan plan, AlignmentAnalyzer analyzer) {
    return analyzer.analyze(plan).findings().stream()
        .filter(f -> f.code().equals("ALN015"))
        .map(f -> f.severity() + " " + f.ids() + ": " + f.message())
        .collect(Collectors.toList());
  }

  @Test
  void weightsThatMakeTheWholeOrLeaveAShareAreFine() {
    assertEquals(List.of(), messages(marketing(0.5, 0.3, 0.2), CHECKING));
    assertEquals(List.of(), messages(marketing(0.5, null, null), CHECKING));
  }

  @Test
  void weightsThatMissTheWholeAreErrors() {
    assertEquals(
        List.of(
            "ERROR [O-influence, KR-partners, KR-mentions, KR-forums]: the key-result weights of"
                + " objective 'O-influence' add up to 1.2; expected 1 within 0.000001"),
        messages(marketing(0.5, 0.5, 0.2), CHECKING));
    assertEquals(
        List.of(
            "ERROR [O-influence, KR-partners, KR-mentions, KR-forums]: the key results of"
                + " objective 'O-influence' that have weights add up to 1, leaving nothing for the 1"
                + " without one; expected less than 1"),
        messages(marketing(0.5, 0.5, null), CHECKING));
    // a plan without weights: each objective's given weights add up to 0, below 1
    assertEquals(List.of(), messages(SeedPlans.marketing(), CHECKING));
  }

  @Test
  void silentUnlessAskedFor() {
    assertEquals(List.of(), messages(marketing(0.5, 0.5, 0.2), AlignmentAnalyzer.defaults()));
  }
}
