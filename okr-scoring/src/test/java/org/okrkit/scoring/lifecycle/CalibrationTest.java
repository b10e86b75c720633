package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/** Calibration's settings and the edges of its rules, on small hand-made histories. */
class CalibrationTest {

  @Test
  void theSettingsAreChecked() {
    assertEquals(
        "calibration needs at least 1 period, got 0",
        assertThrows(IllegalArgumentException.class, () -> Calibration.builder().periods(0).build())
            .getMessage());
    assertEquals(1, Calibration.builder().periods(1).build().periods());
    assertEquals(
        "calibration needs 0 <= tooHardUpTo < tooEasyFrom, both finite, got -0.1 and 0.9",
        assertThrows(
                IllegalArgumentException.class,
                () -> Calibration.builder().tooHardUpTo(-0.1).build())
            .getMessage());
    assertEquals(
        "calibration needs 0 <= tooHardUpTo < tooEasyFrom, both finite, got 0.5 and 0.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> Calibration.builder().tooHardUpTo(0.5).tooEasyFrom(0.5).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibration.builder().tooEasyFrom(Double.POSITIVE_INFINITY).build());
    assertEquals(0.0, Calibration.builder().tooHardUpTo(0).build().tooHardUpTo());
    assertEquals(
        "the ratchet margin must be a finite number of at least 0, got -0.01",
        assertThrows(
                IllegalArgumentException.class,
                () -> Calibration.builder().ratchetMargin(-0.01).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Calibration.builder().ratchetMargin(Double.NaN).build());
    assertEquals(0.0, Calibration.builder().ratchetMargin(0).build().ratchetMargin());
  }

  static Period quarter(int i) {
    return Period.quarter(2025, 1 + i);
  }

  /**
   * One quarter of team {@code t}: an objective of each kind given, each with one key result of
   * target 0 -> 10 that reached the value given (none when NaN).
   */
  static Plan.Builder team(int i, double aspirational, double aspirational2, double committed) {
    Plan.Builder b = Plan.builder().period(quarter(i)).addOwners(Owner.of("t", "T", Level.TEAM));
    double[] values = {aspirational, aspirational2, committed};
    for (int o = 0; o < values.length; o++) {
      if (Double.isNaN(values[o])) {
        continue;
      }
      b.addObjectives(
          Objective.builder()
              .id("O" + o)
              .title("O" + o)
              .ownerId("t")
              .kind(o < 2 ? ObjectiveKind.ASPIRATIONAL : ObjectiveKind.COMMITTED)
              .build());
      b.addKeyResults(
          KeyResult.of(
              "KR" + o,
              "O" + o,
              "KR",
              Measure.increasing("m", Unit.COUNT),
              Target.increase(0, 10)));
      b.addCheckIns(CheckIn.of("KR" + o, quarter(i).end(), values[o]));
    }
    return b;
  }

  static List<Scorecard> cards(List<Plan> plans) {
    List<Scorecard> cards = new ArrayList<>();
    for (Plan p : plans) {
      cards.add(ScoringPolicy.defaults().score(p, p.period().end()));
    }
    return cards;
  }

  static List<String> flags(List<Plan> plans) {
    return Calibration.defaults().flags(cards(plans)).stream()
        .map(f -> f.kind() + " " + f.message())
        .collect(Collectors.toList());
  }

  @Test
  void theThresholdsThemselvesCount() {
    // means of exactly 0.9 and 0.3 are "at or above" and "at or below"; exactly 1.0 delivered
    List<Plan> easy = new ArrayList<>();
    List<Plan> hard = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      easy.add(team(i, 9, Double.NaN, 10).build());
      hard.add(team(i, 3, Double.NaN, 10).build());
    }
    assertEquals(
        List.of(
            "ASPIRATIONAL_TOO_EASY aspirational OKRs of 't' scored 0.9 in 2025-Q1, 0.9 in 2025-Q2,"
                + " 0.9 in 2025-Q3: at or above 0.9 every time; the targets may be too easy, or"
                + " sandbagged: aim higher"),
        flags(easy));
    assertEquals(
        List.of(
            "ASPIRATIONAL_TOO_HARD aspirational OKRs of 't' scored 0.3 in 2025-Q1, 0.3 in 2025-Q2,"
                + " 0.3 in 2025-Q3: at or below 0.3 every time; the targets may be too hard: set"
                + " reachable stretch goals"),
        flags(hard));
  }

  @Test
  void anOwnersMeanIsOverItsObjectivesOfTheKind() {
    // 0.8 and 1.0 average 0.9; the committed objective, at 0.5, is judged on its own
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(team(i, 8, 10, 5).build());
    }
    assertEquals(
        List.of(
            "ASPIRATIONAL_TOO_EASY aspirational OKRs of 't' scored 0.9 in 2025-Q1, 0.9 in 2025-Q2,"
                + " 0.9 in 2025-Q3: at or above 0.9 every time; the targets may be too easy, or"
                + " sandbagged: aim higher",
            "COMMITTED_MISSED committed OKRs of 't' scored 0.5 in 2025-Q1, 0.5 in 2025-Q2, 0.5 in"
                + " 2025-Q3: below 1.0 every time; commit to less, or find what keeps them from"
                + " being delivered"),
        flags(plans));
  }

