package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.testing.PlanArbitraries;

/**
 * The laws of status rules and pace tolerances on random plans and policies: the weakest rule gives
 * an objective no better a status than any of its children's; the share rule gives no better a
 * status as the share asked for rises; the ratio tolerance gives no better a status as progress
 * falls or its on-track share rises; and every rule scores the same whichever way it is reached.
 */
class StatusRuleProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(40);
  }

  private static LocalDate asOf(Plan plan, long seed) {
    return plan.period().start().plusDays(new Random(seed).nextInt(100));
  }

  private static boolean noBetter(Optional<Status> a, Optional<Status> b) {
    // a is no better than b: worse or equal, or both absent
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) >= 0);
  }

  @Property(tries = 200)
  void theWeakestStatusIsNoBetterThanAnyChildsStatus(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    ScoringPolicy policy =
        RandomPolicies.withStatus(new Random(seed), RandomPolicies.generate(new Random(seed), plan))
            .withStatusRule(StatusRule.weakest());
    Scorecard card = policy.score(plan, asOf(plan, seed));
    for (KeyResult kr : plan.keyResults()) {
      Optional<Status> child = card.element(kr.id()).orElseThrow().status();
      Optional<Status> parent = card.element(kr.objectiveId()).orElseThrow().status();
      if (child.isPresent() && parent.isPresent()) {
        assertTrue(
            parent.get().compareTo(child.get()) >= 0, kr.id() + ": " + parent + " < " + child);
      }
    }
    if (policy.childObjectiveWeight() > 0) {
      for (Objective o : plan.objectives()) {
        Optional<Status> child = card.element(o.id()).orElseThrow().status();
        Optional<Status> parent = o.parentId().flatMap(card::element).flatMap(ElementScore::status);
        // a support-only parent link shows the relation but does not count toward the parent
        if (child.isPresent()
            && parent.isPresent()
            && !o.parentSupportOnly()
            && plan.objective(o.parentId().get()).isPresent()) {
          assertTrue(
              parent.get().compareTo(child.get()) >= 0, o.id() + ": " + parent + " < " + child);
        }
      }
    }
  }

  @Property(tries = 200)
  void aLargerShareOnTrackGivesNoBetterStatus(
      @ForAll("plans") Plan plan,
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0.01, max = 1) double a,
      @ForAll @DoubleRange(min = 0.01, max = 1) double b) {
    ScoringPolicy base =
        RandomPolicies.withStatus(
            new Random(seed), RandomPolicies.generate(new Random(seed), plan));
    LocalDate asOf = asOf(plan, seed);
    Scorecard lax = base.withStatusRule(StatusRule.shareOnTrack(Math.min(a, b))).score(plan, asOf);
    Scorecard strict =
        base.withStatusRule(StatusRule.shareOnTrack(Math.max(a, b))).score(plan, asOf);
    for (ElementScore e : strict.elements()) {
      assertTrue(
          noBetter(e.status(), lax.element(e.id()).orElseThrow().status()),
          e.id() + ": " + e.status() + " better than " + lax.element(e.id()));
    }
    for (OwnerScore o : strict.owners()) {
      assertTrue(noBetter(o.status(), lax.owner(o.id()).orElseThrow().status()), o.id());
    }
  }

  @Property
  void theRatioToleranceIsMonotone(
      @ForAll @DoubleRange(min = 0, max = 1) double expected,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double q,
      @ForAll @DoubleRange(min = 0.01, max = 1) double s,
      @ForAll @DoubleRange(min = 0.01, max = 1) double t,
      @ForAll @DoubleRange(min = 0, max = 1) double risk) {
    PaceTolerance ratio = PaceTolerance.ratio(Math.max(s, t), risk * Math.max(s, t));
    // less progress, no better status
    Status less = ratio.status(expected, Math.min(p, q));
    Status more = ratio.status(expected, Math.max(p, q));
    assertTrue(less.compareTo(more) >= 0, less + " at " + Math.min(p, q) + ", " + more);
    // a stricter on-track share, no better status
    double atRisk = risk * Math.min(s, t);
    Status strict = PaceTolerance.ratio(Math.max(s, t), atRisk).status(expected, p);
    Status lax = PaceTolerance.ratio(Math.min(s, t), atRisk).status(expected, p);
    assertTrue(strict.compareTo(lax) >= 0, strict + " vs " + lax);
    // ahead of the pace, or nothing expected yet: on track
    assertEquals(Status.ON_TRACK, ratio.status(Math.min(p, q), Math.max(p, q)));
    assertEquals(Status.ON_TRACK, ratio.status(0, p));
  }

  @Property(tries = 100)
  void theDefaultRuleAndToleranceGiveTheStatusesOfTheDefaultPolicy(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    ScoringPolicy policy = RandomPolicies.generate(new Random(seed), plan);
    ScoringPolicy explicit =
        ScoringPolicy.builder()
            .from(policy)
            .statusRule(StatusRule.weightedScore())
            .paceTolerance(
                PaceTolerance.difference(policy.onTrackTolerance(), policy.atRiskTolerance()))
            .build();
    LocalDate asOf = asOf(plan, seed);
    assertEquals(policy.score(plan, asOf).elements(), explicit.score(plan, asOf).elements());
    assertEquals(policy.score(plan, asOf).owners(), explicit.score(plan, asOf).owners());
  }

  @Property(tries = 100)
  void aCompiledPolicyScoresAsThePolicyDoes(@ForAll("plans") Plan plan, @ForAll long seed) {
    ScoringPolicy policy =
        RandomPolicies.withStatus(
            new Random(seed), RandomPolicies.generate(new Random(seed), plan));
    LocalDate asOf = asOf(plan, seed);
    assertEquals(policy.score(plan, asOf), policy.compile(plan).score(plan, asOf));
  }

  @Example
  void badRulesAndTolerancesAreRefusedSayingWhatWasExpected() {
    assertEquals(
        "the share of children on track must lie in (0, 1], got 0",
        assertThrows(IllegalArgumentException.class, () -> StatusRule.shareOnTrack(0))
            .getMessage());
    assertEquals(
        "a ratio tolerance needs 0 <= atRisk <= onTrack, got atRisk 0.9 and onTrack 0.7",
        assertThrows(IllegalArgumentException.class, () -> PaceTolerance.ratio(0.7, 0.9))
            .getMessage());
    assertEquals(
        "a ratio tolerance's onTrack share must lie in (0, 1], got 1.5",
        assertThrows(IllegalArgumentException.class, () -> PaceTolerance.ratio(1.5, 0.5))
            .getMessage());
    assertEquals(
        "a difference tolerance needs 0 <= onTrack <= atRisk, both finite, got onTrack 0.3 and"
            + " atRisk 0.2",
        assertThrows(IllegalArgumentException.class, () -> PaceTolerance.difference(0.3, 0.2))
            .getMessage());
    assertEquals("shareOnTrack(share=0.6)", StatusRule.shareOnTrack(0.6).toString());
    assertEquals("ratio(onTrack=0.95, atRisk=0.75)", PaceTolerance.ratio(0.95, 0.75).toString());
    assertEquals(PaceTolerance.ratio(0.95, 0.75), PaceTolerance.ratio(0.95, 0.75));
  }

  @Example
  void anElementPaceForAnUnknownIdIsNamed() {
    ScoringPolicy policy =
        ScoringPolicy.builder().putElementPace("KR-nowhere", Pace.frontLoaded(2)).build();
    PolicyException e =
        assertThrows(
            PolicyException.class,
            () ->
                policy.score(
                    org.okrkit.core.testing.SeedPlans.marketing(), LocalDate.of(2026, 5, 31)));
    assertEquals(java.util.List.of("KR-nowhere"), e.unknownIds());
  }
}
