package org.okrkit.core.alignment;

import static org.okrkit.core.alignment.Text.level;
import static org.okrkit.core.alignment.Text.list;
import static org.okrkit.core.alignment.Text.percent;
import static org.okrkit.core.alignment.Text.period;
import static org.okrkit.core.alignment.Text.q;
import static org.okrkit.core.alignment.Text.share;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.okrkit.core.Direction;
import org.okrkit.core.Element;
import org.okrkit.core.Frequency;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.internal.Checks;

/**
 * The built-in rules, one constant each: enum constants are immutable values that compare, print
 * and hash as data. {@link AlignmentRules} documents their codes and conditions.
 */
enum StructuralRule implements AlignmentRule {
  ORPHAN_KPIS("orphanKpis") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      Flow flow = context.graph().flow();
      for (int p = 0; p < flow.structure().kpiCount(); p++) {
        int x = flow.kpiNode(p);
        if (flow.edgesFrom(x) == flow.edgesTo(x)) {
          String id = flow.id(x);
          findings.accept(
              Finding.of(
                  AlignmentRules.ORPHAN_KPI,
                  Severity.WARNING,
                  List.of(id),
                  "KPI " + q(id) + " supports no key result",
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
      PlanStructure s = graph.structure();
      Flow.Figures figures = graph.figures();
      for (int k = 0; k < s.keyResultCount(); k++) {
        if (!figures.supported(graph.flow().keyResultNode(k))) {
          String id = s.measuredId(k);
          findings.accept(
              Finding.of(
                  AlignmentRules.UNSUPPORTED_KEY_RESULT,
                  Severity.WARNING,
                  List.of(id),
                  "key result " + q(id) + " is supported by no KPI, directly or through the"
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
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      Flow.Figures figures = graph.figures();
      // objective o is node o of the flow
      for (int o = 0; o < s.objectiveCount(); o++) {
        double covered = figures.covered(o);
        if (!(covered < minimum)) {
          continue;
        }
        String id = s.objectiveId(o);
        boolean fed = graph.flow().isFed(o);
        findings.accept(
            Finding.of(
                AlignmentRules.LOW_COVERAGE,
                Severity.WARNING,
                List.of(id),
                fed
                    ? "objective " + q(id) + " has " + percent(covered)
                        + " of its key-result weight backed by KPIs; expected at least "
                        + share(minimum)
                    : "objective " + q(id) + " has no key results and no objectives aligned"
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
      Flow flow = context.graph().flow();
      PlanStructure s = flow.structure();
      List<Integer> contributors = new ArrayList<>();
      for (int k = 0; k < s.keyResultCount(); k++) {
        // the KPIs among the key result's feeders, each with its contribution weight
        int x = flow.keyResultNode(k);
        contributors.clear();
        for (int at = flow.feedersFrom(x); at < flow.feedersTo(x); at++) {
          if (flow.isKpi(flow.feeder(at))) {
            contributors.add(at);
          }
        }
        if (contributors.isEmpty()) {
          continue;
        }
        contributors.sort(Comparator.comparing(at -> flow.id(flow.feeder(at))));
        String id = s.measuredId(k);
        double sum = 0;
        List<String> ids = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        ids.add(id);
        for (int at : contributors) {
          String kpi = flow.id(flow.feeder(at));
          double weight = flow.feederValue(at);
          sum += weight;
          ids.add(kpi);
          terms.add(kpi + " " + Checks.number(weight));
        }
        if (Math.abs(sum - 1) <= config.contributionWeightTolerance()) {
          continue;
        }
        findings.accept(
            Finding.of(
                AlignmentRules.CONTRIBUTION_WEIGHT_SUM,
                Severity.ERROR,
                ids,
                "the contribution weights into key result " + q(id) + " sum to "
                    + Text.figure(sum) + " (" + list(terms) + "); expected 1 within "
                    + Checks.number(config.contributionWeightTolerance()),
                "re-weight the KPIs contributing to " + q(id)
                    + " so that their contribution weights sum to 1"));
      }
    }
  },

  KPI_SPREAD("kpiSpread") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      int max = context.config().maxKeyResultsPerKpi();
      Flow flow = context.graph().flow();
      for (int p = 0; p < flow.structure().kpiCount(); p++) {
        int x = flow.kpiNode(p);
        int supported = flow.edgesTo(x) - flow.edgesFrom(x);
        if (supported <= max) {
          continue;
        }
        String id = flow.id(x);
        List<String> keyResults = new ArrayList<>();
        for (int e = flow.edgesFrom(x); e < flow.edgesTo(x); e++) {
          keyResults.add(flow.id(flow.target(e)));
        }
        findings.accept(
            Finding.of(
                AlignmentRules.KPI_SPREAD,
                Severity.WARNING,
                ImmutableList.<String>builder().add(id).addAll(keyResults).build(),
                "KPI " + q(id) + " supports " + supported + " key results ("
                    + list(keyResults) + "); expected at most " + max,
                "keep the contributions to the key results the KPI moves most, or split it into"
                    + " focused KPIs"));
      }
    }
  },

  LEVEL_INVERSION("levelInversion") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      OrgChart org = graph.org();
      AlignmentGraph.Supports supports = graph.supports();
      for (int i = 0; i < supports.size(); i++) {
        int kpiAt = supports.kpiOwner[i];
        int krAt = supports.keyResultOwner[i];
        if (!org.level(kpiAt).isAbove(org.level(krAt))) {
          continue;
        }
        String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
        String kr = s.measuredId(supports.keyResult[i]);
        Owner kpiOwner = s.owner(kpiAt);
        Owner krOwner = s.owner(krAt);
        findings.accept(
            Finding.of(
                AlignmentRules.LEVEL_INVERSION,
                Severity.WARNING,
                List.of(k, kr, kpiOwner.id(), krOwner.id()),
                "KPI " + q(k) + " of " + level(kpiOwner) + " supports key result " + q(kr)
                    + " of " + level(krOwner) + "; expected a KPI owner at the key result owner's"
                    + " level or below",
                "KPIs break key results down: give the KPI to " + q(krOwner.id())
                    + " or someone below, or let it support a key result at "
                    + kpiOwner.level() + " level or above"));
      }
    }
  },

  SKIPPED_LEVELS("skippedLevels") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      OrgChart org = graph.org();
      AlignmentGraph.Supports supports = graph.supports();
      for (int i = 0; i < supports.size(); i++) {
        int kpiAt = supports.kpiOwner[i];
        int krAt = supports.keyResultOwner[i];
        Level krLevel = org.level(krAt);
        // nearly every support bypasses nobody: ask before building the list
        if (!org.anyBetween(kpiAt, krLevel)) {
          continue;
        }
        ImmutableIntArray between = org.between(kpiAt, krLevel);
        List<String> bypassed = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (int j = 0; j < between.length(); j++) {
          bypassed.add(s.ownerId(between.get(j)));
          named.add(level(s.owner(between.get(j))));
        }
        String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
        String kr = s.measuredId(supports.keyResult[i]);
        Owner kpiOwner = s.owner(kpiAt);
        Owner krOwner = s.owner(krAt);
        findings.accept(
            Finding.of(
                AlignmentRules.SKIPPED_LEVEL,
                Severity.WARNING,
                ImmutableList.<String>builder()
                    .add(k, kr, kpiOwner.id(), krOwner.id())
                    .addAll(bypassed)
                    .build(),
                "KPI " + q(k) + " of " + level(kpiOwner) + " supports key result " + q(kr)
                    + " of " + level(krOwner) + " directly, bypassing " + list(named)
                    + " in between; expected the KPI to support a key result of "
                    + q(bypassed.get(0)) + " that is aligned up to " + q(kr),
                "let the KPI support a key result of " + q(bypassed.get(0))
                    + ", and align that key result's objective with " + q(kr)));
      }
    }
  },

  CROSS_UNIT_SUPPORT("crossUnitSupport") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      OrgChart org = graph.org();
      AlignmentGraph.Supports supports = graph.supports();
      for (int i = 0; i < supports.size(); i++) {
        int kpiAt = supports.kpiOwner[i];
        int krAt = supports.keyResultOwner[i];
        int unitAt = org.unit(krAt);
        if (org.isPartOf(kpiAt, unitAt)) {
          continue;
        }
        String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
        String kr = s.measuredId(supports.keyResult[i]);
        String kpiOwner = s.ownerId(kpiAt);
        String krOwner = s.ownerId(krAt);
        String unit = s.ownerId(unitAt);
        boolean own = unitAt == krAt;
        ImmutableList.Builder<String> ids =
            ImmutableList.<String>builder().add(k, kr, kpiOwner, krOwner);
        if (!own) {
          ids.add(unit);
        }
        findings.accept(
            Finding.of(
                AlignmentRules.CROSS_UNIT,
                Severity.INFO,
                ids.build(),
                "KPI " + q(k) + " of " + q(kpiOwner) + " supports key result " + q(kr) + " of "
                    + q(krOwner) + (own ? ", a unit " : " in unit " + q(unit) + ", which ")
                    + q(kpiOwner) + " is not part of",
                "cross-unit support is legitimate when intended: make sure " + q(unit) + " and "
                    + q(kpiOwner) + " both know that " + q(kr) + " counts on " + q(k)));
      }
    }
  },

  PERIOD_MISMATCH("periodMismatch") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      AlignmentGraph.Supports supports = graph.supports();
      AlignmentGraph.Kpis kpis = graph.kpis();
      Period planPeriod = context.plan().period();
      // each objective's period, and the frequencies that fit it, once
      Period[] objectivePeriod = new Period[s.objectiveCount()];
      for (int o = 0; o < objectivePeriod.length; o++) {
        objectivePeriod[o] = s.objective(o).period().orElse(planPeriod);
      }
      FrequencyFit fits = new FrequencyFit(objectivePeriod.length);
      for (int i = 0; i < supports.size(); i++) {
        int p = supports.kpi[i];
        int o = s.keyResultObjective(supports.keyResult[i]);
        Period kpiPeriod = kpis.period[p];
        Period krPeriod = objectivePeriod[o];
        Frequency frequency = kpis.frequency[p];
        // most KPIs and key results share the plan's period: the same instance
        if (kpiPeriod != krPeriod && !krPeriod.encloses(kpiPeriod)) {
          String k = s.measuredId(s.keyResultCount() + p);
          String kr = s.measuredId(supports.keyResult[i]);
          findings.accept(
              Finding.of(
                  AlignmentRules.PERIOD_MISMATCH,
                  Severity.WARNING,
                  List.of(k, kr),
                  "KPI " + q(k) + " runs " + period(kpiPeriod)
                      + ", beyond the period of key result " + q(kr) + ", " + period(krPeriod)
                      + "; expected the KPI's period inside the key result's",
                  "give the KPI its own period inside " + krPeriod
                      + ", or let it support a key result of its own period"));
        }
        if (!fits.fits(o, frequency, krPeriod)) {
          String k = s.measuredId(s.keyResultCount() + p);
          String kr = s.measuredId(supports.keyResult[i]);
          findings.accept(
              Finding.of(
                  AlignmentRules.FREQUENCY_MISMATCH,
                  Severity.WARNING,
                  List.of(k, kr),
                  "KPI " + q(k) + " reports " + frequency + ", which needs at least "
                      + frequency.minimumDays() + " days, but key result " + q(kr) + " runs "
                      + krPeriod.lengthInDays() + " days, " + period(krPeriod)
                      + "; expected a reporting frequency that fits the key result's period",
                  "report the KPI " + coarsestFitting(krPeriod) + " or more often"));
        }
      }
    }
  },

  DIRECTION_CONFLICT("directionConflict") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      AlignmentGraph.Supports supports = graph.supports();
      AlignmentGraph.Kpis kpis = graph.kpis();
      // each key result's measure once, as the KPIs' are
      Measure[] keyResultMeasure = new Measure[s.keyResultCount()];
      for (int k = 0; k < keyResultMeasure.length; k++) {
        keyResultMeasure[k] = s.keyResult(k).measure();
      }
      for (int i = 0; i < supports.size(); i++) {
        Measure kpiMeasure = kpis.measure[supports.kpi[i]];
        Measure krMeasure = keyResultMeasure[supports.keyResult[i]];
        Direction kpiWay = kpiMeasure.direction();
        Direction krWay = krMeasure.direction();
        // the cheap test first: names are compared only for opposite directions
        if (!opposite(kpiWay, krWay) || !sameMeasureName(kpiMeasure.name(), krMeasure.name())) {
          continue;
        }
        String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
        String kr = s.measuredId(supports.keyResult[i]);
        findings.accept(
            Finding.of(
                AlignmentRules.DIRECTION_CONFLICT,
                Severity.ERROR,
                List.of(k, kr),
                "KPI " + q(k) + " aims to " + kpiWay + " " + q(kpiMeasure.name())
                    + " while key result " + q(kr) + " aims to " + krWay
                    + " it; expected both to move the measure the same way",
                "correct the direction and target of whichever is wrong, or give the KPI a"
                    + " measure of its own if it tracks something else"));
      }
    }
  },

  OVERLOAD("overload") {
    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      PlanStructure s = context.graph().structure();
      int maxObjectives = context.config().maxObjectivesPerOwner();
      for (int w = 0; w < s.ownerCount(); w++) {
        ImmutableIntArray objectives = s.objectivesOf(w);
        if (objectives.length() > maxObjectives) {
          List<String> ids = new ArrayList<>(objectives.length());
          objectives.forEach(o -> ids.add(s.objectiveId(o)));
          ids.sort(Comparator.naturalOrder());
          String owner = s.ownerId(w);
          findings.accept(
              Finding.of(
                  AlignmentRules.TOO_MANY_OBJECTIVES,
                  Severity.WARNING,
                  ImmutableList.<String>builder().add(owner).addAll(ids).build(),
                  "owner " + q(owner) + " sets " + objectives.length() + " objectives ("
                      + list(ids) + "); expected at most " + maxObjectives,
                  "focus on at most " + maxObjectives + " objectives: merge related ones or move"
                      + " some to a later period"));
        }
      }
      int maxKeyResults = context.config().maxKeyResultsPerObjective();
      for (int o = 0; o < s.objectiveCount(); o++) {
        ImmutableIntArray keyResults = s.keyResultsOf(o);
        if (keyResults.length() > maxKeyResults) {
          List<String> ids = new ArrayList<>(keyResults.length());
          keyResults.forEach(k -> ids.add(s.measuredId(k)));
          ids.sort(Comparator.naturalOrder());
          String objective = s.objectiveId(o);
          findings.accept(
              Finding.of(
                  AlignmentRules.TOO_MANY_KEY_RESULTS,
                  Severity.WARNING,
                  ImmutableList.<String>builder().add(objective).addAll(ids).build(),
                  "objective " + q(objective) + " has " + keyResults.length() + " key results ("
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
      // duplicates share an owner: group each owner's few KPIs
      AlignmentGraph graph = context.graph();
      PlanStructure s = graph.structure();
      AlignmentGraph.Kpis kpis = graph.kpis();
      int[] leader = new int[8];
      for (int w = 0; w < s.ownerCount(); w++) {
        ImmutableIntArray held = s.kpisOf(w);
        int n = held.length();
        if (n < 2 || !anyAlike(held, kpis)) {
          continue;
        }
        // each KPI joins the group of the first earlier KPI with the same measure and target
        if (leader.length < n) {
          leader = new int[Math.max(n, leader.length * 2)];
        }
        for (int j = 0; j < n; j++) {
          leader[j] = j;
          for (int i = 0; i < j; i++) {
            if (leader[i] == i && sameKpiMeasure(kpis, held.get(i), held.get(j))) {
              leader[j] = i;
              break;
            }
          }
        }
        for (int i = 0; i < n; i++) {
          if (leader[i] != i) {
            continue;
          }
          List<Kpi> group = new ArrayList<>();
          for (int j = i; j < n; j++) {
            if (leader[j] == i) {
              group.add(s.kpi(held.get(j)));
            }
          }
          if (group.size() > 1) {
            findings.accept(duplicates(group));
          }
        }
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

  /** The finding for KPIs of one owner that share a measure and a target. */
  static Finding duplicates(List<Kpi> group) {
    // the KPI of the smallest id names the measure, so that the message ignores plan order
    group.sort(Comparator.comparing(Kpi::id));
    Kpi first = group.get(0);
    List<String> ids = sortedIds(group);
    List<String> quoted = new ArrayList<>();
    for (String id : ids) {
      quoted.add(q(id));
    }
    return Finding.of(
        AlignmentRules.DUPLICATE_KPI,
        Severity.WARNING,
        ImmutableList.<String>builder().addAll(ids).add(first.owner()).build(),
        "KPIs " + list(quoted) + " of owner " + q(first.owner()) + " share the measure "
            + q(first.measure().name()) + " and the target " + first.target().describe()
            + "; expected one KPI per owner, measure and target",
        "merge them into one KPI that carries all their contributions");
  }

  /** Whether a frequency fits each objective's period: asked once per objective and frequency. */
  static final class FrequencyFit {
    /** Bit f of known[o]: whether frequency f was asked about; of fit[o]: whether it fits. */
    private final int[] known;
    private final int[] fit;

    FrequencyFit(int objectives) {
      known = new int[objectives];
      fit = new int[objectives];
    }

    /** Whether {@code frequency} fits {@code period}, the period of objective {@code o}. */
    boolean fits(int o, Frequency frequency, Period period) {
      int bit = 1 << frequency.ordinal();
      if ((known[o] & bit) == 0) {
        known[o] |= bit;
        if (frequency.fitsIn(period)) {
          fit[o] |= bit;
        }
      }
      return (fit[o] & bit) != 0;
    }
  }

  /**
   * Whether two of the KPIs might be duplicates: same unit, direction and target. A quick pairwise
   * test that spares the measure names' comparison for the owners, nearly all, without any.
   */
  static boolean anyAlike(ImmutableIntArray held, AlignmentGraph.Kpis kpis) {
    if (held.length() > 64) {
      return true;
    }
    for (int i = 1; i < held.length(); i++) {
      int a = held.get(i);
      for (int j = 0; j < i; j++) {
        int b = held.get(j);
        if (kpis.measure[a].unit() == kpis.measure[b].unit()
            && kpis.measure[a].direction() == kpis.measure[b].direction()
            && kpis.target[a].equals(kpis.target[b])) {
          return true;
        }
      }
    }
    return false;
  }

  static String measureKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two measure names are the same: equal {@link #measureKey}s. Names that are equal once
   * stripped, or ASCII, are compared without building the keys, which most comparisons are.
   */
  static boolean sameMeasureName(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.equals(y)) {
      return true;
    }
    // lower-casing maps an ASCII character to one character whatever surrounds it: keys whose
    // first or last characters are ASCII and differ so differ, and most names differ there
    if (x.isEmpty() || y.isEmpty()) {
      return measureKey(x).equals(measureKey(y));
    }
    if (asciiDiffer(x.charAt(0), y.charAt(0))
        || asciiDiffer(x.charAt(x.length() - 1), y.charAt(y.length() - 1))) {
      return false;
    }
    if (isAscii(x) && isAscii(y)) {
      // lower-casing ASCII maps A to Z onto a to z and keeps every other character and the length
      return asciiLowerEquals(x, y);
    }
    return measureKey(x).equals(measureKey(y));
  }

  /** Whether two characters are both ASCII and differ once lower-cased. */
  private static boolean asciiDiffer(char a, char b) {
    return a < 0x80 && b < 0x80 && asciiLower(a) != asciiLower(b);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLowerEquals(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      if (asciiLower(x.charAt(i)) != asciiLower(y.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Whether KPIs {@code a} and {@code b} have the same measure (names as {@link #sameMeasureName},
   * unit and direction) and equal targets.
   */
  static boolean sameKpiMeasure(AlignmentGraph.Kpis kpis, int a, int b) {
    Measure x = kpis.measure[a];
    Measure y = kpis.measure[b];
    return x.unit() == y.unit()
        && x.direction() == y.direction()
        && kpis.target[a].equals(kpis.target[b])
        && sameMeasureName(x.name(), y.name());
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
