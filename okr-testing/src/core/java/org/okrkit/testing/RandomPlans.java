package org.okrkit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Valid random plans from a seed: every kind of target and direction, owner and objective
 * hierarchies, KPIs supporting several key results, check-ins including milestone reports. The same
 * seed and size always give the same plan. Every plan has at least one owner, objective, key result
 * and KPI. {@link PlanArbitraries} makes jqwik arbitraries of them.
 */
public final class RandomPlans {
  /** The levels and frequencies in declaration order, which the seed picks by index. */
  private static final List<Level> LEVELS = List.of(Level.values());

  private static final List<Frequency> FREQUENCIES = List.of(Frequency.values());

  private RandomPlans() {}

  /**
   * A valid plan of roughly {@code size} elements.
   *
   * @param seed the seed of the plan's random choices
   * @param size about how many elements the plan has, at least 0
   */
  public static Plan generate(long seed, int size) {
    return generate(seed, size, false);
  }

  /**
   * As {@link #generate(long, int)}, and with {@code supportLinks} about one in four of the KPIs'
   * contributions and of the objectives' parent links {@linkplain Contribution#supportOnly()
   * support-only}, chosen by a second stream of the seed, so that the plan is otherwise the one
   * {@code generate(seed, size)} makes.
   *
   * @param seed the seed of every random choice
   * @param size about how many elements, at least 0
   * @param supportLinks whether to mark some links support-only
   */
  public static Plan generate(long seed, int size, boolean supportLinks) {
    Random r = new Random(seed);
    Random links = new Random(~seed);
    Period period = Period.quarter(2020 + r.nextInt(10), 1 + r.nextInt(4));
    Plan.Builder plan = Plan.builder().period(period);
    if (r.nextBoolean()) {
      plan.name("plan " + seed);
    }

    List<Owner> owners = new ArrayList<>();
    int ownerCount = 1 + r.nextInt(1 + size / 3);
    for (int i = 0; i < ownerCount; i++) {
      Owner.Builder o = Owner.builder().id("P" + i).name("Owner " + i);
      if (i > 0 && r.nextInt(10) > 0) {
        Owner parent = owners.get(r.nextInt(i));
        int level = Math.min(3, LEVELS.indexOf(parent.level()) + r.nextInt(2));
        o.parentId(parent.id()).level(LEVELS.get(level));
      } else {
        o.level(LEVELS.get(r.nextInt(4)));
      }
      owners.add(o.build());
    }
    plan.addAllOwners(owners);

    List<Objective> objectives = new ArrayList<>();
    List<KeyResult> keyResults = new ArrayList<>();
    int objectiveCount = 1 + r.nextInt(1 + size / 4);
    for (int i = 0; i < objectiveCount; i++) {
      Objective.Builder o =
          Objective.builder()
              .id("O" + i)
              .title("Objective " + i)
              .ownerId(pick(r, owners).id())
              .kind(r.nextBoolean() ? ObjectiveKind.COMMITTED : ObjectiveKind.ASPIRATIONAL);
      int parent = r.nextInt(3);
      boolean hasParent = false;
      if (i > 0 && parent == 1) {
        o.parentId(objectives.get(r.nextInt(i)).id());
        hasParent = true;
      } else if (parent == 2 && !keyResults.isEmpty()) {
        o.parentId(pick(r, keyResults).id());
        hasParent = true;
      }
      if (hasParent && supportLinks && links.nextInt(4) == 0) {
        o.parentSupportOnly(true);
      }
      if (r.nextInt(4) == 0) {
        o.addTag(r.nextBoolean() ? "innovation" : "execution");
      }
      objectives.add(o.build());
      int krCount = 1 + r.nextInt(3);
      for (int k = 0; k < krCount; k++) {
        Measure measure = measure(r, "kr measure " + i + "." + k);
        keyResults.add(
            KeyResult.builder()
                .id("KR" + i + "." + k)
                .objectiveId("O" + i)
                .title("Key result " + i + "." + k)
                .measure(measure)
                .target(target(r, measure.direction()))
                .weight(weight(r))
                .build());
      }
    }
    plan.addAllObjectives(objectives).addAllKeyResults(keyResults);

    List<Kpi> kpis = new ArrayList<>();
    int kpiCount = 1 + r.nextInt(1 + size / 3);
    for (int i = 0; i < kpiCount; i++) {
      Measure measure = measure(r, "kpi measure " + i);
      Kpi.Builder k =
          Kpi.builder()
              .id("K" + i)
              .ownerId(pick(r, owners).id())
              .title("KPI " + i)
              .measure(measure)
              .target(target(r, measure.direction()))
              .weight(weight(r))
              .frequency(FREQUENCIES.get(r.nextInt(4)));
      List<KeyResult> supported = new ArrayList<>(keyResults);
      int contributions = r.nextInt(3);
      for (int c = 0; c < contributions && !supported.isEmpty(); c++) {
        KeyResult kr = supported.remove(r.nextInt(supported.size()));
        k.addContribution(
            Contribution.builder()
                .keyResultId(kr.id())
                .weight(weight(r))
                .supportOnly(supportLinks && links.nextInt(4) == 0)
                .build());
      }
      if (r.nextInt(5) == 0) {
        k.addTag("execution");
      }
      kpis.add(k.build());
    }
    plan.addAllKpis(kpis);

    List<MeasuredElement> measured = new ArrayList<>(keyResults);
    measured.addAll(kpis);
    int checkIns = r.nextInt(1 + size);
    for (int i = 0; i < checkIns; i++) {
      MeasuredElement e = pick(r, measured);
      LocalDate date = period.start().plusDays(r.nextInt((int) period.lengthInDays()));
      CheckIn.Builder c = CheckIn.builder().elementId(e.id()).date(date);
      if (e.target().kind() == Target.Kind.MILESTONES) {
        Milestone m = pick(r, e.target().milestones());
        c.milestone(m.name()).value(r.nextInt(3) == 0 ? 0 : 1);
      } else {
        c.value(Math.round(r.nextDouble() * 2000) / 10.0);
      }
      if (r.nextInt(3) == 0) {
        c.confidence(r.nextInt(11) / 10.0);
      }
      plan.addCheckIns(c.build());
    }
    return plan.build();
  }

