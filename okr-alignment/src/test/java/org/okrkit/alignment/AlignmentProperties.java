package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Contribution;
import org.okrkit.core.Element;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.testing.PlanArbitraries;

class AlignmentProperties {
  static final double EPSILON = 1e-9;

  static final AlignmentAnalyzer STRICT =
      AlignmentAnalyzer.defaults().toBuilder()
          .config(AlignmentConfig.defaults().withContributionWeightsSumToOne(true))
          .failFast(true)
          .build();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void analysisNeverThrowsOnAValidPlan(@ForAll("plans") Plan plan) {
    AlignmentReport report = STRICT.analyze(plan);
    assertTrue(report.render().startsWith("Alignment report: "));
    AlignmentGraph graph = AlignmentGraph.of(plan);
    for (Kpi k : plan.kpis()) {
      graph.impactOf(k.id());
    }
  }

  @Property
  void findingsAreDeterministic(@ForAll("plans") Plan plan) {
    AlignmentReport report = STRICT.analyze(plan);
    assertEquals(report, STRICT.analyze(plan));
    assertEquals(report, STRICT.analyze(plan.toBuilder().build()));
    assertEquals(report.render(), STRICT.analyze(plan.toBuilder().build()).render());
    // an equal plan listing its owners and elements in the opposite order
    Plan.Builder reversed =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(Lists.reverse(plan.owners()))
            .addAllObjectives(Lists.reverse(plan.objectives()))
            .addAllKeyResults(Lists.reverse(plan.original().keyResults()))
            .addAllKpis(Lists.reverse(plan.original().kpis()))
            .addAllRevisions(plan.revisions())
            .addAllCheckIns(plan.checkIns());
    plan.name().ifPresent(reversed::name);
    Plan other = reversed.build();
    assertEquals(plan, other);
    assertEquals(report, STRICT.analyze(other));
  }

