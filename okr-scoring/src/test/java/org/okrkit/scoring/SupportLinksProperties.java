package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Contribution;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.testing.RandomPlans;

/**
 * Support-only links count in no score: a plan scores exactly as the same plan without them, under
 * any policy, on any day; and the batch scorer agrees with the scorecard on such plans.
 */
class SupportLinksProperties {

  /** {@code plan} without its support-only links: contributions dropped, parent links cut. */
  static Plan withoutSupportLinks(Plan plan) {
    List<Kpi> kpis =
        plan.kpis().stream()
            .map(
                k ->
                    Kpi.builder()
                        .from(k)
                        .contributions(
                            k.contributions().stream()
                                .filter(c -> !c.supportOnly())
                                .collect(Collectors.toList()))
                        .build())
            .collect(Collectors.toList());
    List<Objective> objectives =
        plan.objectives().stream()
            .map(
                o ->
                    o.parentSupportOnly()
                        ? Objective.builder()
                            .from(o)
                            .parentId(java.util.Optional.empty())
                            .parentSupportOnly(false)
                            .build()
                        : o)
            .collect(Collectors.toList());
    Plan.Builder b =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(objectives)
            .addAllKeyResults(plan.keyResults())
            .addAllKpis(kpis)
            .addAllCheckIns(plan.checkIns());
    plan.name().ifPresent(b::name);
    return b.build();
  }

  @Property(tries = 300)
  void supportOnlyLinksCountInNoScore(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
    Plan plan = RandomPlans.generate(seed, size, true);
    Plan stripped = withoutSupportLinks(plan);
    Random r = new Random(seed);
    ScoringPolicy policy = RandomPolicies.generate(r, plan);
    LocalDate asOf = plan.period().start().plusDays(r.nextInt(100) - 5);
    Scorecard card = policy.score(plan, asOf);
    Scorecard without = policy.score(stripped, asOf);
    for (ElementScore e : card.elements()) {
      ElementScore w = without.element(e.id()).orElseThrow();
      assertEquals(w.score(), e.score(), e.id());
      assertEquals(w.band(), e.band(), e.id());
      assertEquals(w.status(), e.status(), e.id());
    }
    assertEquals(without.owners(), card.owners());
  }

  @Property(tries = 100)
  void aLinkMarkedSupportOnlyNoLongerMovesItsKeyResult(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
    Plan plan = RandomPlans.generate(seed, size, false);
    Plan marked = withAllLinksSupportOnly(plan);
    ScoringPolicy policy = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    LocalDate asOf = plan.period().end();
    Scorecard card = policy.score(marked, asOf);
    ScoringPolicy ownOnly = ScoringPolicy.builder().keyResultKpiShare(0).build();
    Scorecard own = ownOnly.score(plan, asOf);
    // with every KPI link support-only, key results score on their own values, as with no share
    plan.keyResults()
        .forEach(
            k ->
                assertEquals(
                    own.element(k.id()).orElseThrow().score(),
                    card.element(k.id()).orElseThrow().score(),
                    k.id()));
  }

  private static Plan withAllLinksSupportOnly(Plan plan) {
    List<Kpi> kpis =
        plan.kpis().stream()
            .map(
                k ->
                    Kpi.builder()
                        .from(k)
                        .contributions(
                            k.contributions().stream()
                                .map(c -> Contribution.builder().from(c).supportOnly(true).build())
                                .collect(Collectors.toList()))
                        .build())
            .collect(Collectors.toList());
    Plan.Builder b =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives())
            .addAllKeyResults(plan.keyResults())
            .addAllKpis(kpis)
            .addAllCheckIns(plan.checkIns());
    plan.name().ifPresent(b::name);
    return b.build();
  }
}
