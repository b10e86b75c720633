package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.testing.RandomPlans;

/**
 * The rollup program as a caller outside the scorecard runs it (a simulation, say): its evaluator
 * computes from the element scores exactly the scores of key results, objectives and owners that
 * the scorecard shows, whichever slots the caller keeps the element scores in; and its leaf shares
 * are the weights by which a program of weighted means combines its leaves.
 *
 * <p>Plans are {@link RandomPlans}, with revisions; policies are {@link RandomPolicies}, with both
 * ways of treating a missing value.
 */
class RollupProperties {

  /** A generated plan with a policy fitted to it and a date within or around its period. */
  record Setting(Plan plan, ScoringPolicy policy, LocalDate asOf) {}

  static Setting setting(long seed, int size) {
    Random r = new Random(seed);
    // half the plans with support-only links, which the program must leave out as the card does
    Plan plan = RandomPlans.generate(seed, size, (seed & 1) == 0);
    if (r.nextBoolean()) {
      plan = RandomPlans.revised(r, plan);
    }
    ScoringPolicy policy =
        RandomPolicies.generate(r, plan)
            .withMissingValue(r.nextBoolean() ? MissingValue.ZERO : MissingValue.UNSCORED);
    LocalDate asOf = plan.period().start().plusDays(r.nextInt(100) - 5);
    return new Setting(plan, policy, asOf);
  }

  /**
   * Each measured element's own score as the policy's strategy gives it from the element's value in
   * the scorecard, before any blend with KPIs; NaN when unscored.
   */
  static double[] ownScores(Setting s, Scorecard card, PlanStructure structure, Plan inForce) {
    double[] own = new double[structure.measuredCount()];
    for (int m = 0; m < own.length; m++) {
      MeasuredElement e = structure.measured(m);
      OptionalDouble actual = card.element(e.id()).orElseThrow().actual();
      own[m] =
          actual.isPresent()
              ? s.policy()
                  .strategyFor(inForce, e)
                  .score(ScoringInput.of(e.measure(), e.target(), actual.getAsDouble()))
              : s.policy().missingValue() == MissingValue.ZERO ? 0.0 : Double.NaN;
    }
    return own;
  }

  static double value(OptionalDouble score) {
    return score.isPresent() ? score.getAsDouble() : Double.NaN;
  }

  static void assertBits(double expected, double actual, String what) {
    assertEquals(
        Double.doubleToLongBits(expected),
        Double.doubleToLongBits(actual),
        () -> what + ": expected " + expected + ", got " + actual);
  }

  @Property
  void theEvaluatorComputesTheScorecardsScoresInAnySlots(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int size) {
    Setting s = setting(seed, size);
    Random r = new Random(seed);
    Scorecard card = s.policy().score(s.plan(), s.asOf());
    Plan inForce = s.plan().asOf(s.asOf());
    PlanStructure structure = inForce.structure();
    int nk = structure.keyResultCount();
    int nm = structure.measuredCount();
    double[] own = ownScores(s, card, structure, inForce);
    for (int m = nk; m < nm; m++) {
      // a KPI's score is its own: the leaves are the scorecard's
      assertBits(own[m], value(card.score(structure.measuredId(m))), structure.measuredId(m));
    }

    // the leaves in slots 0..nm-1, and scattered over a larger set of leaves with spares between
    Rollup plain = Rollup.compile(structure, s.policy());
    int leafCount = nm + r.nextInt(4);
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < leafCount; i++) {
      free.add(i);
    }
    Collections.shuffle(free, r);
    int[] leafOfMeasured = new int[nm];
    for (int m = 0; m < nm; m++) {
      leafOfMeasured[m] = free.get(m);
    }
    Rollup scattered = Rollup.compile(structure, s.policy(), leafOfMeasured, leafCount);
    assertEquals(nm, plain.leafCount());
    assertEquals(leafCount, scattered.leafCount());
    assertEquals(plain.slotCount() - nm, scattered.slotCount() - leafCount);

    for (Rollup rollup : List.of(plain, scattered)) {
      double[] values = new double[rollup.slotCount()];
      // spare leaves hold a score that no step may read
      Arrays.fill(values, 0.375);
      for (int m = 0; m < nm; m++) {
        assertEquals(rollup == plain ? m : leafOfMeasured[m], rollup.leafSlot(m));
        values[rollup.leafSlot(m)] = own[m];
      }
      Rollup.Evaluator evaluator = rollup.evaluator();
      // twice with one evaluator: it keeps nothing from one evaluation to the next
      evaluator.evaluate(values.clone());
      evaluator.evaluate(values);
      for (int k = 0; k < nk; k++) {
        String id = structure.measuredId(k);
        assertBits(value(card.score(id)), values[rollup.keyResultSlot(k)], id);
      }
      for (int o = 0; o < structure.objectiveCount(); o++) {
        String id = structure.objectiveId(o);
        assertBits(value(card.score(id)), values[rollup.objectiveSlot(o)], id);
      }
      for (int w = 0; w < structure.ownerCount(); w++) {
        OwnerScore owner = card.owner(structure.ownerId(w)).orElseThrow();
        int kpi = rollup.kpiScoreSlot(w);
        int okr = rollup.okrScoreSlot(w);
        assertEquals(structure.kpisOf(w).isEmpty(), kpi < 0);
        assertEquals(structure.objectivesOf(w).isEmpty(), okr < 0);
        assertBits(value(owner.kpiScore()), kpi < 0 ? Double.NaN : values[kpi], owner.id());
        assertBits(value(owner.okrScore()), okr < 0 ? Double.NaN : values[okr], owner.id());
        assertBits(value(owner.composite()), values[rollup.compositeSlot(w)], owner.id());
      }
    }
  }

  @Property
  void aProgramOfWeightedMeansCombinesItsLeavesByTheirShares(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int size) {
    Setting s = setting(seed, size);
    Random r = new Random(seed + 1);
    Aggregation mean = Aggregations.weightedMean();
    ScoringPolicy policy =
        s.policy().withObjectiveAggregation(mean).withKpiAggregation(mean).withOkrAggregation(mean);
    PlanStructure structure = s.plan().structure();
    Rollup rollup = Rollup.compile(structure, policy);
    int leaves = rollup.leafCount();
    double[] values = new double[rollup.slotCount()];
    // every leaf scored: every key result, so every objective, has a score
    for (int m = 0; m < leaves; m++) {
      values[m] = r.nextDouble() * 1.5;
    }
    rollup.evaluator().evaluate(values);
    for (int slot = leaves; slot < values.length; slot++) {
      double[] share = new double[leaves];
      rollup.leafShares(slot, (leaf, w) -> share[leaf] += w);
      double total = 0;
      double combined = 0;
      for (int m = 0; m < leaves; m++) {
        assertTrue(share[m] >= 0, "a share is at least 0");
        total += share[m];
        combined += share[m] * values[m];
      }
      if (Double.isNaN(values[slot])) {
        // an owner's composite with no part that counts
        assertEquals(0, total, "slot " + slot);
      } else {
        assertEquals(1, total, 1e-9, "slot " + slot);
        assertEquals(values[slot], combined, 1e-9, "slot " + slot);
      }
    }
    // a leaf is its own only leaf
    int leaf = r.nextInt(leaves);
    double[] share = new double[leaves];
    rollup.leafShares(leaf, (l, w) -> share[l] += w);
    assertEquals(1.0, share[leaf]);
  }
}
