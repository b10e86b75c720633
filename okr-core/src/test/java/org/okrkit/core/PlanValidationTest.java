package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per validation rule, asserting the exact path and message. */
class PlanValidationTest {
  static final Period Q2 = Period.quarter(2026, 2);
  static final String ID_SYNTAX =
      "1 to 128 letters, digits, '_', '-', '.' or ':', starting with a letter or digit";
  static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  static final Owner COMPANY = Owner.of("co", "Company", Level.COMPANY);
  static final Owner TEAM = Owner.of("team", "Team", Level.TEAM, "co");
  static final Owner ANN = Owner.of("ann", "Ann", Level.INDIVIDUAL, "team");
  static final Objective O1 = Objective.of("O1", "Grow", "team");
  static final KeyResult KR1 =
      KeyResult.of(
          "KR1",
          "O1",
          "Partners",
          Measure.increasing("partners", Unit.COUNT),
          Target.increase(0, 20));
  static final Kpi K1 =
      Kpi.builder()
          .id("K1")
          .ownerId("ann")
          .title("Campaigns")
          .measure(Measure.increasing("campaigns", Unit.COUNT))
          .target(Target.increase(0, 5))
          .addContribution(Contribution.to("KR1"))
          .build();

  /** A valid plan's parts, to which each test adds one fault. */
  static Plan.Builder base() {
    return Plan.builder()
        .period(Q2)
        .addOwners(COMPANY, TEAM, ANN)
        .addObjectives(O1)
        .addKeyResults(KR1)
        .addKpis(K1);
  }