  /**
   * {@code plan} with random revisions: new targets (of the same shape; milestones keep their
   * names), new weights, and new contributions of KPIs, each dated on a random day of the period. A
   * revision the plan would refuse (a check-in of that day naming a milestone that the new target
   * lacks, say) is left out, so the result is always valid.
   *
   * @param r the source of the random choices
   * @param plan the plan to revise
   */
  public static Plan revised(Random r, Plan plan) {
    Period period = plan.period();
    List<MeasuredElement> measured = new ArrayList<>(plan.keyResults());
    measured.addAll(plan.kpis());
    for (MeasuredElement e : measured) {
      if (r.nextInt(4) != 0) {
        continue;
      }
      LocalDate date = period.start().plusDays(r.nextInt((int) period.lengthInDays()));
      Revision revision;
      int kind = r.nextInt(3);
      if (kind == 0) {
        revision = Revision.weight(e.id(), date, weight(r), "rebalanced", "planner");
      } else if (kind == 1 && e instanceof Kpi) {
        List<KeyResult> supported = new ArrayList<>(plan.keyResults());
        List<Contribution> contributions = new ArrayList<>();
        for (int c = r.nextInt(3); c > 0 && !supported.isEmpty(); c--) {
          contributions.add(
              Contribution.to(supported.remove(r.nextInt(supported.size())).id(), weight(r)));
        }
        revision = Revision.contributions(e.id(), date, contributions, "realigned", "planner");
      } else {
        Target t = e.target();
        Target next;
        if (t.kind() == Target.Kind.MILESTONES) {
          Milestone[] ms = new Milestone[t.milestones().size()];
          for (int i = 0; i < ms.length; i++) {
            ms[i] = Milestone.of(t.milestones().get(i).name(), 1 + r.nextInt(3));
          }
          next = Target.milestones(ms);
        } else {
          next = target(r, e.measure().direction());
          if (next.kind() == Target.Kind.MILESTONES) {
            next = increasing(r);
          }
        }
        revision = Revision.target(e.id(), date, next, "re-planned", "planner");
      }
      try {
        plan = plan.revise(revision);
      } catch (PlanValidationException refused) {
        // a revision this plan cannot take: leave it out
      }
    }
    return plan;
  }

  private static Measure measure(Random r, String name) {
    int kind = r.nextInt(10);
    if (kind < 4) {
      return Measure.increasing(name, Unit.COUNT);
    } else if (kind < 7) {
      return Measure.decreasing(name, Unit.PERCENT);
    } else if (kind < 9) {
      return Measure.range(name, Unit.RATING);
    }
    return Measure.milestones(name);
  }

  /** A valid target for a measure of {@code direction}; milestone measures get milestones. */
  private static Target target(Random r, Direction direction) {
    switch (direction) {
      case RANGE -> {
        double low = r.nextInt(50);
        return Target.range(low, low + r.nextInt(20));
      }
      case DECREASE -> {
        return r.nextBoolean() ? decreasing(r) : relative(r, -1);
      }
      default -> {
        int kind = r.nextInt(4);
        if (kind == 0) {
          return relative(r, 1);
        } else if (kind == 1) {
          int count = 1 + r.nextInt(3);
          Milestone[] milestones = new Milestone[count];
          for (int i = 0; i < count; i++) {
            milestones[i] = Milestone.of("m" + i, 1 + r.nextInt(3));
          }
          return Target.milestones(milestones);
        }
        return increasing(r);
      }
    }
  }

  private static Target increasing(Random r) {
    double baseline = r.nextInt(100);
    double value = baseline + 1 + r.nextInt(100);
    Target t = r.nextInt(4) == 0 ? Target.of(value) : Target.increase(baseline, value);
    if (r.nextBoolean()) {
      t = t.withThreshold(value - 0.5);
    }
    if (r.nextBoolean()) {
      t = t.withStretch(value + 1 + r.nextInt(50));
    }
    return t;
  }

  private static Target decreasing(Random r) {
    double baseline = 20 + r.nextInt(100);
    double value = baseline - 1 - r.nextInt(19);
    Target t = Target.decrease(baseline, value);
    if (r.nextBoolean()) {
      t = t.withThreshold(value + 0.5);
    }
    if (r.nextBoolean()) {
      t = t.withStretch(value - 1 - r.nextInt(5));
    }
    return t;
  }

  private static Target relative(Random r, int sign) {
    double baseline = 1 + r.nextInt(1000);
    double percent = 2 + r.nextInt(60);
    Target t =
        sign > 0
            ? Target.increaseByPercent(baseline, percent)
            : Target.decreaseByPercent(baseline, percent);
    if (r.nextBoolean()) {
      t = t.withThreshold(sign * percent / 2);
    }
    if (r.nextBoolean()) {
      t = t.withStretch(sign * Math.min(100, percent * 1.5));
    }
    return t;
  }

  private static double weight(Random r) {
    return 0.5 + r.nextInt(6) / 2.0;
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
