package org.okrkit.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

class PlanDiffTest {
  final Plan marketing = SeedPlans.marketing();

  @Test
  void aPlanDiffersFromItselfInNothing() {
    PlanDiff diff = PlanDiff.between(marketing, marketing.toBuilder().build());
    assertTrue(diff.isEmpty());
    assertEquals("No changes\n", diff.render());
  }

  @Test
  void everyKindOfChangeIsListed() {
    KeyResult forums = marketing.keyResult("KR-forums").orElseThrow();
    Kpi campaigns = marketing.kpi("K-campaigns").orElseThrow();
    Plan after =
        marketing
            .withKeyResult(forums.withTarget(Target.increase(0, 6)).withWeight(2))
            .withOwner(Owner.of("events", "Events team", Level.TEAM, "marketing"))
            .withKpi(
                campaigns
                    .withOwnerId("events")
                    .withContributions(
                        Contribution.to("KR-mentions", 0.5), Contribution.to("KR-forums")))
            .without("KR-partners")
            .withKeyResult(
                KeyResult.of(
                    "KR-press",
                    "O-influence",
                    "Get 10 press articles",
                    Measure.increasing("press articles", Unit.COUNT),
                    Target.increase(0, 10)));
    PlanDiff diff = PlanDiff.between(marketing, after);
    assertEquals(
        String.join(
            "\n",
            "Plan: check-ins 7 => 5",
            "Added (2):",
            "  + owner events \"Events team\"",
            "  + key result KR-press \"Get 10 press articles\"",
            "Removed (1):",
            "  - key result KR-partners \"Add 20 partner companies within the quarter\"",
            "Changed (1):",
            "  ~ key result KR-forums target: 0 -> 5 => 0 -> 6",
            "Weights re-tuned (2):",
            "  ~ key result KR-forums weight: 1 => 2",
            "  ~ KPI K-campaigns weight of contribution to KR-mentions: 1 => 0.5",
            "Links added (2):",
            "  + K-campaigns is owned by events",
            "  + K-campaigns supports KR-forums (weight 1)",
            "Links dropped (1):",
            "  - K-campaigns is owned by marketing-manager",
            ""),
        diff.render());
    assertEquals(
        List.of(
            ElementRef.of(
                Subject.KEY_RESULT, "KR-partners", "Add 20 partner companies within the quarter")),
        diff.removed());
    assertEquals(Link.supports("K-campaigns", "KR-forums", 1), diff.linksAdded().get(1));
  }

  @Test
  void periodsAndRevisionsShowAsPlanChanges() {
    Plan bare = strip(marketing);
    Plan later = bare.toBuilder().period(marketing.period().next()).build();
    PlanDiff diff = PlanDiff.between(bare, later);
    assertEquals(
        List.of(FieldChange.of(Subject.PLAN, "", "period", "2026-Q2", "2026-Q3")), diff.plan());
    Plan revised =
        bare.revise(
            org.okrkit.core.Revision.weight(
                "KR-forums", SeedPlans.AS_OF, 3, "forums first", "cmo"));
    assertEquals(
        "Plan: revisions 0 => 1\nWeights re-tuned (1):\n  ~ key result KR-forums weight: 1 => 3\n",
        PlanDiff.between(bare, revised).render());
  }

  private static Plan strip(Plan p) {
    Plan.Builder b =
        Plan.builder()
            .period(p.period())
            .addAllOwners(p.owners())
            .addAllObjectives(p.objectives())
            .addAllKeyResults(p.keyResults())
            .addAllKpis(p.kpis());
    p.name().ifPresent(b::name);
    return b.build();
  }
}