  @Property
  void anUnrelatedFullyAlignedOwnerAddsNoFinding(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 1, max = 5) int keyResults) {
    Plan bigger = withUnrelatedUnit(plan, keyResults);
    for (AlignmentAnalyzer analyzer : List.of(AlignmentAnalyzer.defaults(), STRICT)) {
      AlignmentReport before = analyzer.analyze(plan);
      AlignmentReport after = analyzer.analyze(bigger);
      assertEquals(before.findings(), after.findings());
      assertEquals(1.0, after.coverage().objective("X-objective").orElseThrow());
      before
          .coverage()
          .objectives()
          .forEach((id, c) -> assertEquals(c, after.coverage().objective(id).orElseThrow()));
    }
  }

  @Property
  void impactWeightsIntoAnElementSumToItsCoverage(@ForAll("plans") Plan plan) {
    AlignmentGraph graph = AlignmentGraph.of(plan);
    Coverage coverage = graph.coverage();
    Map<String, Double> viaImpact = new HashMap<>();
    for (Kpi k : plan.kpis()) {
      Impact impact = graph.impactOf(k.id());
      for (List<Share> shares :
          List.of(impact.keyResults(), impact.objectives(), impact.owners())) {
        for (Share s : shares) {
          viaImpact.merge(s.id(), s.weight(), Double::sum);
        }
      }
    }
    for (Objective o : plan.objectives()) {
      double covered = coverage.objective(o.id()).orElseThrow();
      assertEquals(covered, sum(graph.kpisFeeding(o.id())), EPSILON, o.id());
      assertEquals(covered, viaImpact.getOrDefault(o.id(), 0.0), EPSILON, o.id());
    }
    for (KeyResult k : plan.keyResults()) {
      double covered = coverage.keyResult(k.id()).orElseThrow();
      assertEquals(covered, sum(graph.kpisFeeding(k.id())), EPSILON, k.id());
      assertEquals(covered, viaImpact.getOrDefault(k.id(), 0.0), EPSILON, k.id());
    }
    coverage
        .owners()
        .forEach((owner, c) -> assertEquals(c, viaImpact.getOrDefault(owner, 0.0), EPSILON, owner));
  }

  @Property
  void aKpisWeightInAnObjectiveIsTheSameFromBothEnds(@ForAll("plans") Plan plan) {
    AlignmentGraph graph = AlignmentGraph.of(plan);
    for (Objective o : plan.objectives()) {
      for (Share s : graph.kpisFeeding(o.id())) {
        assertEquals(s.weight(), graph.impactOf(s.id()).weightIn(o.id()).orElseThrow(), EPSILON);
      }
    }
  }

  @Property
  void coverageLiesBetweenZeroAndOneAndIsNeverNaN(@ForAll("plans") Plan plan) {
    Coverage coverage = AlignmentGraph.of(plan).coverage();
    assertUnit(coverage.plan());
    coverage.objectives().values().forEach(AlignmentProperties::assertUnit);
    coverage.keyResults().values().forEach(AlignmentProperties::assertUnit);
    coverage.owners().values().forEach(AlignmentProperties::assertUnit);
    assertEquals(plan.objectives().size(), coverage.objectives().size());
    assertEquals(plan.keyResults().size(), coverage.keyResults().size());
  }

  @Property
  void anElementIsSupportedExactlyWhenSomeKpiFeedsIt(@ForAll("plans") Plan plan) {
    AlignmentGraph graph = AlignmentGraph.of(plan);
    for (Element e : Lists.newArrayList(plan.objectives())) {
      assertEquals(!graph.kpisFeeding(e.id()).isEmpty(), graph.isSupported(e.id()));
    }
    for (KeyResult k : plan.keyResults()) {
      assertEquals(!graph.kpisFeeding(k.id()).isEmpty(), graph.isSupported(k.id()));
      assertEquals(graph.isSupported(k.id()), graph.coverage().keyResult(k.id()).orElseThrow() > 0);
    }
  }

  @Property
  void findingsNameOnlyOwnersAndElementsOfThePlan(@ForAll("plans") Plan plan) {
    Set<String> known = new HashSet<>();
    plan.owners().forEach(o -> known.add(o.id()));
    plan.objectives().forEach(o -> known.add(o.id()));
    plan.keyResults().forEach(k -> known.add(k.id()));
    plan.kpis().forEach(k -> known.add(k.id()));
    for (Finding f : STRICT.analyze(plan).findings()) {
      assertTrue(f.code().matches("ALN0(0[1-9]|1[0-4])"), f::toString);
      assertTrue(known.containsAll(f.ids()), f::toString);
      assertTrue(!f.ids().isEmpty(), f::toString);
    }
  }

  /**
   * The plan with a unit of its own: a team and its member, one objective whose key results are
   * each supported by one member KPI of contribution weight 1. Ids start with {@code X-}, which the
   * generator never uses.
   */
  static Plan withUnrelatedUnit(Plan plan, int keyResults) {
    Plan.Builder b =
        plan.toBuilder()
            .addOwners(
                Owner.of("X-team", "Unrelated team", Level.TEAM),
                Owner.of("X-member", "Unrelated member", Level.INDIVIDUAL, "X-team"))
            .addObjectives(Objective.of("X-objective", "Do our own thing", "X-team"));
    for (int i = 0; i < keyResults; i++) {
      b.addKeyResults(
          KeyResult.of(
              "X-kr" + i,
              "X-objective",
              "Our result " + i,
              Measure.increasing("our result " + i, Unit.COUNT),
              Target.increase(0, 10)));
      b.addKpis(
          Kpi.builder()
              .id("X-kpi" + i)
              .ownerId("X-member")
              .title("Our KPI " + i)
              .measure(Measure.increasing("our activity " + i, Unit.COUNT))
              .target(Target.increase(0, 3))
              .addContribution(Contribution.to("X-kr" + i))
              .build());
    }
    return b.build();
  }

  private static double sum(List<Share> shares) {
    return shares.stream().mapToDouble(Share::weight).sum();
  }

  private static void assertUnit(double value) {
    assertTrue(value >= 0 && value <= 1, () -> "not in [0, 1]: " + value);
  }
}
