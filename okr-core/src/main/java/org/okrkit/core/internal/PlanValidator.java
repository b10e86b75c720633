package org.okrkit.core.internal;

import static org.okrkit.core.internal.Checks.number;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.Element;
import org.okrkit.core.ElementKind;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Problem;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;

/**
 * Checks a whole plan and reports every problem with its path. Problems come per collection in
 * plan order (owners, objectives, key results, KPIs, check-ins), then the cycles. Cycle detection
 * walks parent chains iteratively, so a hierarchy of any depth is safe.
 */
public final class PlanValidator {
  private final @Nullable Period period;
  private final List<Owner> owners;
  private final List<Objective> objectives;
  private final List<KeyResult> keyResults;
  private final List<Kpi> kpis;
  private final List<Revision> revisions;
  private final List<CheckIn> checkIns;
  private final List<Problem> problems = new ArrayList<>();
  /** The first holder of each id, as its path: {@code objectives[O1]}. */
  private final Map<String, String> pathOfId = new HashMap<>();

  private final Map<String, Owner> ownerById = new HashMap<>();
  private final Map<String, Objective> objectiveById = new HashMap<>();
  private final Map<String, KeyResult> keyResultById = new HashMap<>();
  private final Map<String, Kpi> kpiById = new HashMap<>();

  private PlanValidator(
      @Nullable Period period,
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> keyResults,
      List<Kpi> kpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    this.period = period;
    this.owners = owners;
    this.objectives = objectives;
    this.keyResults = keyResults;
    this.kpis = kpis;
    this.revisions = revisions;
    this.checkIns = checkIns;
  }

  /** Every problem of the plan made of these parts; empty when it is valid. */
  public static ImmutableList<Problem> validate(
      @Nullable Period period,
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> keyResults,
      List<Kpi> kpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    PlanValidator v =
        new PlanValidator(period, owners, objectives, keyResults, kpis, revisions, checkIns);
    v.run();
    return ImmutableList.copyOf(v.problems);
  }

  /**
   * The problems of one check-in added to an already valid plan.
   *
   * @param index the check-in's position in the plan's list, for its path
   */
  public static ImmutableList<Problem> validateCheckIn(
      CheckIn checkIn, int index, Period period, CheckInContext context) {
    List<Problem> found = new ArrayList<>();
    checkCheckIn(checkIn, index, period, context, found);
    return ImmutableList.copyOf(found);
  }

  /**
   * The milestone a check-in reports on: its own, or the target's only one; "" for a value. Two
   * check-ins of one element and day with the same slot report the same thing.
   */
  public static String slot(CheckIn c, Target targetInForce) {
    if (c.milestone().isPresent()) {
      return c.milestone().get();
    }
    return targetInForce.kind() == Target.Kind.MILESTONES && targetInForce.milestones().size() == 1
        ? targetInForce.milestones().get(0).name()
        : "";
  }

  private void run() {
    if (period == null) {
      report("period", "a plan needs a period");
    }
    registerIds();
    for (int i = 0; i < owners.size(); i++) {
      checkOwner(owners.get(i), i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      checkObjective(objectives.get(i), i);
    }
    for (int i = 0; i < keyResults.size(); i++) {
      checkKeyResult(keyResults.get(i), i);
    }
    for (int i = 0; i < kpis.size(); i++) {
      checkKpi(kpis.get(i), i);
    }
    for (int i = 0; i < revisions.size(); i++) {
      checkRevision(revisions.get(i), i);
    }
    if (period != null) {
      Simulation arrivals = new Simulation();
      for (int i = 0; i < checkIns.size(); i++) {
        CheckIn c = checkIns.get(i);
        int before = problems.size();
        checkCheckIn(c, i, period, arrivals, problems);
        if (problems.size() == before) {
          arrivals.record(c);
        }
      }
    }
    ownerCycles();
    objectiveCycles();
  }

  // ---------------------------------------------------------------- ids

  private void registerIds() {
    for (int i = 0; i < owners.size(); i++) {
      Owner o = owners.get(i);
      if (register(o.id(), "owners", i)) {
        ownerById.put(o.id(), o);
      }
    }
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (register(o.id(), ElementKind.OBJECTIVE.collection(), i)) {
        objectiveById.put(o.id(), o);
      }
    }
    for (int i = 0; i < keyResults.size(); i++) {
      KeyResult k = keyResults.get(i);
      if (register(k.id(), ElementKind.KEY_RESULT.collection(), i)) {
        keyResultById.put(k.id(), k);
      }
    }
    for (int i = 0; i < kpis.size(); i++) {
      Kpi k = kpis.get(i);
      if (register(k.id(), ElementKind.KPI.collection(), i)) {
        kpiById.put(k.id(), k);
      }
    }
  }

