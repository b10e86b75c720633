package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.UnassignedWeight;

/** The example policy that shares the rest of an objective's weight, on the marketing plan. */
class RemainderWeightsPolicyTest {
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  /** The marketing plan file with KR-partners given {@code weight}. */
  private static Plan marketing(String weight) throws IOException {
    String text = Files.readString(PLANS.resolve("marketing.yaml"), StandardCharsets.UTF_8);
    int at = text.indexOf("id: KR-partners");
    int line = text.indexOf('\n', at);
    String indent = text.substring(text.lastIndexOf('\n', at) + 1, at).replace('-', ' ');
    return PlanFiles.read(
        text.substring(0, line + 1)
            + indent
            + "weight: "
            + weight
            + "\n"
            + text.substring(line + 1),
        Format.YAML);
  }

  private static double score(Scorecard card, String id) {
    return card.element(id).orElseThrow().score().orElseThrow();
  }

  @Test
  void theExamplePolicySharesTheRestOfTheObjective() throws IOException {
    ScoringPolicy policy = PolicyFiles.read(PLANS.resolve("remainder-weights.policy.yaml"));
    assertEquals(UnassignedWeight.REMAINDER, policy.unassignedWeight());
    Plan plan = marketing("0.5");
    Scorecard card = policy.score(plan, SeedPlans.AS_OF);
    assertEquals(
        0.5 * score(card, "KR-partners")
            + 0.25 * score(card, "KR-mentions")
            + 0.25 * score(card, "KR-forums"),
        score(card, "O-influence"),
        1e-12);
    // on the seed plans, which give no weights, it scores as the default policy does
    for (Plan seed : List.of(SeedPlans.marketing(), SeedPlans.startUp())) {
      Scorecard mine = policy.score(seed, SeedPlans.AS_OF);
      Scorecard byDefault = ScoringPolicy.defaults().score(seed, SeedPlans.AS_OF);
      byDefault
          .elements()
          .forEach(
              e ->
                  assertEquals(
                      e.score().orElse(-1),
                      mine.element(e.id()).orElseThrow().score().orElse(-1),
                      1e-12,
                      e.id()));
    }
    PolicyException e =
        assertThrows(PolicyException.class, () -> policy.checkFits(marketing("1.2")));
    assertTrue(
        e.getMessage().contains("'O-influence' gives its weighted key results 1.2"),
        e.getMessage());
    // written back, the setting stays; the default is not written
    assertTrue(PolicyFiles.write(policy, Format.YAML).contains("unassignedWeight: REMAINDER\n"));
    assertTrue(
        !PolicyFiles.write(ScoringPolicy.defaults(), Format.YAML).contains("unassignedWeight"));
  }
}
