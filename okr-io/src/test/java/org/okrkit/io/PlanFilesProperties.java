package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.io.testing.HistoryPlans;

/**
 * Writing then reading gives an equal plan, for random plans with a history: revisions of every
 * kind, corrections, authors, repeated reports of a day and duplicates ({@link HistoryPlans}).
 */
class PlanFilesProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return HistoryPlans.plans();
  }

  @Provide
  Arbitrary<HistoryPlans.Generated> generated() {
    return HistoryPlans.generated();
  }

  /** The generator gives the round trips something to keep: each part of a history, often. */
  @Property(tries = 300)
  void generatedPlansCarryEveryPartOfAHistory(@ForAll("generated") HistoryPlans.Generated g) {
    Plan plan = g.plan();
    for (Revision.Kind kind : Revision.Kind.values()) {
      Statistics.label(kind + " revision")
          .collect(plan.revisions().stream().anyMatch(r -> r.kind() == kind));
    }
    Statistics.label("same-day revisions listed in the plan")
        .collect(PlanFiles.write(plan, Format.JSON).contains("\n  \"revisions\": ["));
    Statistics.label("correction").collect(plan.checkIns().stream().anyMatch(CheckIn::correction));
    Statistics.label("author")
        .collect(plan.checkIns().stream().anyMatch(c -> c.author().isPresent()));
    Statistics.label("duplicate").collect(g.duplicates() > 0);
    for (String label :
        List.of(
            "TARGET revision",
            "WEIGHT revision",
            "CONTRIBUTIONS revision",
            "same-day revisions listed in the plan",
            "correction",
            "author",
            "duplicate")) {
      Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 10));
    }
  }

  @Property(tries = 300)
  void writingThenReadingJsonGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, Format.JSON), Format.JSON));
  }

  @Property(tries = 300)
  void writingThenReadingYamlGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, Format.YAML), Format.YAML));
  }

  @Property(tries = 300)
  void bothFormatsWriteTheSameData(@ForAll("plans") Plan plan) {
    Plan viaYaml = PlanFiles.read(PlanFiles.write(plan, Format.YAML), Format.YAML);
    assertEquals(PlanFiles.write(plan, Format.JSON), PlanFiles.write(viaYaml, Format.JSON));
  }

  @Property(tries = 200)
  void theHistoryReadsBackAsItWasOnEveryDay(@ForAll("plans") Plan plan) {
    Plan read = PlanFiles.read(PlanFiles.write(plan, Format.YAML), Format.YAML);
    assertEquals(plan.original(), read.original());
    for (Revision r : plan.revisions()) {
      assertEquals(plan.asOf(r.date()), read.asOf(r.date()));
      assertEquals(plan.asOf(r.date().minusDays(1)), read.asOf(r.date().minusDays(1)));
    }
    for (MeasuredElement e : plan.keyResults()) {
      assertEquals(plan.checkInsOf(e.id()), read.checkInsOf(e.id()));
    }
    for (MeasuredElement e : plan.kpis()) {
      assertEquals(plan.checkInsOf(e.id()), read.checkInsOf(e.id()));
    }
  }

  /** Any text a person may type, including what YAML treats specially. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(s -> !s.isBlank() && isWellFormed(s)),
        Arbitraries.of(
            "yes",
            "no",
            "on",
            "off",
            "null",
            "~",
            "true",
            "1e3",
            "0x1F",
            "007",
            "-0",
            ".inf",
            "- x",
            "? q",
            "a: b",
            "#c",
            "&d",
            "*e",
            "!f",
            "%g",
            "@h",
            "`i`",
            "|j",
            ">k",
            "[l]",
            "{m}",
            "'n'",
            "\"o\"",
            "p\r\nq",
            "r\n",
            " s ",
            "t\u0085u",
            "v\u2028w",
            "x\tz",
            "\uFEFFbom",
            "\u0000",
            "2026-04-01",
            "2026-Q2"));
  }

  @Property(tries = 500)
  void anyTextRoundTrips(
      @ForAll("texts") String name, @ForAll("texts") String title, @ForAll("texts") String note) {
    LocalDate day = LocalDate.of(2026, 5, 1);
    Plan plan =
        Plan.builder()
            .name(name)
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("o", name, Level.TEAM))
            .addObjectives(Objective.of("O", title, "o"))
            .addKeyResults(
                KeyResult.of(
                    "K", "O", title, Measure.increasing(note, Unit.COUNT), Target.increase(0, 1)))
            .addCheckIns(CheckIn.builder().elementId("K").date(day).value(0.5).note(note).build())
            .build();
    for (Format f : Format.values()) {
      assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, f), f), f.toString());
    }
  }

  @Property(tries = 500)
  void anyFiniteNumberRoundTrips(@ForAll double value) {
    Plan plan =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("o", "O", Level.TEAM))
            .addObjectives(Objective.of("O", "O", "o"))
            .addKeyResults(
                KeyResult.of("K", "O", "K", Measure.increasing("m", Unit.COUNT), Target.of(1)))
            .addCheckIns(
                CheckIn.of("K", LocalDate.of(2026, 5, 1), Double.isFinite(value) ? value : 0))
            .build();
    for (Format f : Format.values()) {
      assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, f), f), f.toString());
    }
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