  /** Registers an id; false (with a problem reported) if it is invalid or already taken. */
  private boolean register(String id, String collection, int index) {
    String path = path(collection, id, index);
    if (!Checks.isValidId(id)) {
      report(path + ".id", "id '" + id + "' is invalid; expected " + Checks.ID_SYNTAX);
      return false;
    }
    String first = pathOfId.putIfAbsent(id, path);
    if (first != null) {
      report(path + ".id", "id '" + id + "' is already used by " + first + "; ids must be unique");
      return false;
    }
    return true;
  }

  /** The path of an element: its id in brackets, or {@code #index} when the id is unusable. */
  private static String path(String collection, String id, int index) {
    return collection + "[" + (Checks.isValidId(id) ? id : "#" + index) + "]";
  }

  // ---------------------------------------------------------------- elements

  private void checkOwner(Owner o, int index) {
    String path = path("owners", o.id(), index);
    notBlank(o.name(), path + ".name", "name");
    o.parent()
        .ifPresent(
            parent -> {
              Owner p = reference(parent, path + ".parent", ownerById, "owner");
              if (p != null && p.level().isBelow(o.level())) {
                report(
                    path + ".parent",
                    "parent '" + parent + "' is at level " + p.level() + ", below this "
                        + o.level() + " owner; expected a parent at the same level or higher");
              }
            });
  }

  private void checkObjective(Objective o, int index) {
    String path = path(ElementKind.OBJECTIVE.collection(), o.id(), index);
    notBlank(o.title(), path + ".title", "title");
    reference(o.owner(), path + ".owner", ownerById, "owner");
    o.parent()
        .ifPresent(
            parent -> {
              if (!objectiveById.containsKey(parent) && !keyResultById.containsKey(parent)) {
                report(path + ".parent", unknown(parent, "objective or key result"));
              }
            });
    o.period().ifPresent(p -> overlapsPlan(p, path + ".period"));
    tags(o, path);
  }

  private void checkKeyResult(KeyResult k, int index) {
    String path = path(ElementKind.KEY_RESULT.collection(), k.id(), index);
    notBlank(k.title(), path + ".title", "title");
    reference(k.objective(), path + ".objective", objectiveById, "objective");
    measured(k, path);
    tags(k, path);
  }

  private void checkKpi(Kpi k, int index) {
    String path = path(ElementKind.KPI.collection(), k.id(), index);
    notBlank(k.title(), path + ".title", "title");
    reference(k.owner(), path + ".owner", ownerById, "owner");
    measured(k, path);
    k.period().ifPresent(p -> overlapsPlan(p, path + ".period"));
    Period reporting = k.period().orElse(period);
    if (reporting != null && !k.frequency().fitsIn(reporting)) {
      report(
          path + ".frequency",
          k.frequency() + " reporting needs a period of at least " + k.frequency().minimumDays()
              + " days, but " + reporting + " has " + reporting.lengthInDays());
    }
    contributions(k.contributions(), path);
    tags(k, path);
  }

