package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

class WorkforceSpecTest {
  static final WorkforceArm PLAIN = WorkforceArm.of("plain", WorkforceRating.plain(0.5));

  static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void rejectsAStudyWithoutArmsOrWithTwoOfOneName() {
    assertEquals(
        "a workforce study needs at least one arm", message(() -> WorkforceSpec.builder().build()));
    assertEquals(
        "arm names must be unique: 'plain' appears twice",
        message(() -> WorkforceSpec.builder().addArms(PLAIN, PLAIN).build()));
    assertEquals(
        "at most one rule of each kind: MarginalEffort appears twice",
        message(
            () ->
                WorkforceSpec.builder()
                    .addArms(PLAIN)
                    .addRules(MarginalEffort.of(), MarginalEffort.of(2))
                    .build()));
  }

  @Test
  void rejectsOutOfRangeSettings() {
    assertEquals(
        "periods must lie from 1 to 1000, got 0",
        message(() -> WorkforceSpec.builder().addArms(PLAIN).periods(0).build()));
    assertEquals(
        "replications must lie from 1 to 10000000, got 0",
        message(() -> WorkforceSpec.builder().addArms(PLAIN).replications(0).build()));
    assertEquals(
        "parallelism must be 0 (all processors) or more, got -1",
        message(() -> WorkforceSpec.builder().addArms(PLAIN).parallelism(-1).build()));
    assertEquals(
        "confidence must lie above 0 and below 1, got 0",
        message(() -> WorkforceSpec.builder().addArms(PLAIN).confidence(0).build()));
    assertEquals(
        "an arm's name must not be blank",
        message(() -> WorkforceArm.of(" ", WorkforceRating.plain(1))));
  }

  @Test
  void rejectsOutOfRangePersonnelRules() {
    assertEquals(
        "a plain rating's validity must lie from 0 to 1, got 1.5",
        message(() -> WorkforceRating.plain(1.5)));
    assertEquals(
        "a plain rating's validity must lie from 0 to 1, got NaN",
        message(() -> WorkforceRating.plain(Double.NaN)));
    assertEquals(
        "the lowest share dismissed must lie above 0 and below 1, got 1",
        message(() -> Dismissal.lowestShare(1)));
    assertEquals(
        "shares must add up to 1, got 0.9", message(() -> ForcedDistribution.of(0.8, 0.1)));
    assertEquals(
        "the score cut-off must be a finite number, got Infinity",
        message(() -> Dismissal.belowScore(Double.POSITIVE_INFINITY)));
    assertEquals(
        "probation periods must lie from 1 to 1000, got 0", message(() -> Probation.of(0, 0.1)));
    assertEquals(
        "the probation share must lie from 0 to 1, got -0.1", message(() -> Probation.of(1, -0.1)));
    assertEquals(
        "the turnover rate must lie from 0 to 1, got -0.05", message(() -> Turnover.of(-0.05)));
    assertEquals(
        "the turnover's rating effect must be a finite number, got NaN",
        message(() -> Turnover.of(0.1, Double.NaN)));
    assertEquals(
        "the selection ratio must lie above 0 and at most 1, got 0",
        message(() -> Selection.of(0.5, 0)));
    assertEquals(
        "the selection ratio must lie above 0 and at most 1, got 1.2",
        message(() -> Selection.of(0.5, 1.2)));
    assertEquals(
        "the selection validity must lie from 0 to 1, got -0.5",
        message(() -> Selection.of(-0.5, 0.5)));
  }

  @Test
  void valuesAreEqualByTheirParametersAndPrintThem() {
    new EqualsTester()
        .addEqualityGroup(Dismissal.lowestShare(0.1), Dismissal.lowestShare(0.1))
        .addEqualityGroup(
            Dismissal.forced(ForcedDistribution.of(0.2, 0.7, 0.1)),
            Dismissal.forced(ForcedDistribution.of(0.2, 0.7, 0.1)))
        .addEqualityGroup(Dismissal.belowScore(0.4), Dismissal.belowScore(0.4))
        .addEqualityGroup(Dismissal.none(), Dismissal.none())
        .addEqualityGroup(Turnover.of(0.1), Turnover.of(0.1, 0))
        .addEqualityGroup(Selection.random(), Selection.of(0, 1))
        .addEqualityGroup(WorkforceRating.plain(0.5), PlainRating.of(0.5))
        .addEqualityGroup(
            WorkforceRating.policy(ScoringPolicy.defaults()),
            PolicyRating.of(ScoringPolicy.defaults()))
        .testEquals();
    assertEquals("forced(0.9, 0.1)", Dismissal.lowestShare(0.1).toString());
    assertEquals(0.1, Dismissal.lowestShare(0.1).lowestShare());
    assertEquals(
        "forced(0.2, 0.7, 0.1)", Dismissal.forced(ForcedDistribution.of(0.2, 0.7, 0.1)).toString());
    assertEquals("belowScore(0.4)", Dismissal.belowScore(0.4).toString());
    assertEquals("none()", Dismissal.none().toString());
    assertEquals("plain(validity=0.5)", WorkforceRating.plain(0.5).toString());
    assertEquals("probation(periods=2, share=0.1)", Probation.of(2, 0.1).toString());
    assertEquals("turnover(rate=0.1, ratingEffect=-0.5)", Turnover.of(0.1, -0.5).toString());
    assertEquals("selection(validity=0.5, ratio=0.2)", Selection.of(0.5, 0.2).toString());
    WorkforceArm arm = WorkforceArm.of("a", WorkforceRating.plain(1));
    assertEquals(
        "rated plain(validity=1); no dismissal; no turnover; selection(validity=0, ratio=1)",
        arm.describe());
    assertEquals(
        "rated by its policy; dismissal belowScore(0.5); probation(periods=1, share=0);"
            + " turnover(rate=0.1, ratingEffect=0); selection(validity=0.5, ratio=0.2)",
        arm.withRating(WorkforceRating.policy(ScoringPolicy.defaults()))
            .withDismissal(Dismissal.belowScore(0.5))
            .withProbation(Probation.of(1, 0))
            .withTurnover(Turnover.of(0.1))
            .withSelection(Selection.of(0.5, 0.2))
            .describe());
    assertEquals(Dismissal.none(), arm.dismissal());
    assertEquals(Turnover.none(), arm.turnover());
    assertEquals(Selection.random(), arm.selection());
  }

  @Test
  void turnoverFollowsTheRatingThroughItsLogOdds() {
    Turnover flat = Turnover.of(0.2);
    assertEquals(0.2, flat.probability(3));
    Turnover best = Turnover.of(0.2, 1);
    assertEquals(0.2, best.probability(0), 1e-15);
    assertEquals(1 / (1 + Math.exp(-(Math.log(0.25) + 2))), best.probability(2), 1e-15);
    assertEquals(0.0, Turnover.of(0, 5).probability(3));
    assertEquals(1.0, Turnover.of(1, -5).probability(3));
  }

  @Test
  void aPolicyNamingUnknownIdsIsRejectedWhenCompiling() {
    WorkforceSpec spec =
        WorkforceSpec.builder()
            .addArms(
                WorkforceArm.of(
                    "odd",
                    WorkforceRating.policy(
                        ScoringPolicy.builder()
                            .putElementStrategy("K-nobody", Strategies.linear())
                            .build())))
            .build();
    assertThrows(PolicyException.class, () -> WorkforceSimulation.compile(spec));
  }
}
