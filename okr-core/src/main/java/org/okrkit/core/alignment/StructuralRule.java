package org.okrkit.core.alignment;

import static org.okrkit.core.alignment.Text.level;
import static org.okrkit.core.alignment.Text.list;
import static org.okrkit.core.alignment.Text.percent;
import static org.okrkit.core.alignment.Text.period;
import static org.okrkit.core.alignment.Text.q;
import static org.okrkit.core.alignment.Text.share;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.okrkit.core.Contribution;
import org.okrkit.core.Contributor;
import org.okrkit.core.Direction;
import org.okrkit.core.Element;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.internal.Checks;

/**
 * The built-in rules, one constant each: enum constants are immutable values that compare, print
 * and hash as data. {@link AlignmentRules} documents their codes and conditions.
 */
enum StructuralRule implements AlignmentRule {
  ORPHAN_KPIS("orphanKpis") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      for (Kpi k : context.plan().kpis()) {
        if (k.contributions().isEmpty()) {
          findings.accept(
              Finding.of(
                  AlignmentRules.ORPHAN_KPI,
                  Severity.WARNING,
                  List.of(k.id()),
                  "KPI " + q(k.id()) + " supports no key result",
                  "add a contribution to the key result the KPI serves, or retire the KPI if it"
                      + " serves none"));
        }
      }
    }
  },

  UNSUPPORTED_KEY_RESULTS("unsupportedKeyResults") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      for (KeyResult k : context.plan().keyResults()) {
        if (!graph.isSupported(k.id())) {
          findings.accept(
              Finding.of(
                  AlignmentRules.UNSUPPORTED_KEY_RESULT,
                  Severity.WARNING,
                  List.of(k.id()),
                  "key result " + q(k.id()) + " is supported by no KPI, directly or through the"
                      + " objectives aligned with it",
                  "break the key result down into at least one KPI that contributes to it, or"
                      + " align with it an objective whose key results KPIs support"));
        }
      }
    }
  },

  LOW_COVERAGE("lowCoverage") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      double minimum = context.config().minimumCoverage();
      Coverage coverage = context.graph().coverage();
      for (Objective o : context.plan().objectives()) {
        double covered = coverage.objective(o.id());
        if (!(covered < minimum)) {
          continue;
        }
        boolean fed = context.graph().isFed(o.id());
        findings.accept(
            Finding.of(
                AlignmentRules.LOW_COVERAGE,
                Severity.WARNING,
                List.of(o.id()),
                fed
                    ? "objective " + q(o.id()) + " has " + percent(covered)
                        + " of its key-result weight backed by KPIs; expected at least "
                        + share(minimum)
                    : "objective " + q(o.id()) + " has no key results and no objectives aligned"
                        + " with it, so no KPI backs it; expected at least " + share(minimum)
                        + " of its key-result weight backed by KPIs",
                fed
                    ? "support the objective's unbacked key results with KPIs"
                    : "add key results that prove the objective, and KPIs that support them"));
      }
    }
  },

  CONTRIBUTION_WEIGHT_SUMS("contributionWeightSums") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentConfig config = context.config();
      if (!config.contributionWeightsSumToOne()) {
        return;
      }
      Plan plan = context.plan();
      for (KeyResult k : plan.keyResults()) {
        List<Contributor> contributors = new ArrayList<>(plan.contributorsTo(k.id()));
        if (contributors.isEmpty()) {
          continue;
        }
        contributors.sort(Comparator.comparing(c -> c.kpi().id()));
        double sum = 0;
        List<String> ids = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        ids.add(k.id());
        for (Contributor c : contributors) {
          sum += c.weight();
          ids.add(c.kpi().id());
          terms.add(c.kpi().id() + " " + Checks.number(c.weight()));
        }
        if (Math.abs(sum - 1) <= config.contributionWeightTolerance()) {
          continue;
        }
        findings.accept(
            Finding.of(
                AlignmentRules.CONTRIBUTION_WEIGHT_SUM,
                Severity.ERROR,
                ids,
                "the contribution weights into key result " + q(k.id()) + " sum to "
                    + Text.figure(sum) + " (" + list(terms) + "); expected 1 within "
                    + Checks.number(config.contributionWeightTolerance()),
                "re-weight the KPIs contributing to " + q(k.id())
                    + " so that their contribution weights sum to 1"));
      }
    }
  },

  KPI_SPREAD("kpiSpread") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      int max = context.config().maxKeyResultsPerKpi();
      for (Kpi k : context.plan().kpis()) {
        if (k.contributions().size() <= max) {
          continue;
        }
        List<String> keyResults = new ArrayList<>();
        for (Contribution c : k.contributions()) {
          keyResults.add(c.keyResult());
        }
        findings.accept(
            Finding.of(
                AlignmentRules.KPI_SPREAD,
                Severity.WARNING,
                ImmutableList.<String>builder().add(k.id()).addAll(keyResults).build(),
                "KPI " + q(k.id()) + " supports " + k.contributions().size() + " key results ("
                    + list(keyResults) + "); expected at most " + max,
                "keep the contributions to the key results the KPI moves most, or split it into"
                    + " focused KPIs"));
      }
    }
  },

  LEVEL_INVERSION("levelInversion") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      forEachSupport(
          context,
          (k, kr, kpiOwner, krOwner, kpiAt, krAt) -> {
            if (!kpiOwner.level().isAbove(krOwner.level())) {
              return;
            }
            findings.accept(
                Finding.of(
                    AlignmentRules.LEVEL_INVERSION,
                    Severity.WARNING,
                    List.of(k.id(), kr.id(), kpiOwner.id(), krOwner.id()),
                    "KPI " + q(k.id()) + " of " + level(kpiOwner) + " supports key result "
                        + q(kr.id()) + " of " + level(krOwner) + "; expected a KPI owner at the"
                        + " key result owner's level or below",
                    "KPIs break key results down: give the KPI to " + q(krOwner.id())
                        + " or someone below, or let it support a key result at "
                        + kpiOwner.level() + " level or above"));
          });
    }
  },

  SKIPPED_LEVELS("skippedLevels") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      Plan plan = context.plan();
      forEachSupport(
          context,
          (k, kr, kpiOwner, krOwner, kpiAt, krAt) -> {
            List<String> bypassed = graph.org().between(kpiAt, krOwner.level());
            if (bypassed.isEmpty()) {
              return;
            }
            List<String> named = new ArrayList<>();
            for (String id : bypassed) {
              named.add(level(plan.owner(id).orElseThrow()));
            }
            findings.accept(
                Finding.of(
                    AlignmentRules.SKIPPED_LEVEL,
                    Severity.WARNING,
                    ImmutableList.<String>builder()
                        .add(k.id(), kr.id(), kpiOwner.id(), krOwner.id())
                        .addAll(bypassed)
                        .build(),
                    "KPI " + q(k.id()) + " of " + level(kpiOwner) + " supports key result "
                        + q(kr.id()) + " of " + level(krOwner) + " directly, bypassing "
                        + list(named) + " in between; expected the KPI to support a key result"
                        + " of " + q(bypassed.get(0)) + " that is aligned up to " + q(kr.id()),
                    "let the KPI support a key result of " + q(bypassed.get(0))
                        + ", and align that key result's objective with " + q(kr.id())));
          });
    }
  },

  CROSS_UNIT_SUPPORT("crossUnitSupport") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      forEachSupport(
          context,
          (k, kr, kpiOwner, krOwner, kpiAt, krAt) -> {
            int unitAt = graph.org().unit(krAt);
            if (graph.org().isPartOf(kpiAt, unitAt)) {
              return;
            }
            String unit = graph.org().id(unitAt);
            boolean own = unit.equals(krOwner.id());
            ImmutableList.Builder<String> ids =
                ImmutableList.<String>builder().add(k.id(), kr.id(), kpiOwner.id(), krOwner.id());
            if (!own) {
              ids.add(unit);
            }
            findings.accept(
                Finding.of(
                    AlignmentRules.CROSS_UNIT,
                    Severity.INFO,
                    ids.build(),
                    "KPI " + q(k.id()) + " of " + q(kpiOwner.id()) + " supports key result "
                        + q(kr.id()) + " of " + q(krOwner.id())
                        + (own ? ", a unit " : " in unit " + q(unit) + ", which ")
                        + q(kpiOwner.id()) + " is not part of",
                    "cross-unit support is legitimate when intended: make sure " + q(unit)
                        + " and " + q(kpiOwner.id()) + " both know that " + q(kr.id())
                        + " counts on " + q(k.id())));
          });
    }
  },

  PERIOD_MISMATCH("periodMismatch") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph.Supports supports = context.graph().supports();
      for (int i = 0; i < supports.kpi.length; i++) {
            Kpi k = supports.kpi[i];
            KeyResult kr = supports.keyResult[i];
            Period kpiPeriod = supports.kpiPeriod[i];
            Period krPeriod = supports.keyResultPeriod[i];
            // most KPIs and key results share the plan's period: the same instance
            if (kpiPeriod != krPeriod && !krPeriod.encloses(kpiPeriod)) {
              findings.accept(
                  Finding.of(
                      AlignmentRules.PERIOD_MISMATCH,
                      Severity.WARNING,
                      List.of(k.id(), kr.id()),
                      "KPI " + q(k.id()) + " runs " + period(kpiPeriod)
                          + ", beyond the period of key result " + q(kr.id()) + ", "
                          + period(krPeriod) + "; expected the KPI's period inside the key"
                          + " result's",
                      "give the KPI its own period inside " + krPeriod
                          + ", or let it support a key result of its own period"));
            }
            if (!k.frequency().fitsIn(krPeriod)) {
              findings.accept(
                  Finding.of(
                      AlignmentRules.FREQUENCY_MISMATCH,
                      Severity.WARNING,
                      List.of(k.id(), kr.id()),
                      "KPI " + q(k.id()) + " reports " + k.frequency() + ", which needs at least "
                          + k.frequency().minimumDays() + " days, but key result " + q(kr.id())
                          + " runs " + krPeriod.lengthInDays() + " days, " + period(krPeriod)
                          + "; expected a reporting frequency that fits the key result's period",
                      "report the KPI " + coarsestFitting(krPeriod) + " or more often"));
            }
      }
    }
  },

  DIRECTION_CONFLICT("directionConflict") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      forEachSupport(
          context,
          (k, kr, kpiOwner, krOwner, kpiAt, krAt) -> {
            Direction kpiWay = k.measure().direction();
            Direction krWay = kr.measure().direction();
            // the cheap test first: names are compared only for opposite directions
            if (!opposite(kpiWay, krWay) || !sameMeasureName(k, kr)) {
              return;
            }
            findings.accept(
                Finding.of(
                    AlignmentRules.DIRECTION_CONFLICT,
                    Severity.ERROR,
                    List.of(k.id(), kr.id()),
                    "KPI " + q(k.id()) + " aims to " + kpiWay + " " + q(k.measure().name())
                        + " while key result " + q(kr.id()) + " aims to " + krWay
                        + " it; expected both to move the measure the same way",
                    "correct the direction and target of whichever is wrong, or give the KPI a"
                        + " measure of its own if it tracks something else"));
          });
    }
  },

  OVERLOAD("overload") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      Plan plan = context.plan();
      int maxObjectives = context.config().maxObjectivesPerOwner();
      for (Owner o : plan.owners()) {
        List<Objective> objectives = plan.objectivesOf(o.id());
        if (objectives.size() > maxObjectives) {
          List<String> ids = sortedIds(objectives);
          findings.accept(
              Finding.of(
                  AlignmentRules.TOO_MANY_OBJECTIVES,
                  Severity.WARNING,
                  ImmutableList.<String>builder().add(o.id()).addAll(ids).build(),
                  "owner " + q(o.id()) + " sets " + objectives.size() + " objectives ("
                      + list(ids) + "); expected at most " + maxObjectives,
                  "focus on at most " + maxObjectives + " objectives: merge related ones or move"
                      + " some to a later period"));
        }
      }
      int maxKeyResults = context.config().maxKeyResultsPerObjective();
      for (Objective o : plan.objectives()) {
        List<KeyResult> keyResults = plan.keyResultsOf(o.id());
        if (keyResults.size() > maxKeyResults) {
          List<String> ids = sortedIds(keyResults);
          findings.accept(
              Finding.of(
                  AlignmentRules.TOO_MANY_KEY_RESULTS,
                  Severity.WARNING,
                  ImmutableList.<String>builder().add(o.id()).addAll(ids).build(),
                  "objective " + q(o.id()) + " has " + keyResults.size() + " key results ("
                      + list(ids) + "); expected at most " + maxKeyResults,
                  "keep the key results that best prove the objective, and track the others as"
                      + " KPIs"));
        }
      }
    }
  },

  DUPLICATE_KPIS("duplicateKpis") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      // duplicates share an owner: group each owner's few KPIs, in plan order of owners
      List<List<Kpi>> duplicates = new ArrayList<>();
      Plan plan = context.plan();
      for (Owner owner : plan.owners()) {
        List<Kpi> kpis = plan.kpisOf(owner.id());
        if (kpis.size() < 2) {
          continue;
        }
        if (!anyAlike(kpis)) {
          continue;
        }
        Map<List<Object>, List<Kpi>> groups = new LinkedHashMap<>();
        for (Kpi k : kpis) {
          List<Object> key =
              List.of(
                  measureKey(k.measure().name()),
                  k.measure().unit(),
                  k.measure().direction(),
                  k.target());
          groups.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
        for (List<Kpi> group : groups.values()) {
          if (group.size() > 1) {
            duplicates.add(group);
          }
        }
      }
      for (List<Kpi> group : duplicates) {
        if (group.size() < 2) {
          continue;
        }
        // the KPI of the smallest id names the measure, so that the message ignores plan order
        group.sort(Comparator.comparing(Kpi::id));
        Kpi first = group.get(0);
        List<String> ids = sortedIds(group);
        List<String> quoted = new ArrayList<>();
        for (String id : ids) {
          quoted.add(q(id));
        }
        findings.accept(
            Finding.of(
                AlignmentRules.DUPLICATE_KPI,
                Severity.WARNING,
                ImmutableList.<String>builder().addAll(ids).add(first.owner()).build(),
                "KPIs " + list(quoted) + " of owner " + q(first.owner()) + " share the measure "
                    + q(first.measure().name()) + " and the target " + first.target().describe()
                    + "; expected one KPI per owner, measure and target",
                "merge them into one KPI that carries all their contributions"));
      }
    }
  };

  private final String factory;

  StructuralRule(String factory) {
    this.factory = factory;
  }

  /** The factory that returns the rule: {@code AlignmentRules.orphanKpis()}. */
  @Override
  public String toString() {
    return "AlignmentRules." + factory + "()";
  }

  /** One KPI's support for one key result, with both owners. */
  @FunctionalInterface
  interface Support {
    /** One contribution; {@code kpiOwnerAt} and {@code keyResultOwnerAt} are org-chart positions. */
    void accept(
        Kpi kpi, KeyResult keyResult, Owner kpiOwner, Owner keyResultOwner, int kpiOwnerAt,
        int keyResultOwnerAt);
  }

  /** Calls {@code action} for every contribution of every KPI, in plan and contribution order. */
  static void forEachSupport(AlignmentContext context, Support action) {
    AlignmentGraph.Supports s = context.graph().supports();
    for (int i = 0; i < s.kpi.length; i++) {
      action.accept(
          s.kpi[i], s.keyResult[i], s.kpiOwner[i], s.keyResultOwner[i], s.kpiOwnerAt[i],
          s.keyResultOwnerAt[i]);
    }
  }

  /**
   * Whether two of the KPIs might be duplicates: same unit, direction and target. A quick pairwise
   * test that spares the measure names' normalisation for the owners, nearly all, without any.
   */
  static boolean anyAlike(List<Kpi> kpis) {
    if (kpis.size() > 64) {
      return true;
    }
    for (int i = 1; i < kpis.size(); i++) {
      Kpi a = kpis.get(i);
      for (int j = 0; j < i; j++) {
        Kpi b = kpis.get(j);
        if (a.measure().unit() == b.measure().unit()
            && a.measure().direction() == b.measure().direction()
            && a.target().equals(b.target())) {
          return true;
        }
      }
    }
    return false;
  }

  static String measureKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  static boolean sameMeasureName(Kpi kpi, KeyResult keyResult) {
    return measureKey(kpi.measure().name()).equals(measureKey(keyResult.measure().name()));
  }

  static boolean opposite(Direction a, Direction b) {
    return (a == Direction.INCREASE && b == Direction.DECREASE)
        || (a == Direction.DECREASE && b == Direction.INCREASE);
  }

  /** The least frequent reporting that fits a period; {@code DAILY} fits every period. */
  static Frequency coarsestFitting(Period period) {
    Frequency[] all = Frequency.values();
    for (int i = all.length - 1; i > 0; i--) {
      if (all[i].fitsIn(period)) {
        return all[i];
      }
    }
    return all[0];
  }

  static List<String> sortedIds(List<? extends Element> elements) {
    List<String> ids = new ArrayList<>(elements.size());
    for (Element e : elements) {
      ids.add(e.id());
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }
}
