package org.okrkit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Realistic plans at organisation scale: a company, departments of about twelve teams, teams of
 * eight people; three objectives of three key results for the company, each department and each
 * team, each aligned with a key result one level up; five KPIs per person, each supporting one or
 * two of the team's key results; two or three check-ins per key result and KPI. Measures, titles
 * and dates come from small shared pools, as they do in real HR data. The same people count and
 * seed give the same plan.
 *
 * <p>For load tests and benchmarks: okrkit's own (okr-bench, and okr-spark's speed comparison)
 * measure on these plans, and a host can measure its own use of okrkit on the same ones. Plain
 * Java; no jqwik or JUnit needed.
 */
public final class OrgPlans {
  /** The quarter every generated plan covers. */
  public static final Period QUARTER = Period.quarter(2026, 2);

  /** The date generated plans are scored as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

  private static final LocalDate[] DATES = {
    LocalDate.of(2026, 4, 15),
    LocalDate.of(2026, 4, 30),
    LocalDate.of(2026, 5, 15),
    LocalDate.of(2026, 5, 29)
  };
  private static final String[] KPI_TITLES = {
    "Customer calls per week", "Tickets closed", "Deals won", "Defects found",
        "Response time in hours",
    "Features shipped", "Articles published", "Trainings held", "Satisfaction rating",
        "Leads qualified"
  };
  private static final Measure[] MEASURES = new Measure[KPI_TITLES.length];

  static {
    for (int i = 0; i < KPI_TITLES.length; i++) {
      String name = KPI_TITLES[i].toLowerCase(java.util.Locale.ROOT);
      MEASURES[i] =
          i % 5 == 4
              ? Measure.decreasing(name, Unit.DURATION)
              : i % 5 == 3 ? Measure.range(name, Unit.COUNT) : Measure.increasing(name, Unit.COUNT);
    }
  }

  private OrgPlans() {}

  /**
   * The parts of a generated plan, before it is built. Filled once by {@link #parts(int, long)} and
   * never changed after; the lists it gives are read-only.
   */
  public static final class Parts {
    final List<Owner> owners = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<KeyResult> keyResults = new ArrayList<>();
    final List<Kpi> kpis = new ArrayList<>();
    final List<CheckIn> checkIns = new ArrayList<>();

    private Parts() {}

    /** The owners, the company first. */
    public List<Owner> owners() {
      return Collections.unmodifiableList(owners);
    }

    /** The objectives. */
    public List<Objective> objectives() {
      return Collections.unmodifiableList(objectives);
    }

    /** The key results. */
    public List<KeyResult> keyResults() {
      return Collections.unmodifiableList(keyResults);
    }

    /** The KPIs. */
    public List<Kpi> kpis() {
      return Collections.unmodifiableList(kpis);
    }

    /** The check-ins. */
    public List<CheckIn> checkIns() {
      return Collections.unmodifiableList(checkIns);
    }

    /** A builder holding the parts. */
    public Plan.Builder builder() {
      return Plan.builder()
          .name("Generated organisation")
          .period(QUARTER)
          .addAllOwners(owners)
          .addAllObjectives(objectives)
          .addAllKeyResults(keyResults)
          .addAllKpis(kpis)
          .addAllCheckIns(checkIns);
    }

    /** Owners, objectives, key results and KPIs: what "an element" counts. */
    public int elements() {
      return owners.size() + objectives.size() + keyResults.size() + kpis.size();
    }
  }

  /** The plan of an organisation of {@code people} people. */
  public static Plan generate(int people, long seed) {
    return parts(people, seed).builder().build();
  }

  /** The parts of the plan of an organisation of {@code people} people. */
  public static Parts parts(int people, long seed) {
    Random r = new Random(seed);
    Parts p = new Parts();
    int teams = Math.max(1, (people + 7) / 8);
    int departments = Math.max(1, (teams + 11) / 12);
    p.owners.add(Owner.of("c", "Company", Level.COMPANY));
    okrs(p, r, "c", null);
    for (int d = 0; d < departments; d++) {
      String id = "d" + d;
      p.owners.add(Owner.of(id, "Department " + d, Level.DEPARTMENT, "c"));
      okrs(p, r, id, "c");
    }
    for (int t = 0; t < teams; t++) {
      String id = "t" + t;
      p.owners.add(Owner.of(id, "Team " + t, Level.TEAM, "d" + (t % departments)));
      okrs(p, r, id, "d" + (t % departments));
    }
    for (int i = 0; i < people; i++) {
      String person = "p" + i;
      String team = "t" + (i / 8);
      p.owners.add(Owner.of(person, "Person " + i, Level.INDIVIDUAL, team));
      for (int k = 0; k < 5; k++) {
        int kind = r.nextInt(KPI_TITLES.length);
        Measure m = MEASURES[kind];
        Kpi.Builder kpi =
            Kpi.builder()
                .id(person + ".k" + k)
                .ownerId(person)
                .title(KPI_TITLES[kind])
                .measure(m)
                .target(target(m, r))
                .weight(1 + r.nextInt(3))
                .frequency(Frequency.MONTHLY);
        int first = r.nextInt(9);
        kpi.addContribution(Contribution.to(team + ".o" + (first / 3) + ".k" + (first % 3)));
        if (r.nextInt(10) < 3) {
          int second = (first + 1 + r.nextInt(8)) % 9;
          kpi.addContribution(
              Contribution.to(team + ".o" + (second / 3) + ".k" + (second % 3), 0.5));
        }
        Kpi built = kpi.build();
        p.kpis.add(built);
        checkIns(p, r, built.id(), built.target(), 2 + r.nextInt(2));
      }
    }
    return p;
  }

  /** Three objectives of three key results for {@code owner}, aligned with its parent's. */
  private static void okrs(Parts p, Random r, String owner, @Nullable String parent) {
    for (int o = 0; o < 3; o++) {
      String id = owner + ".o" + o;
      Objective.Builder objective =
          Objective.builder().id(id).title("Objective " + o).ownerId(owner);
      if (parent != null) {
        objective.parentId(parent + ".o" + r.nextInt(3) + ".k" + r.nextInt(3));
      }
      p.objectives.add(objective.build());
      for (int k = 0; k < 3; k++) {
        Measure m = MEASURES[r.nextInt(3)];
        KeyResult kr =
            KeyResult.builder()
                .id(id + ".k" + k)
                .objectiveId(id)
                .title("Key result " + k)
                .measure(m)
                .target(target(m, r))
                .build();
        p.keyResults.add(kr);
        checkIns(p, r, kr.id(), kr.target(), 2);
      }
    }
  }

  private static Target target(Measure m, Random r) {
    return switch (m.direction()) {
      case DECREASE -> Target.decrease(20 + r.nextInt(20), 5 + r.nextInt(10));
      case RANGE -> {
        int low = 2 + r.nextInt(5);
        yield Target.range(low, low + 3);
      }
      default -> {
        int base = r.nextInt(50);
        yield Target.increase(base, base + 10 + r.nextInt(40));
      }
    };
  }

  private static void checkIns(Parts p, Random r, String element, Target t, int count) {
    double scale =
        t.kind() == Target.Kind.RANGE ? t.high().getAsDouble() : t.absoluteValue().getAsDouble();
    for (int c = 0; c < count; c++) {
      p.checkIns.add(
          CheckIn.of(element, DATES[c], (double) Math.round(scale * (0.3 + r.nextDouble()))));
    }
  }
}
