package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;

/**
 * Pace and status as {@link ScoringPolicy} defines them: a key result's or KPI's expected progress
 * is the pace at the share of its period elapsed (or 1 for a KPI reported per interval), its gap is
 * expected minus actual progress, and objectives and owners take the weighted mean of their inputs'
 * gaps: an objective of its key results' by key-result weight and of the objectives rolling into it
 * by the child-objective weight; an owner of its KPIs' by KPI weight and of its objectives' each of
 * weight 1, and the two mixed by the composite weights. The status compares the gap with the
 * tolerances, here drawn afresh for every try so that their edges fall between many gaps.
 */
class PaceAndStatusProperties {

  static Optional<Status> status(double gap, ScoringPolicy p) {
    if (Double.isNaN(gap)) {
      return Optional.empty();
    }
    return Optional.of(
        gap <= p.onTrackTolerance() + Bands.MARGIN
            ? Status.ON_TRACK
            : gap <= p.atRiskTolerance() + Bands.MARGIN ? Status.AT_RISK : Status.OFF_TRACK);
  }

  /** Whether {@code gap} lies so near a tolerance's edge that the order of a sum could move it. */
  static boolean onAnEdge(double gap, ScoringPolicy p) {
    return Math.abs(gap - p.onTrackTolerance() - Bands.MARGIN) < 1e-12
        || Math.abs(gap - p.atRiskTolerance() - Bands.MARGIN) < 1e-12;
  }

  static void assertStatus(
      double gap, OptionalDouble score, Optional<Status> actual, ScoringPolicy p, String what) {
    if (!onAnEdge(gap, p)) {
      assertEquals(
          score.isPresent() ? status(gap, p) : Optional.empty(),
          actual,
          () ->
              what
                  + " with gap "
                  + gap
                  + " under "
                  + p.onTrackTolerance()
                  + "/"
                  + p.atRiskTolerance());
    }
  }

  static double mean(double sum, double total) {
    return total > 0 ? sum / total : Double.NaN;
  }

  @Property
  void objectivesAndOwnersTakeTheWeightedMeanOfTheirInputsGaps(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 20) int size) {
    RollupProperties.Setting s = RollupProperties.setting(seed, size);
    Random r = new Random(seed + 2);
    Plan inForce = s.plan().asOf(s.asOf());
    PlanStructure st = inForce.structure();
    int nk = st.keyResultCount();
    for (int setting = 0; setting < 2; setting++) {
      double onTrack = r.nextInt(40) / 100.0;
      ScoringPolicy p =
          ScoringPolicy.builder()
              .from(s.policy())
              .onTrackTolerance(onTrack)
              .atRiskTolerance(onTrack + r.nextInt(40) / 100.0)
              .build();
      Scorecard card = p.score(s.plan(), s.asOf());

      double[] gap = new double[st.measuredCount()];
      for (int m = 0; m < gap.length; m++) {
        ElementScore e = card.element(st.measuredId(m)).orElseThrow();
        double expected = e.expectedProgress().orElseThrow();
        // a key result at its objective's pace; a KPI reporting more than once in its own period
        // in full each time
        Period period =
            m < nk
                ? st.objective(st.keyResultObjective(m)).period().orElse(inForce.period())
                : st.kpi(m - nk).period().orElse(inForce.period());
        boolean perInterval =
            m >= nk && 2L * st.kpi(m - nk).frequency().minimumDays() <= period.lengthInDays();
        assertEquals(
            perInterval ? 1.0 : p.pace().expected(period.fractionElapsed(s.asOf())),
            expected,
            e.id());
        gap[m] = e.progress().isPresent() ? expected - e.progress().getAsDouble() : Double.NaN;
        assertStatus(gap[m], e.score(), e.status(), p, e.id());
      }

      double[] objectiveGap = new double[st.objectiveCount()];
      List<Integer> order = st.objectivesChildrenFirst().asList();
      for (int o : order) {
        double sum = 0;
        double total = 0;
        for (int k : st.keyResultsOf(o).asList()) {
          if (!Double.isNaN(gap[k])) {
            sum += gap[k] * st.keyResultWeight(k);
            total += st.keyResultWeight(k);
          }
        }
        if (p.childObjectiveWeight() > 0) {
          for (int child : st.childObjectivesOf(o).asList()) {
            // a support-only child shows the relation and counts in no figure
            if (!Double.isNaN(objectiveGap[child]) && !st.objective(child).parentSupportOnly()) {
              sum += objectiveGap[child] * p.childObjectiveWeight();
              total += p.childObjectiveWeight();
            }
          }
        }
        objectiveGap[o] = mean(sum, total);
        ElementScore e = card.element(st.objectiveId(o)).orElseThrow();
        assertStatus(objectiveGap[o], e.score(), e.status(), p, e.id());
        Period period = st.objective(o).period().orElse(inForce.period());
        assertEquals(
            OptionalDouble.of(p.pace().expected(period.fractionElapsed(s.asOf()))),
            e.expectedProgress(),
            e.id());
      }

      for (int w = 0; w < st.ownerCount(); w++) {
        double sum = 0;
        double total = 0;
        for (int k : st.kpisOf(w).asList()) {
          if (!Double.isNaN(gap[nk + k])) {
            sum += gap[nk + k] * st.kpiWeight(k);
            total += st.kpiWeight(k);
          }
        }
        double kpiGap = mean(sum, total);
        sum = 0;
        total = 0;
        for (int o : st.objectivesOf(w).asList()) {
          if (!Double.isNaN(objectiveGap[o])) {
            sum += objectiveGap[o];
            total += 1;
          }
        }
        double okrGap = mean(sum, total);
        double wk = Double.isNaN(kpiGap) ? 0 : p.compositeKpiWeight();
        double wo = Double.isNaN(okrGap) ? 0 : p.compositeOkrWeight();
        double ownerGap =
            wk + wo == 0
                ? Double.NaN
                : ((wk > 0 ? wk * kpiGap : 0) + (wo > 0 ? wo * okrGap : 0)) / (wk + wo);
        OwnerScore owner = card.owner(st.ownerId(w)).orElseThrow();
        assertStatus(ownerGap, owner.composite(), owner.status(), p, owner.id());
        // the owner's explanation shows the status of each part
        for (Explanation part : card.explain(owner.id(), 1).children()) {
          boolean kpis = part.kind() == Explanation.Kind.OWNER_KPIS;
          assertStatus(kpis ? kpiGap : okrGap, part.score(), part.status(), p, part.toString());
        }
      }
    }
  }
}
