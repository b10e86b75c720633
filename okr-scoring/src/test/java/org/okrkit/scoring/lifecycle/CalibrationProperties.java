package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
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

/** Calibration on generated histories whose targets are known to be easy, hard or fair. */
class CalibrationProperties {

  /** How a team's targets are set: the range its results land in, on a target of 10. */
  enum Setting {
    EASY(9.5, 11),
    HARD(0, 2.5),
    FAIR(5.5, 8.5),
    DELIVERED(10, 10);

    final double low;
    final double high;

    Setting(double low, double high) {
      this.low = low;
      this.high = high;
    }

    double draw(Random r) {
      return low + r.nextDouble() * (high - low);
    }
  }

  /**
   * One quarter: aspirational teams, committed teams, and KPIs met by a wide or a narrow margin.
   */
  static Plan quarter(
      int index, Random r, Setting easy, Setting hard, Setting committed, double ratchet) {
    Period q = Period.quarter(2025 + index / 4, 1 + index % 4);
    Plan.Builder b = Plan.builder().period(q).addOwners(Owner.of("co", "Co", Level.COMPANY));
    List<CheckIn> checkIns = new ArrayList<>();
    String[] teams = {"team-easy", "team-hard", "team-fair", "team-committed"};
    Setting[] settings = {easy, hard, Setting.FAIR, committed};
    for (int t = 0; t < teams.length; t++) {
      String team = teams[t];
      b.addOwners(Owner.of(team, team, Level.TEAM, "co"));
      ObjectiveKind kind = t == 3 ? ObjectiveKind.COMMITTED : ObjectiveKind.ASPIRATIONAL;
      b.addObjectives(
          Objective.builder().id("O-" + team).title("Objective").ownerId(team).kind(kind).build());
      b.addKeyResults(
          KeyResult.of(
              "KR-" + team,
              "O-" + team,
              "Key result",
              Measure.increasing("m", Unit.COUNT),
              Target.increase(0, 10)));
      checkIns.add(CheckIn.of("KR-" + team, q.end(), settings[t].draw(r)));
    }
    b.addKpis(kpi("K-wide", "team-fair"), kpi("K-narrow", "team-fair"));
    checkIns.add(CheckIn.of("K-wide", q.end(), 10 * ratchet + r.nextDouble()));
    checkIns.add(CheckIn.of("K-narrow", q.end(), 10 + r.nextDouble()));
    return b.addAllCheckIns(checkIns).build();
  }

  static Kpi kpi(String id, String owner) {
    return Kpi.builder()
        .id(id)
        .ownerId(owner)
        .title(id)
        .measure(Measure.increasing(id, Unit.COUNT))
        .target(Target.increase(0, 10))
        .frequency(org.okrkit.core.Frequency.QUARTERLY)
        .addContribution(Contribution.to("KR-" + owner))
        .build();
  }

  static List<Scorecard> history(
      long seed, int quarters, Setting easy, Setting hard, Setting committed, double ratchet) {
    Random r = new Random(seed);
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < quarters; i++) {
      Plan p = quarter(i, r, easy, hard, committed, ratchet);
      cards.add(ScoringPolicy.defaults().score(p, p.period().end()));
    }
    return cards;
  }

  static List<String> flags(List<Scorecard> history) {
    return Calibration.defaults().flags(history).stream()
        .map(f -> f.kind() + " " + f.ownerId() + f.kpiId().map(k -> " " + k).orElse(""))
        .collect(Collectors.toList());
  }

  @Property(tries = 100)
  void flagsKnownEasyHardMissedAndRatchetTargets(
      @ForAll long seed, @ForAll @IntRange(min = 3, max = 8) int quarters) {
    List<Scorecard> history =
        history(seed, quarters, Setting.EASY, Setting.HARD, Setting.FAIR, 1.3);
    assertEquals(
        List.of(
            "ASPIRATIONAL_TOO_EASY team-easy",
            "ASPIRATIONAL_TOO_HARD team-hard",
            "COMMITTED_MISSED team-committed",
            "KPI_RATCHET team-fair K-wide"),
        flags(history));
  }

  @Property(tries = 100)
  void staysSilentOnAWellCalibratedHistory(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int quarters) {
    List<Scorecard> history =
        history(seed, quarters, Setting.FAIR, Setting.FAIR, Setting.DELIVERED, 1.0);
    assertEquals(List.of(), flags(history));
  }

  @Property(tries = 50)
  void needsEnoughPeriods(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int quarters) {
    assertEquals(
        List.of(), flags(history(seed, quarters, Setting.EASY, Setting.HARD, Setting.FAIR, 1.5)));
  }

  @Test
  void eachFlagCarriesItsFigures() {
    List<Scorecard> history = history(7, 3, Setting.EASY, Setting.HARD, Setting.FAIR, 1.3);
    CalibrationFlag easy = Calibration.defaults().flags(history).get(0);
    assertEquals(
        List.of("2025-Q1", "2025-Q2", "2025-Q3"),
        easy.figures().stream().map(CalibrationFlag.Figure::period).collect(Collectors.toList()));
    for (CalibrationFlag.Figure f : easy.figures()) {
      assertEquals(true, f.value() >= 0.95);
    }
    String text = Calibration.defaults().render(history);
    assertEquals(4, text.lines().count());
    assertEquals(
        true,
        text.startsWith(
            "ASPIRATIONAL_TOO_EASY team-easy: aspirational OKRs of 'team-easy' scored "),
        text);
    assertEquals("No calibration flags over 0 periods\n", Calibration.defaults().render(List.of()));
  }
}
