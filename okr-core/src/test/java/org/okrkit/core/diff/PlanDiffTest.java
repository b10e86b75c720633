package org.okrkit.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
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
  void everyFieldOfEveryPartIsCompared() {
    Owner manager = marketing.owner("marketing-manager").orElseThrow();
    Objective influence = marketing.objective("O-influence").orElseThrow();
    KeyResult forums = marketing.keyResult("KR-forums").orElseThrow();
    Kpi campaigns = marketing.kpi("K-campaigns").orElseThrow();
    assertEquals(
        "Plan: name Marketing => Brand\n",
        PlanDiff.between(marketing, marketing.toBuilder().name("Brand").build()).render());
    assertEquals(
        "Changed (1):\n  ~ owner marketing-manager name: Marketing manager => Brand manager\n",
        changed(marketing.withOwner(manager.withName("Brand manager"))));
    assertEquals(
        "Changed (1):\n  ~ owner marketing-manager level: INDIVIDUAL => TEAM\n",
        changed(marketing.withOwner(manager.withLevel(Level.TEAM))));
    assertEquals(
        "Links added (1):\n  + marketing-manager reports to acme\n"
            + "Links dropped (1):\n  - marketing-manager reports to marketing\n",
        changed(marketing.withOwner(manager.withParentId("acme"))));
    assertEquals(
        "Changed (1):\n  ~ objective O-influence title: Raise the company's market influence"
            + " => Be heard\n",
        changed(marketing.withObjective(influence.withTitle("Be heard"))));
    assertEquals(
        "Changed (1):\n  ~ objective O-influence kind: ASPIRATIONAL => COMMITTED\n",
        changed(marketing.withObjective(influence.withKind(ObjectiveKind.COMMITTED))));
    assertEquals(
        "Changed (1):\n  ~ objective O-influence period: (the plan's) => 2026-Q2\n",
        changed(marketing.withObjective(influence.withPeriod(marketing.period()))));
    assertEquals(
        "Changed (1):\n  ~ objective O-influence tags: [] => [brand]\n",
        changed(marketing.withObjective(influence.withTags("brand"))));
    assertEquals(
        "Links added (1):\n  + O-influence is owned by acme\n"
            + "Links dropped (1):\n  - O-influence is owned by marketing\n",
        changed(marketing.withObjective(influence.withOwnerId("acme"))));
    assertEquals(
        "Changed (1):\n  ~ key result KR-forums title: Run at least 5 high-quality industry forums"
            + " => Forums\n",
        changed(marketing.withKeyResult(forums.withTitle("Forums"))));
    assertEquals(
        "Changed (1):\n  ~ key result KR-forums measure: industry forums held (COUNT, INCREASE)"
            + " => forums (COUNT, INCREASE)\n",
        changed(
            marketing.withKeyResult(forums.withMeasure(Measure.increasing("forums", Unit.COUNT)))));
    assertEquals(
        "Changed (1):\n  ~ key result KR-forums tags: [] => [events]\n",
        changed(marketing.withKeyResult(forums.withTags("events"))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns title: Run 5 brand campaigns per month => Campaigns\n",
        changed(marketing.withKpi(campaigns.withTitle("Campaigns"))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns measure: brand campaigns per month (COUNT, INCREASE)"
            + " => campaigns (COUNT, INCREASE)\n",
        changed(
            marketing.withKpi(campaigns.withMeasure(Measure.increasing("campaigns", Unit.COUNT)))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns target: 0 -> 5 => 0 -> 6\n",
        changed(marketing.withKpi(campaigns.withTarget(Target.increase(0, 6)))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns frequency: MONTHLY => WEEKLY\n",
        changed(marketing.withKpi(campaigns.withFrequency(Frequency.WEEKLY))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns period: (the plan's) => 2026-Q2\n",
        changed(marketing.withKpi(campaigns.withPeriod(marketing.period()))));
    assertEquals(
        "Changed (1):\n  ~ KPI K-campaigns tags: [] => [brand]\n",
        changed(marketing.withKpi(campaigns.withTags("brand"))));
    assertEquals(
        "Weights re-tuned (1):\n  ~ KPI K-campaigns weight: 1 => 2\n",
        changed(marketing.withKpi(campaigns.withWeight(2))));
    assertEquals(
        "Links dropped (1):\n  - K-campaigns supports KR-mentions (weight 1)\n",
        changed(marketing.withKpi(campaigns.withContributions())));
  }

  /** The render of the diff from the marketing plan to {@code after}, check-in counts aside. */
  private String changed(Plan after) {
    return PlanDiff.between(marketing, after).render();
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