  private void contributions(List<Contribution> contributions, String path) {
    Set<String> supported = new HashSet<>();
    for (int i = 0; i < contributions.size(); i++) {
      Contribution c = contributions.get(i);
      String cpath =
          path + ".contributions[" + (Checks.isValidId(c.keyResult()) ? c.keyResult() : "#" + i) + "]";
      if (reference(c.keyResult(), cpath + ".keyResult", keyResultById, "key result") != null
          && !supported.add(c.keyResult())) {
        report(
            cpath,
            "the KPI contributes to key result '" + c.keyResult()
                + "' more than once; expected one contribution per key result");
      }
      weight(c.weight(), cpath + ".weight");
    }
  }

  private void measured(MeasuredElement e, String path) {
    notBlank(e.measure().name(), path + ".measure.name", "measure name");
    weight(e.weight(), path + ".weight");
    Target target = e.target();
    TargetRules.check(target, e.measure().direction(), m -> report(path + ".target", m));
    if (period != null) {
      for (Milestone m : target.milestones()) {
        m.due()
            .filter(due -> !period.contains(due))
            .ifPresent(
                due ->
                    report(
                        path + ".target",
                        "milestone '" + m.name() + "' is due " + due + ", outside the plan period "
                            + describe(period)));
      }
    }
  }

  private void tags(Element e, String path) {
    for (String tag : e.tags()) {
      if (!Checks.isValidId(tag)) {
        report(path + ".tags", "tag '" + tag + "' is invalid; expected " + Checks.ID_SYNTAX);
      }
    }
  }

  private void weight(double weight, String path) {
    if (!(Double.isFinite(weight) && weight > 0)) {
      report(path, "weight " + number(weight) + " must be a finite number above 0");
    }
  }

  private void notBlank(String text, String path, String what) {
    if (text.isBlank()) {
      report(path, what + " must not be blank");
    }
  }

  private void overlapsPlan(Period p, String path) {
    if (period != null && !period.overlaps(p)) {
      report(path, "period " + describe(p) + " lies outside the plan period " + describe(period));
    }
  }

  private <T> @Nullable T reference(String id, String path, Map<String, T> targets, String noun) {
    T found = targets.get(id);
    if (found == null) {
      report(path, unknown(id, noun));
    }
    return found;
  }

  private String unknown(String id, String expected) {
    String holder = pathOfId.get(id);
    if (holder == null) {
      return "unknown " + expected + " '" + id + "'";
    }
    return "'" + id + "' is " + holder + ", expected " + article(expected) + " " + expected;
  }

