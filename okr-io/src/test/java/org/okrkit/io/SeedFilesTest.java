package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

/**
 * The seed's plans as files in okr-examples/plans equal the seed plans, and their policies score
 * them.
 */
class SeedFilesTest {
  /** The plans folder: set by the build, or found beside this module when run from an IDE. */
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("marketing", (Supplier<Plan>) SeedPlans::marketing),
        Arguments.of("internet-company", (Supplier<Plan>) SeedPlans::internetCompany),
        Arguments.of("manufacturer", (Supplier<Plan>) SeedPlans::manufacturer),
        Arguments.of("start-up", (Supplier<Plan>) SeedPlans::startUp));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void thePlanFileEqualsTheSeedPlan(String name, Supplier<Plan> seed) throws IOException {
    assertEquals(seed.get(), PlanFiles.read(PLANS.resolve(name + ".yaml")));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void thePolicyBesideItScoresIt(String name, Supplier<Plan> seed) throws IOException {
    ScoringPolicy policy = PolicyFiles.read(PLANS.resolve(name + ".policy.yaml"));
    Scorecard card = policy.score(seed.get(), SeedPlans.AS_OF);
    assertEquals(
        seed.get().objectives().size() + seed.get().keyResults().size() + seed.get().kpis().size(),
        card.elements().size());
  }

  @org.junit.jupiter.api.Test
  void thePoliciesSayWhatTheirCommentsSay() throws IOException {
    ScoringPolicy marketing = PolicyFiles.read(PLANS.resolve("marketing.policy.yaml"));
    assertEquals(Strategies.linear(1, true), marketing.keyResultStrategy());
    assertEquals(Strategies.binary(), marketing.kpiStrategy());
    assertEquals(
        0.7,
        marketing
            .score(SeedPlans.marketing(), SeedPlans.AS_OF)
            .element("KR-partners")
            .orElseThrow()
            .score()
            .getAsDouble());

    ScoringPolicy internet = PolicyFiles.read(PLANS.resolve("internet-company.policy.yaml"));
    assertEquals(Strategies.range(1), internet.elementStrategies().get("K-features"));
    assertEquals(0.3, internet.keyResultKpiShare());

    ScoringPolicy manufacturer = PolicyFiles.read(PLANS.resolve("manufacturer.policy.yaml"));
    assertEquals(Aggregations.minimum(), manufacturer.objectiveAggregation());
    Scorecard quality = manufacturer.score(SeedPlans.manufacturer(), SeedPlans.AS_OF);
    assertEquals(
        Math.min(
            quality.element("KR-pass-rate").orElseThrow().score().getAsDouble(),
            quality.element("KR-returns").orElseThrow().score().getAsDouble()),
        quality.element("O-quality").orElseThrow().score().getAsDouble());

    ScoringPolicy startUp = PolicyFiles.read(PLANS.resolve("start-up.policy.yaml"));
    assertEquals(Strategies.milestones(), startUp.elementStrategies().get("KR-roadshow"));
    assertEquals(Pace.of(new double[] {0, 0.5, 1}, new double[] {0, 0.3, 1}), startUp.pace());
  }
}
