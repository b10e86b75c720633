package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.testing.PlanArbitraries;

/**
 * The laws of the confidence roll-up: within the known parts' range, unknown exactly when every
 * part is, blind to the parts' order, the plain mean for equal weights; on whole scorecards the
 * weighted mean of the parts' confidences by the score roll-up's weights; and scores that do not
 * depend on confidence at all.
 */
class ConfidenceProperties {

  /** Confidences in tenths as check-ins carry them, NaN for an unknown one. */
  @Provide
  Arbitrary<List<Double>> confidences() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 10).map(i -> i / 10.0),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.just(Double.NaN))
        .list()
        .ofMinSize(0)
        .ofMaxSize(12);
  }

  static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double[] weights(int n, long seed) {
    Random r = new Random(seed);
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.1 + r.nextInt(50) / 10.0;
    }
    return w;
  }

  @Property(tries = 500)
  void aRollUpLiesWithinTheKnownConfidences(
      @ForAll("confidences") List<Double> values, @ForAll long seed) {
    double[] v = array(values);
    double c = Confidence.rollUp(v, weights(v.length, seed));
    double low = values.stream().filter(x -> !x.isNaN()).mapToDouble(x -> x).min().orElse(2);
    double high = values.stream().filter(x -> !x.isNaN()).mapToDouble(x -> x).max().orElse(-1);
    if (!Double.isNaN(c)) {
      assertTrue(low <= c && c <= high, low + " <= " + c + " <= " + high);
    }
  }

  @Property(tries = 500)
  void aRollUpIsUnknownExactlyWhenEveryPartIs(
      @ForAll("confidences") List<Double> values, @ForAll long seed) {
    double[] v = array(values);
    boolean allUnknown = values.stream().allMatch(x -> x.isNaN());
    assertEquals(allUnknown, Double.isNaN(Confidence.rollUp(v, weights(v.length, seed))));
  }

  @Property(tries = 500)
  void aRollUpDoesNotDependOnTheOrderOfItsParts(
      @ForAll("confidences") List<Double> values, @ForAll long seed) {
    double[] w = weights(values.size(), seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] v2 = new double[values.size()];
    double[] w2 = new double[values.size()];
    for (int i = 0; i < order.size(); i++) {
      v2[i] = values.get(order.get(i));
      w2[i] = w[order.get(i)];
    }
    double a = Confidence.rollUp(array(values), w);
    double b = Confidence.rollUp(v2, w2);
    if (Double.isNaN(a)) {
      assertTrue(Double.isNaN(b));
    } else {
      assertEquals(a, b, 1e-12);
    }
  }

  @Property(tries = 500)
  void equalWeightsGiveThePlainMeanOfTheKnownParts(
      @ForAll("confidences") List<Double> values,
      @ForAll @DoubleRange(min = 0.01, max = 100) double weight) {
    double[] w = new double[values.size()];
    java.util.Arrays.fill(w, weight);
    OptionalDouble mean =
        values.stream().filter(x -> !x.isNaN()).mapToDouble(Double::doubleValue).average();
    double c = Confidence.rollUp(array(values), w);
    assertEquals(mean.isEmpty(), Double.isNaN(c));
    if (mean.isPresent()) {
      assertEquals(mean.getAsDouble(), c, 1e-12);
    }
  }

  @Property(tries = 300)
  void aKnownPartMovesTheRollUpTowardIt(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1) Double> values,
      @ForAll @IntRange(min = 0, max = 7) int which,
      @ForAll long seed) {
    // raising one part's confidence never lowers the roll-up
    int i = which % values.size();
    double[] v = array(values);
    double[] w = weights(v.length, seed);
    double before = Confidence.rollUp(v, w);
    v[i] = Math.min(1, v[i] + 0.25);
    assertTrue(Confidence.rollUp(v, w) >= before - 1e-12);
  }

  // ---------------------------------------------------------------- whole scorecards

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Arbitraries.of(
        ScoringPolicy.defaults(),
        ScoringPolicy.builder().childObjectiveWeight(2.5).compositeOkrWeight(0.4).build(),
        ScoringPolicy.builder()
            .objectiveAggregation(Aggregations.minimum())
            .childObjectiveWeight(1)
            .compositeKpiWeight(0)
            .compositeOkrWeight(1)
            .build());
  }

  static OptionalDouble latestReported(Plan plan, String id, LocalDate asOf) {
    OptionalDouble latest = OptionalDouble.empty();
    for (CheckIn c : plan.checkInsOf(id)) {
      if (!c.date().isAfter(asOf) && c.confidence().isPresent()) {
        latest = c.confidence();
      }
    }
    return latest;
  }

  /** The weighted mean of the known {@code values}, written out plainly; empty if none. */
  static OptionalDouble mean(List<OptionalDouble> values, List<Double> weights) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isPresent() && weights.get(i) > 0) {
        sum += values.get(i).getAsDouble() * weights.get(i);
        total += weights.get(i);
      }
    }
    return total > 0 ? OptionalDouble.of(sum / total) : OptionalDouble.empty();
  }

  static void assertClose(OptionalDouble expected, OptionalDouble actual, String what) {
    assertEquals(expected.isPresent(), actual.isPresent(), what);
    if (expected.isPresent()) {
      assertEquals(expected.getAsDouble(), actual.getAsDouble(), 1e-12, what);
    }
  }

  @Property(tries = 200)
  void everyConfidenceIsTheRollUpOfItsParts(
      @ForAll("plans") Plan plan,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll @IntRange(min = 0, max = 100) int day) {
    LocalDate asOf = plan.period().start().plusDays(day);
    Scorecard card = policy.score(plan, asOf);
    PlanStructure s = plan.asOf(asOf).structure();
    int nk = s.keyResultCount();
    for (int m = 0; m < s.measuredCount(); m++) {
      String id = s.measuredId(m);
      assertEquals(latestReported(plan, id, asOf), card.element(id).orElseThrow().confidence(), id);
    }
    for (int o = 0; o < s.objectiveCount(); o++) {
      List<OptionalDouble> parts = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      ImmutableIntArray krs = s.keyResultsOf(o);
      for (int i = 0; i < krs.length(); i++) {
        parts.add(card.element(s.measuredId(krs.get(i))).orElseThrow().confidence());
        weights.add(s.keyResultWeight(krs.get(i)));
      }
      ImmutableIntArray children = s.childObjectivesOf(o);
      for (int i = 0; i < children.length(); i++) {
        if (s.objective(children.get(i)).parentSupportOnly()) {
          continue; // a support-only child counts in no figure
        }
        parts.add(card.element(s.objectiveId(children.get(i))).orElseThrow().confidence());
        weights.add(policy.childObjectiveWeight());
      }
      String id = s.objectiveId(o);
      assertClose(mean(parts, weights), card.element(id).orElseThrow().confidence(), id);
    }
    for (int w = 0; w < s.ownerCount(); w++) {
      List<OptionalDouble> kpis = new ArrayList<>();
      List<Double> kpiWeights = new ArrayList<>();
      ImmutableIntArray owned = s.kpisOf(w);
      for (int i = 0; i < owned.length(); i++) {
        kpis.add(card.element(s.measuredId(nk + owned.get(i))).orElseThrow().confidence());
        kpiWeights.add(s.kpiWeight(owned.get(i)));
      }
      List<OptionalDouble> objectives = new ArrayList<>();
      List<Double> ones = new ArrayList<>();
      ImmutableIntArray set = s.objectivesOf(w);
      for (int i = 0; i < set.length(); i++) {
        objectives.add(card.element(s.objectiveId(set.get(i))).orElseThrow().confidence());
        ones.add(1.0);
      }
      OptionalDouble expected =
          mean(
              List.of(mean(kpis, kpiWeights), mean(objectives, ones)),
              List.of(policy.compositeKpiWeight(), policy.compositeOkrWeight()));
      String id = s.ownerId(w);
      assertClose(expected, card.owner(id).orElseThrow().confidence(), id);
    }
  }

  @Property(tries = 150)
  void scoresDoNotDependOnConfidence(
      @ForAll("plans") Plan plan,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll @IntRange(min = 0, max = 100) int day) {
    LocalDate asOf = plan.period().start().plusDays(day);
    // the same definitions (random plans have no revisions), check-ins without their confidence
    Assume.that(plan.revisions().isEmpty());
    Plan.Builder without =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives())
            .addAllKeyResults(plan.keyResults())
            .addAllKpis(plan.kpis());
    for (CheckIn c : plan.checkIns()) {
      without.addCheckIns(CheckIn.builder().from(c).confidence(OptionalDouble.empty()).build());
    }
    Scorecard with = policy.score(plan, asOf);
    Scorecard none = policy.score(without.build(), asOf);
    for (int i = 0; i < with.elements().size(); i++) {
      ElementScore a = with.elements().get(i);
      ElementScore b = none.elements().get(i);
      assertEquals(OptionalDouble.empty(), b.confidence(), b.id());
      assertEquals(a.id(), b.id());
      assertEquals(a.score(), b.score(), a.id());
      assertEquals(a.band(), b.band(), a.id());
      assertEquals(a.status(), b.status(), a.id());
      assertEquals(a.actual(), b.actual(), a.id());
      assertEquals(a.progress(), b.progress(), a.id());
      assertEquals(a.signedProgress(), b.signedProgress(), a.id());
      assertEquals(a.expectedProgress(), b.expectedProgress(), a.id());
    }
    for (int i = 0; i < with.owners().size(); i++) {
      OwnerScore a = with.owners().get(i);
      OwnerScore b = none.owners().get(i);
      assertEquals(OptionalDouble.empty(), b.confidence(), b.id());
      assertEquals(a.composite(), b.composite(), a.id());
      assertEquals(a.kpiScore(), b.kpiScore(), a.id());
      assertEquals(a.okrScore(), b.okrScore(), a.id());
      assertEquals(a.band(), b.band(), a.id());
      assertEquals(a.status(), b.status(), a.id());
    }
  }
}
