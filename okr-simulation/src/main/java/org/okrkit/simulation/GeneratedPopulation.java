package org.okrkit.simulation;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
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

/**
 * A {@link Population} generated from sizes: an org chart of {@link #depth()} levels above {@link
 * #teams()} teams of {@link #peoplePerTeam()} people, each person with {@link #kpisPerPerson()}
 * KPIs and one objective of {@link #keyResultsPerPerson()} key results.
 *
 * <p>The {@linkplain #plan() plan} it stands for, for period 2026-Q1:
 *
 * <ul>
 *   <li>owners: with depth 2 a company {@code C} above departments {@code D0, D1, …} of {@link
 *       #teamsPerDepartment()} teams each; with depth 1 the departments only; with depth 0 the
 *       teams only; teams {@code T0, T1, …}; people {@code P0, P1, …} at level {@code INDIVIDUAL};
 *   <li>each person's objective {@code O-P<i>}: {@code COMMITTED} for an evenly spread {@link
 *       #committedShare()} of people, else {@code ASPIRATIONAL}; key results {@code KR-P<i>-<k>},
 *       {@code 0 -> 100} with threshold 70 and stretch 130;
 *   <li>KPIs {@code K-P<i>-<j>}: {@code 0 -> 100} with threshold 80 and stretch 120, KPI {@code j}
 *       contributing to key result {@code j mod keyResultsPerPerson} of the same person.
 * </ul>
 */
@Value.Immutable
public abstract sealed class GeneratedPopulation implements Population
    permits ImmutableGeneratedPopulation {

  GeneratedPopulation() {}

  /** The number of teams; 10 by default; at least 1. */
  @Value.Default
  public int teams() {
    return 10;
  }

  /** People per team; 8 by default; at least 1. */
  @Value.Default
  public int peoplePerTeam() {
    return 8;
  }

  /** KPIs per person; 5 by default; at least 0. */
  @Value.Default
  public int kpisPerPerson() {
    return 5;
  }

  /** Key results of each person's objective; 3 by default; at least 0 (0: no objective). */
  @Value.Default
  public int keyResultsPerPerson() {
    return 3;
  }

  /** The share of people whose objective is committed; 0.5 by default; from 0 to 1. */
  @Value.Default
  public double committedShare() {
    return 0.5;
  }

  /**
   * Levels of the org chart above the teams: 0, 1 (departments) or 2 (and a company); 2 by default.
   */
  @Value.Default
  public int depth() {
    return 2;
  }

  /** Teams per department, when there are departments; 5 by default; at least 1. */
  @Value.Default
  public int teamsPerDepartment() {
    return 5;
  }

  /** The number of people: {@code teams × peoplePerTeam}. */
  public final int people() {
    return teams() * peoplePerTeam();
  }

  /** The generated population with every default: 80 people. */
  public static GeneratedPopulation defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeneratedPopulation}. */
  public static final class Builder extends ImmutableGeneratedPopulation.Builder {
    Builder() {}
  }

  /** The plan described above, built on first use. */
  @Override
  @Value.Lazy
  public Plan plan() {
    Plan.Builder plan = Plan.builder().name("generated population").period(Period.quarter(2026, 1));
    List<Owner> owners = new ArrayList<>();
    int departments = (teams() + teamsPerDepartment() - 1) / teamsPerDepartment();
    if (depth() == 2) {
      owners.add(Owner.of("C", "Company", Level.COMPANY));
    }
    if (depth() >= 1) {
      for (int d = 0; d < departments; d++) {
        owners.add(
            depth() == 2
                ? Owner.of("D" + d, "Department " + d, Level.DEPARTMENT, "C")
                : Owner.of("D" + d, "Department " + d, Level.DEPARTMENT));
      }
    }
    for (int t = 0; t < teams(); t++) {
      owners.add(
          depth() >= 1
              ? Owner.of("T" + t, "Team " + t, Level.TEAM, "D" + (t / teamsPerDepartment()))
              : Owner.of("T" + t, "Team " + t, Level.TEAM));
    }
    Measure krMeasure = Measure.increasing("key result progress", Unit.PERCENT);
    Measure kpiMeasure = Measure.increasing("KPI attainment", Unit.PERCENT);
    Target krTarget = Target.increase(0, 100).withThreshold(70).withStretch(130);
    Target kpiTarget = Target.increase(0, 100).withThreshold(80).withStretch(120);
    List<Objective> objectives = new ArrayList<>();
    List<KeyResult> keyResults = new ArrayList<>();
    List<Kpi> kpis = new ArrayList<>();
    int people = people();
    for (int i = 0; i < people; i++) {
      String person = "P" + i;
      owners.add(Owner.of(person, "Person " + i, Level.INDIVIDUAL, "T" + (i / peoplePerTeam())));
      int krs = keyResultsPerPerson();
      if (krs > 0) {
        boolean committed =
            Math.floor((i + 1) * committedShare()) > Math.floor(i * committedShare());
        String objective = "O-" + person;
        objectives.add(
            Objective.builder()
                .id(objective)
                .title("Objective of person " + i)
                .ownerId(person)
                .kind(committed ? ObjectiveKind.COMMITTED : ObjectiveKind.ASPIRATIONAL)
                .build());
        for (int k = 0; k < krs; k++) {
          keyResults.add(
              KeyResult.of(
                  "KR-" + person + "-" + k, objective, "Key result " + k, krMeasure, krTarget));
        }
      }
      for (int j = 0; j < kpisPerPerson(); j++) {
        Kpi.Builder kpi =
            Kpi.builder()
                .id("K-" + person + "-" + j)
                .ownerId(person)
                .title("KPI " + j)
                .measure(kpiMeasure)
                .target(kpiTarget);
        if (krs > 0) {
          kpi.addContribution(Contribution.to("KR-" + person + "-" + (j % krs)));
        }
        kpis.add(kpi.build());
      }
    }
    return plan.addAllOwners(owners)
        .addAllObjectives(objectives)
        .addAllKeyResults(keyResults)
        .addAllKpis(kpis)
        .build();
  }

  @Value.Check
  final void check() {
    ModelProblems.require(teams() >= 1, "population.teams", "teams", teams());
    ModelProblems.require(
        peoplePerTeam() >= 1, "population.peoplePerTeam", "people", peoplePerTeam());
    ModelProblems.require(
        kpisPerPerson() >= 0, "population.kpisPerPerson", "kpis", kpisPerPerson());
    ModelProblems.require(
        keyResultsPerPerson() >= 0,
        "population.keyResultsPerPerson",
        "keyResults",
        keyResultsPerPerson());
    ModelProblems.require(
        kpisPerPerson() + keyResultsPerPerson() >= 1,
        "population.elementsPerPerson",
        "kpis",
        kpisPerPerson(),
        "keyResults",
        keyResultsPerPerson());
    ModelProblems.require(
        committedShare() >= 0 && committedShare() <= 1,
        "population.committedShare",
        "share",
        committedShare());
    ModelProblems.require(depth() >= 0 && depth() <= 2, "population.depth", "depth", depth());
    ModelProblems.require(
        teamsPerDepartment() >= 1, "population.teamsPerDepartment", "teams", teamsPerDepartment());
  }
}