  @Test
  void onlyPeriodsWithObjectivesOfTheKindCount() {
    // the latest quarter has no aspirational objective: the three before it are the last three
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(team(i, 9.5, Double.NaN, 10).build());
    }
    plans.add(team(3, Double.NaN, Double.NaN, 10).build());
    assertEquals(
        List.of(
            "ASPIRATIONAL_TOO_EASY aspirational OKRs of 't' scored 0.95 in 2025-Q1, 0.95 in"
                + " 2025-Q2, 0.95 in 2025-Q3: at or above 0.9 every time; the targets may be too"
                + " easy, or sandbagged: aim higher"),
        flags(plans));
  }

  /** One quarter with KPI K of {@code target} on {@code measure}, which reached {@code actual}. */
  static Plan kpi(int i, Measure measure, Target target, double actual) {
    return Plan.builder()
        .period(quarter(i))
        .addOwners(Owner.of("t", "T", Level.TEAM))
        .addKpis(
            Kpi.builder()
                .id("K")
                .ownerId("t")
                .title("K")
                .measure(measure)
                .target(target)
                .frequency(Frequency.QUARTERLY)
                .build())
        .addCheckIns(CheckIn.of("K", quarter(i).end(), actual))
        .build();
  }

  static List<String> ratchets(Measure measure, Target target, double... actuals) {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < actuals.length; i++) {
      plans.add(kpi(i, measure, target, actuals[i]));
    }
    return Calibration.defaults().flags(cards(plans)).stream()
        .map(f -> f.kpiId().orElseThrow() + ": " + f.message())
        .collect(Collectors.toList());
  }

  @Test
  void aKpiWithoutABaselineIsJudgedByItsRatioToTheTarget() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Measure down = Measure.decreasing("m", Unit.COUNT);
    assertEquals(
        List.of(
            "K: KPI 'K' reached 1.2 in 2025-Q1, 1.25 in 2025-Q2, 1.3 in 2025-Q3 of its target's"
                + " achievement: met by at least 20 % beyond it every time; raise the target"),
        ratchets(up, Target.of(10), 12, 12.5, 13));
    assertEquals(List.of(), ratchets(up, Target.of(10), 12, 11.9, 13));
    // a decreasing measure: target / actual
    assertEquals(1, ratchets(down, Target.of(10), 8, 8, 8).size());
    assertEquals(List.of(), ratchets(down, Target.of(10), 8, 8.5, 8));
    // at or below 0 the ratio means nothing: met is an achievement of 1
    assertEquals(List.of(), ratchets(down, Target.of(10), 0, 0, 0));
    assertEquals(List.of(), ratchets(up, Target.of(0), 5, 5, 5));
    assertEquals(List.of(), ratchets(down, Target.of(-5), -8, -8, -8));
    // with a baseline, achievement is graded from it: (14 - 0) / (10 - 0)
    assertEquals(1, ratchets(up, Target.increase(0, 10), 14, 14, 14).size());
    assertEquals(List.of(), ratchets(up, Target.increase(5, 10), 10.5, 10.5, 10.5));
  }

  @Test
  void renderNamesTheKpiOfARatchet() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(kpi(i, Measure.increasing("m", Unit.COUNT), Target.of(10), 15));
    }
    assertEquals(
        "KPI_RATCHET t K: KPI 'K' reached 1.5 in 2025-Q1, 1.5 in 2025-Q2, 1.5 in 2025-Q3 of its"
            + " target's achievement: met by at least 20 % beyond it every time; raise the"
            + " target\n",
        Calibration.defaults().render(cards(plans)));
  }
}