  static List<String> problems(Plan.Builder plan) {
    return plan.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  static KeyResult kr(String id, Target target) {
    return KeyResult.of(id, "O1", "KR " + id, Measure.increasing("m " + id, Unit.COUNT), target);
  }

  @Test
  void theBasePlanIsValid() {
    assertEquals(List.of(), problems(base()));
    Plan plan = base().build();
    assertEquals(3, plan.owners().size());
  }

  @Test
  @DisplayName("the issue's example: a stretch below the target of an INCREASE measure")
  void stretchBelowTarget() {
    KeyResult kr2 = kr("KR2", Target.increase(100, 120).withStretch(90));
    assertEquals(
        List.of("keyResults[KR2].target: stretch 90 lies below target 120 for an INCREASE measure"),
        problems(base().addKeyResults(kr2)));
  }

  @Test
  void buildThrowsWithEveryProblemAndBuildsNothing() {
    Plan.Builder plan =
        base()
            .addKeyResults(kr("KR2", Target.increase(0, 10)).withWeight(-1))
            .addCheckIns(CheckIn.of("KR2", LocalDate.of(2026, 7, 1), 3));
    PlanValidationException e = assertThrows(PlanValidationException.class, plan::build);
    assertEquals(
        List.of(
            Problem.of(
                Location.part("keyResults", "KR2", 1).then("weight"),
                "weight -1 must be a finite number above 0"),
            Problem.of(
                Location.item("checkIns", 0).then("date"),
                "date 2026-07-01 lies outside the plan period 2026-Q2 (2026-04-01 to 2026-06-30)")),
        e.problems());
    assertEquals(
        "invalid plan: 2 problems\n"
            + "  keyResults[KR2].weight: weight -1 must be a finite number above 0\n"
            + "  checkIns[0].date: date 2026-07-01 lies outside the plan period 2026-Q2"
            + " (2026-04-01 to 2026-06-30)",
        e.getMessage());
  }

  @Test
  void aPlanNeedsAPeriod() {
    assertEquals(List.of("period: a plan needs a period"), problems(Plan.builder()));
  }

  @Nested
  class Ids {
    @Test
    void invalidIdsAreReportedByPosition() {
      assertEquals(
          List.of(
              "owners[#3].id: id 'bad id' is invalid; expected 1 to 128 letters, digits, '_', '-',"
                  + " '.' or ':', starting with a letter or digit"),
          problems(base().addOwners(Owner.of("bad id", "Bad", Level.TEAM))));
      assertEquals(
          List.of(
              "kpis[#1].id: id '' is invalid; expected 1 to 128 letters, digits, '_', '-', '.' or"
                  + " ':', starting with a letter or digit"),
          problems(base().addKpis(K1.withId(""))));
    }

    @Test
    void idsAreUniqueAcrossEveryKind() {
      assertEquals(
          List.of("kpis[O1].id: id 'O1' is already used by objectives[O1]; ids must be unique"),
          problems(base().addKpis(K1.withId("O1"))));
      assertEquals(
          List.of(
              "objectives[team].id: id 'team' is already used by owners[team]; ids must be unique"),
          problems(base().addObjectives(O1.withId("team"))));
      assertEquals(
          List.of(
              "keyResults[KR1].id: id 'KR1' is already used by keyResults[KR1]; ids must be unique"),
          problems(base().addKeyResults(KR1)));
    }

    @Test
    void idsAreCaseSensitive() {
      assertEquals(List.of(), problems(base().addKeyResults(KR1.withId("kr1"))));
    }

    @Test
    void tagsFollowTheIdSyntax() {
      assertEquals(
          List.of(
              "objectives[O2].tags: tag 'two words' is invalid; expected 1 to 128 letters, digits,"
                  + " '_', '-', '.' or ':', starting with a letter or digit"),
          problems(base().addObjectives(O1.withId("O2").withTags("ok", "two words"))));
    }
  }

  @Nested
  class References {
    @Test
    void unknownIdsAreNamed() {
      assertEquals(
          List.of("keyResults[KR2].objective: unknown objective 'O9'"),
          problems(base().addKeyResults(kr("KR2", Target.increase(0, 1)).withObjectiveId("O9"))));
      assertEquals(
          List.of("objectives[O2].owner: unknown owner 'nobody'"),
          problems(base().addObjectives(Objective.of("O2", "Other", "nobody"))));
      assertEquals(
          List.of("kpis[K2].owner: unknown owner 'nobody'"),
          problems(base().addKpis(K1.withId("K2").withOwnerId("nobody"))));
      assertEquals(
          List.of("owners[t2].parent: unknown owner 'nobody'"),
          problems(base().addOwners(Owner.of("t2", "T2", Level.TEAM, "nobody"))));
      assertEquals(
          List.of("objectives[O2].parent: unknown objective or key result 'X'"),
          problems(base().addObjectives(O1.withId("O2").withParentId("X"))));
      assertEquals(
          List.of("kpis[K2].contributions[KR9].keyResult: unknown key result 'KR9'"),
          problems(base().addKpis(K1.withId("K2").withContributions(Contribution.to("KR9")))));
    }

    @Test
    void idsOfTheWrongKindSayWhatTheyAre() {
      assertEquals(
          List.of("keyResults[KR2].objective: 'K1' is kpis[K1], expected an objective"),
          problems(base().addKeyResults(kr("KR2", Target.increase(0, 1)).withObjectiveId("K1"))));
      assertEquals(
          List.of("kpis[K2].owner: 'O1' is objectives[O1], expected an owner"),
          problems(base().addKpis(K1.withId("K2").withOwnerId("O1"))));
    }

    @Test
    void aKpiSupportsEachKeyResultOnce() {
      Kpi twice =
          K1.withId("K2").withContributions(Contribution.to("KR1"), Contribution.to("KR1", 2));
      assertEquals(
          List.of(
              "kpis[K2].contributions[KR1]: the KPI contributes to key result 'KR1' more than once;"
                  + " expected one contribution per key result"),
          problems(base().addKpis(twice)));
    }

    @Test
    void anObjectiveMayContributeToAnObjectiveOrAKeyResult() {
      assertEquals(
          List.of(),
          problems(
              base()
                  .addObjectives(
                      O1.withId("O2").withParentId("O1"), O1.withId("O3").withParentId("KR1"))));
    }
  }

  @Nested
  class Hierarchies {
    @Test
    void anOwnersParentIsNotBelowIt() {
      assertEquals(
          List.of(
              "owners[t2].parent: parent 'ann' is at level INDIVIDUAL, below this TEAM owner;"
                  + " expected a parent at the same level or higher"),
          problems(base().addOwners(Owner.of("t2", "T2", Level.TEAM, "ann"))));
    }

    @Test
    void ownerCyclesAreReportedOnce() {
      assertEquals(
          List.of("owners[a].parent: the owner hierarchy has a cycle: a -> b -> c -> a"),
          problems(
              base()
                  .addOwners(
                      Owner.of("a", "A", Level.TEAM, "b"),
                      Owner.of("b", "B", Level.TEAM, "c"),
                      Owner.of("c", "C", Level.TEAM, "a"))));
      assertEquals(
          List.of("owners[self].parent: the owner hierarchy has a cycle: self -> self"),
          problems(base().addOwners(Owner.of("self", "Self", Level.TEAM, "self"))));
    }

    @Test
    void objectiveCyclesThroughKeyResultsAreReported() {
      Objective o1 = O1.withParentId("KR2");
      Objective o2 = Objective.of("O2", "Two", "team").withParentId("KR1");
      KeyResult kr2 = kr("KR2", Target.increase(0, 1)).withObjectiveId("O2");
      assertEquals(
          List.of(
              "objectives[O1].parent: objectives contribute to each other in a cycle:"
                  + " O1 -> KR2 -> O2 -> KR1 -> O1"),
          problems(
              Plan.builder()
                  .period(Q2)
                  .addOwners(COMPANY, TEAM, ANN)
                  .addObjectives(o1, o2)
                  .addKeyResults(KR1, kr2)));
      assertEquals(
          List.of(
              "objectives[O1].parent: objectives contribute to each other in a cycle: O1 -> KR1 -> O1"),
          problems(
              Plan.builder()
                  .period(Q2)
                  .addOwners(COMPANY, TEAM)
                  .addObjectives(O1.withParentId("KR1"))
                  .addKeyResults(KR1)));
    }
  }

  @Nested
  class Numbers {
    @Test
    void weightsAreFiniteAndPositive() {
      assertEquals(
          List.of(
              "keyResults[KR2].weight: weight 0 must be a finite number above 0",
              "kpis[K2].weight: weight NaN must be a finite number above 0",
              "kpis[K2].contributions[KR1].weight: weight -0.5 must be a finite number above 0"),
          problems(
              base()
                  .addKeyResults(kr("KR2", Target.increase(0, 1)).withWeight(0))
                  .addKpis(
                      K1.withId("K2")
                          .withWeight(Double.NaN)
                          .withContributions(Contribution.to("KR1", -0.5)))));
    }

    @Test
    void targetNumbersAreFinite() {
      Target t = Target.builder().kind(Target.Kind.ABSOLUTE).baseline(0).value(Double.NaN).build();
      assertEquals(
          List.of("keyResults[KR2].target: value NaN is not a finite number"),
          problems(base().addKeyResults(kr("KR2", t))));
    }

    @Test
    void targetsFitTheirMeasure() {
      KeyResult range = kr("KR2", Target.range(3, 5));
      assertEquals(
          List.of(
              "keyResults[KR2].target: a RANGE target needs a RANGE measure, the measure is INCREASE"),
          problems(base().addKeyResults(range)));
      KeyResult graded = kr("KR2", Target.increase(0, 10).withBaseline(10));
      assertEquals(
          List.of(
              "keyResults[KR2].target: target 10 equals its baseline; expected a target above the"
                  + " baseline for an INCREASE measure"),
          problems(base().addKeyResults(graded)));
      KeyResult inverted = kr("KR2", Target.increase(0, 10).withThreshold(12));
      assertEquals(
          List.of(
              "keyResults[KR2].target: threshold 12 lies above target 10 for an INCREASE measure"),
          problems(base().addKeyResults(inverted)));
      Target relative = Target.builder().kind(Target.Kind.RELATIVE).value(30).build();
      assertEquals(
          List.of("keyResults[KR2].target: a RELATIVE target needs a baseline"),
          problems(base().addKeyResults(kr("KR2", relative))));
      Target reversed = Target.builder().kind(Target.Kind.RANGE).low(5).high(3).build();
      assertEquals(
          List.of("kpis[K2].target: range low 5 lies above high 3; expected low <= high"),
          problems(
              base()
                  .addKpis(
                      K1.withId("K2")
                          .withMeasure(Measure.range("features", Unit.COUNT))
                          .withTarget(reversed))));
    }
  }

  @Nested
  class TextAndTime {
    @Test
    void namesAndTitlesAreNotBlank() {
      assertEquals(
          List.of(
              "owners[x].name: name must not be blank",
              "objectives[O2].title: title must not be blank",
              "keyResults[KR2].measure.name: measure name must not be blank"),
          problems(
              base()
                  .addOwners(Owner.of("x", " ", Level.TEAM))
                  .addObjectives(O1.withId("O2").withTitle(""))
                  .addKeyResults(
                      kr("KR2", Target.increase(0, 1))
                          .withMeasure(Measure.increasing("", Unit.COUNT)))));
    }

    @Test
    void keyResultAndKpiTitlesTagsAndPeriodsAreChecked() {
      assertEquals(
          List.of(
              "keyResults[KR3].title: title must not be blank",
              "keyResults[KR4].tags: tag 'no good' is invalid; expected " + ID_SYNTAX,
              "kpis[K3].title: title must not be blank",
              "kpis[K4].tags: tag 'no good' is invalid; expected " + ID_SYNTAX,
              "kpis[K5].period: period 2026-Q3 (2026-07-01 to 2026-09-30) lies outside the plan"
                  + " period 2026-Q2 (2026-04-01 to 2026-06-30)"),
          problems(
              base()
                  .addKeyResults(
                      kr("KR3", Target.increase(0, 1)).withTitle(" "),
                      kr("KR4", Target.increase(0, 1)).withTags("fine", "no good"))
                  .addKpis(
                      K1.withId("K3").withTitle(""),
                      K1.withId("K4").withTags("no good"),
                      K1.withId("K5").withPeriod(Q2.next()))));
    }

    @Test
    void aKpisFrequencyFitsItsPeriod() {
      assertEquals(
          List.of(
              "kpis[K2].frequency: YEARLY reporting needs a period of at least 365 days, but 2026-Q2 has 91"),
          problems(base().addKpis(K1.withId("K2").withFrequency(Frequency.YEARLY))));
      assertEquals(
          List.of(
              "kpis[K2].frequency: QUARTERLY reporting needs a period of at least 90 days, but"
                  + " 2026-05 has 31"),
          problems(
              base()
                  .addKpis(
                      K1.withId("K2")
                          .withFrequency(Frequency.QUARTERLY)
                          .withPeriod(Period.month(2026, 5)))));
    }

    @Test
    void elementPeriodsOverlapThePlanPeriod() {
      assertEquals(
          List.of(
              "objectives[O2].period: period 2026-Q4 (2026-10-01 to 2026-12-31) lies outside the plan"
                  + " period 2026-Q2 (2026-04-01 to 2026-06-30)"),
          problems(base().addObjectives(O1.withId("O2").withPeriod(Period.quarter(2026, 4)))));
      assertEquals(
          List.of(), problems(base().addObjectives(O1.withId("O2").withPeriod(Period.year(2026)))));
    }

    @Test
    void milestonesAreDueInsideThePlanPeriod() {
      Target t =
          Target.milestones(Milestone.builder().name("deck").due(LocalDate.of(2026, 8, 1)).build());
      KeyResult kr = KeyResult.of("KR2", "O1", "Roadshow", Measure.milestones("roadshow"), t);
      assertEquals(
          List.of(
              "keyResults[KR2].target: milestone 'deck' is due 2026-08-01, outside the plan period"
                  + " 2026-Q2 (2026-04-01 to 2026-06-30)"),
          problems(base().addKeyResults(kr)));
    }
  }

  @Nested
  class CheckIns {
    final KeyResult roadshow =
        KeyResult.of(
            "KR-road",
            "O1",
            "Roadshow",
            Measure.milestones("roadshow"),
            Target.milestones(Milestone.of("deck"), Milestone.of("model")));

    @Test
    void checkInsReferToKeyResultsOrKpis() {
      assertEquals(
          List.of(
              "checkIns[0].element: unknown key result or KPI 'nope'",
              "checkIns[1].element: 'O1' is an objective; check-ins record values of key results and KPIs",
              "checkIns[2].element: 'ann' is an owner; check-ins record values of key results and KPIs"),
          problems(
              base()
                  .addCheckIns(
                      CheckIn.of("nope", MAY_1, 1),
                      CheckIn.of("O1", MAY_1, 1),
                      CheckIn.of("ann", MAY_1, 1))));
    }

    @Test
    void checkInsLieInThePeriodWithFiniteValuesAndConfidence() {
      assertEquals(
          List.of(
              "checkIns[0].date: date 2026-03-31 lies outside the plan period 2026-Q2 (2026-04-01 to 2026-06-30)",
              "checkIns[1].value: value Infinity is not a finite number",
              "checkIns[2].confidence: confidence 1.5 lies outside [0, 1]",
              "checkIns[3].confidence: confidence NaN lies outside [0, 1]"),
          problems(
              base()
                  .addCheckIns(
                      CheckIn.of("KR1", LocalDate.of(2026, 3, 31), 1),
                      CheckIn.of("KR1", MAY_1, Double.POSITIVE_INFINITY),
                      CheckIn.of("KR1", MAY_1, 2).withConfidence(1.5),
                      CheckIn.of("K1", MAY_1, 2).withConfidence(Double.NaN))));
    }

    @Test
    void milestoneCheckInsNameAKnownMilestoneAndSayDoneOrNot() {
      assertEquals(
          List.of(
              "checkIns[0].milestone: 'KR-road' has 2 milestones; a check-in must name the one it reports",
              "checkIns[1].milestone: unknown milestone 'slides' of 'KR-road'",
              "checkIns[2].value: a milestone check-in has value 1 (done) or 0 (not done), got 0.5",
              "checkIns[3].milestone: 'KR1' has an ABSOLUTE target; only check-ins of MILESTONES"
                  + " targets name a milestone"),
          problems(
              base()
                  .addKeyResults(roadshow)
                  .addCheckIns(
                      CheckIn.of("KR-road", MAY_1, 1),
                      CheckIn.milestone("KR-road", MAY_1, "slides", true),
                      CheckIn.milestone("KR-road", MAY_1, "deck", true).withValue(0.5),
                      CheckIn.milestone("KR1", MAY_1, "deck", true))));
    }

    @Test
    void aSingleMilestoneNeedNotBeNamed() {
      KeyResult single =
          KeyResult.of(
              "KR-one", "O1", "Deck", Measure.milestones("deck"), Target.milestone("deck"));
      assertEquals(
          List.of(),
          problems(base().addKeyResults(single).addCheckIns(CheckIn.of("KR-one", MAY_1, 1))));
    }
  }

  @Nested
  class NullArguments {
    @Test
    void nullsAreRejectedWithTheParameterName() {
      assertEquals(
          "id",
          assertThrows(NullPointerException.class, () -> Owner.of(null, "x", Level.TEAM))
              .getMessage());
      assertEquals(
          "owners[3]",
          assertThrows(NullPointerException.class, () -> base().addOwners((Owner) null))
              .getMessage());
      assertEquals(
          "period",
          assertThrows(NullPointerException.class, () -> Plan.builder().period(null)).getMessage());
      Plan plan = base().build();
      assertEquals(
          "id",
          assertThrows(NullPointerException.class, () -> plan.keyResultsOf(null)).getMessage());
      assertEquals(
          "asOf",
          assertThrows(NullPointerException.class, () -> plan.valueAsOf("KR1", null)).getMessage());
      assertEquals(
          "checkIn",
          assertThrows(NullPointerException.class, () -> plan.withCheckIn(null)).getMessage());
    }

    @Test
    void missingRequiredFieldsAreNamed() {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> KeyResult.builder().id("x").build());
      assertEquals(
          "Cannot build KeyResult, some of required attributes are not set [objectiveId, title, measure, target]",
          e.getMessage());
    }
  }
}