  static String article(String noun) {
    return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  // ---------------------------------------------------------------- check-ins

  private @Nullable Element element(String id) {
    Element e = keyResultById.get(id);
    if (e == null) {
      e = kpiById.get(id);
    }
    if (e == null) {
      e = objectiveById.get(id);
    }
    return e;
  }

  /** The target of a measured element in force on {@code date}, after its valid revisions. */
  private Target targetAt(String id, LocalDate date) {
    MeasuredElement e = keyResultById.containsKey(id) ? keyResultById.get(id) : kpiById.get(id);
    Target target = e.target();
    LocalDate latest = null;
    for (Revision r : validTargetRevisions) {
      if (r.element().equals(id)
          && !r.date().isAfter(date)
          && (latest == null || !r.date().isBefore(latest))) {
        target = r.target().orElseThrow();
        latest = r.date();
      }
    }
    return target;
  }

  /** The plan's check-ins as they arrive, so that a correction finds what it corrects. */
  private final class Simulation implements CheckInContext {
    private final Map<String, Set<String>> recorded = new HashMap<>();

    @Override
    public @Nullable Element element(String id) {
      return PlanValidator.this.element(id);
    }

    @Override
    public boolean isOwner(String id) {
      return ownerById.containsKey(id);
    }

    @Override
    public Target targetAt(String id, LocalDate date) {
      return PlanValidator.this.targetAt(id, date);
    }

    @Override
    public boolean hasRecorded(CheckIn c) {
      return recorded.getOrDefault(c.element(), Set.of()).contains(key(c));
    }

    void record(CheckIn c) {
      recorded.computeIfAbsent(c.element(), k -> new HashSet<>()).add(key(c));
    }

    private String key(CheckIn c) {
      return c.date() + "|" + slot(c, targetAt(c.element(), c.date()));
    }
  }

  // ---------------------------------------------------------------- revisions

  /** Target revisions found valid, which check-ins are then judged against. */
  private final List<Revision> validTargetRevisions = new ArrayList<>();

  private void checkRevision(Revision r, int index) {
    String path = "revisions[" + index + "]";
    int before = problems.size();
    notBlank(r.reason(), path + ".reason", "reason");
    notBlank(r.author(), path + ".author", "author");
    if (period != null && !period.contains(r.date())) {
      report(path + ".date", "date " + r.date() + " lies outside the plan period " + describe(period));
    }
    MeasuredElement e = keyResultById.containsKey(r.element()) ? keyResultById.get(r.element()) : kpiById.get(r.element());
    if (e == null) {
      report(path + ".element", unknown(r.element(), "key result or KPI"));
    }
    boolean hasTarget = r.target().isPresent();
    boolean hasWeight = r.weight().isPresent();
    boolean hasContributions = !r.contributions().isEmpty();
    switch (r.kind()) {
      case TARGET:
        if (!hasTarget || hasWeight || hasContributions) {
          report(path, "a TARGET revision takes a target and nothing else");
        } else if (e != null) {
          TargetRules.check(r.target().get(), e.measure().direction(), m -> report(path + ".target", m));
        }
        break;
      case WEIGHT:
        if (!hasWeight || hasTarget || hasContributions) {
          report(path, "a WEIGHT revision takes a weight and nothing else");
        } else {
          weight(r.weight().getAsDouble(), path + ".weight");
        }
        break;
      case CONTRIBUTIONS:
        if (hasTarget || hasWeight) {
          report(path, "a CONTRIBUTIONS revision takes contributions and nothing else");
        }
        if (e != null && !(e instanceof Kpi)) {
          report(path + ".kind", "'" + r.element() + "' is a key result; only KPIs have contributions");
        }
        contributions(r.contributions(), path);
        break;
    }
    if (r.kind() == Revision.Kind.TARGET && e != null && problems.size() == before) {
      validTargetRevisions.add(r);
    }
  }

  private static void checkCheckIn(
      CheckIn c, int index, Period period, CheckInContext context, List<Problem> sink) {
    String path = "checkIns[" + index + "]";
    Element e = context.element(c.element());
    if (e == null) {
      sink.add(
          Problem.of(
              path + ".element",
              context.isOwner(c.element())
                  ? "'" + c.element() + "' is an owner; check-ins record values of key results and KPIs"
                  : "unknown key result or KPI '" + c.element() + "'"));
    } else if (!(e instanceof MeasuredElement)) {
      sink.add(
          Problem.of(
              path + ".element",
              "'" + c.element() + "' is an objective; check-ins record values of key results and KPIs"));
    }
    boolean inPeriod = period.contains(c.date());
    if (!inPeriod) {
      sink.add(
          Problem.of(
              path + ".date",
              "date " + c.date() + " lies outside the plan period " + describe(period)));
    }
    if (!Double.isFinite(c.value())) {
      sink.add(Problem.of(path + ".value", "value " + number(c.value()) + " is not a finite number"));
    }
    c.confidence()
        .ifPresent(
            confidence -> {
              if (!(confidence >= 0 && confidence <= 1)) {
                sink.add(
                    Problem.of(
                        path + ".confidence",
                        "confidence " + number(confidence) + " lies outside [0, 1]"));
              }
            });
    c.author()
        .filter(String::isBlank)
        .ifPresent(a -> sink.add(Problem.of(path + ".author", "author must not be blank")));
    if (e instanceof MeasuredElement && inPeriod) {
      Target target = context.targetAt(c.element(), c.date());
      if (target.kind() == Target.Kind.MILESTONES) {
        checkMilestoneCheckIn(c, target, path, sink);
      } else if (c.milestone().isPresent()) {
        sink.add(
            Problem.of(
                path + ".milestone",
                "'" + c.element() + "' has " + article(target.kind().name()) + " " + target.kind()
                    + " target; only check-ins of MILESTONES targets name a milestone"));
      }
      if (c.correction() && !context.hasRecorded(c)) {
        sink.add(
            Problem.of(
                path + ".correction",
                "nothing to correct: no check-in of '" + c.element() + "'"
                    + c.milestone().map(m -> " for milestone '" + m + "'").orElse("") + " on "
                    + c.date() + " was recorded before this correction"));
      }
    }
  }

  private static void checkMilestoneCheckIn(
      CheckIn c, Target target, String path, List<Problem> sink) {
    Optional<String> named = c.milestone();
    if (named.isEmpty()) {
      if (target.milestones().size() > 1) {
        sink.add(
            Problem.of(
                path + ".milestone",
                "'" + c.element() + "' has " + target.milestones().size()
                    + " milestones; a check-in must name the one it reports"));
      }
    } else if (target.milestones().stream().noneMatch(m -> m.name().equals(named.get()))) {
      sink.add(
          Problem.of(
              path + ".milestone",
              "unknown milestone '" + named.get() + "' of '" + c.element() + "'"));
    }
    if (c.value() != 0.0 && c.value() != 1.0 && Double.isFinite(c.value())) {
      sink.add(
          Problem.of(
              path + ".value",
              "a milestone check-in has value 1 (done) or 0 (not done), got " + number(c.value())));
    }
  }

  // ---------------------------------------------------------------- cycles

  private void ownerCycles() {
    Map<String, @Nullable String> next = new HashMap<>();
    for (Owner o : ownerById.values()) {
      next.put(o.id(), o.parent().filter(ownerById::containsKey).orElse(null));
    }
    List<String> order = new ArrayList<>();
    for (Owner o : owners) {
      if (ownerById.get(o.id()) == o) {
        order.add(o.id());
      }
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      report(
          "owners[" + cycle.get(0) + "].parent",
          "the owner hierarchy has a cycle: " + Cycles.describe(cycle));
    }
  }

  private void objectiveCycles() {
    // an objective's parent is an objective, or a key result standing for its objective
    Map<String, @Nullable String> next = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Objective o : objectives) {
      if (objectiveById.get(o.id()) != o) {
        continue;
      }
      order.add(o.id());
      String parent = o.parent().orElse(null);
      String up = null;
      if (parent != null) {
        if (objectiveById.containsKey(parent)) {
          up = parent;
        } else if (keyResultById.containsKey(parent)
            && objectiveById.containsKey(keyResultById.get(parent).objective())) {
          up = keyResultById.get(parent).objective();
        }
      }
      next.put(o.id(), up);
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      List<String> chain = new ArrayList<>();
      for (String id : cycle) {
        chain.add(id);
        String parent = objectiveById.get(id).parent().orElseThrow();
        if (keyResultById.containsKey(parent)) {
          chain.add(parent);
        }
      }
      report(
          "objectives[" + cycle.get(0) + "].parent",
          "objectives contribute to each other in a cycle: " + Cycles.describe(chain));
    }
  }

  // ---------------------------------------------------------------- helpers

  private void report(String path, String message) {
    problems.add(Problem.of(path, message));
  }

  /** {@code 2025-Q2 (2025-04-01 to 2025-06-30)}, or just the dates for an unnamed span. */
  static String describe(Period p) {
    String label = p.toString();
    String dates = p.start() + " to " + p.end();
    return label.contains("..") ? dates : label + " (" + dates + ")";
  }
}
