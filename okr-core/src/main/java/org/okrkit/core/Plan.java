package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.CheckInContext;
import org.okrkit.core.internal.IdIndex;
import org.okrkit.core.internal.PlanValidator;

/**
 * The validated aggregate of one period's OKRs and KPIs: owners, objectives, key results, KPIs and
 * check-ins, all referring to each other by id.
 *
 * <p>A {@code Plan} is always valid: {@link Builder#build()} checks everything at once and throws a
 * {@link PlanValidationException} listing every problem with its path; nothing half-built is ever
 * returned. A plan is immutable and safe to share between threads.
 *
 * <p>A plan is three parts: this façade; its {@linkplain #structure() structure}, the owners and
 * elements with every reference resolved to a position, built once with the plan; and its history
 * of check-ins, kept in primitive columns ({@link #checkInColumns()}). Check-in objects are made on
 * demand by the queries that return them.
 *
 * <p>Changes return a new plan ({@link #withKeyResult}, {@link #withCheckIn}, {@link #without}, …)
 * that is validated again and shares every part the change did not touch: plans that differ only by
 * appended check-ins share one structure. Elements keep the order in which they were added; a
 * replaced element keeps its place.
 *
 * <p><b>History.</b> Check-ins form a stream: {@link #withCheckIn} appends in time logarithmic in
 * the number of elements, copying only the element's own log, and follows the rules on {@link
 * CheckIn} for out-of-order, same-day, duplicate and correcting check-ins; {@link #checkIns()}
 * keeps every check-in ever recorded, in order of arrival. A change to a key result's or KPI's
 * target, weight or contributions in the middle of the period is a {@link Revision}: {@link
 * #revise} records it with its date, reason and author beside the original definition. The element
 * accessors ({@link #keyResult}, {@link #kpis()}, …) give the definitions with every revision
 * applied, {@link #asOf(LocalDate)} those in force on a date, {@link #original()} those before any
 * revision. The {@code with…} methods, by contrast, edit the original definitions, as if they had
 * always been so: use them to build a plan up or correct a mistake, and revisions to record a
 * change of mind.
 *
 * <p>Two plans are equal when they have the same period, name, owners, original elements (whatever
 * their order), revisions, and check-ins per element in the same order of arrival.
 */
public final class Plan {
  private final Period period;
  private final Optional<String> name;

  /** The original definitions, before any revision, as a structure. */
  private final PlanStructure base;

  private final Revisions revisions;

  /** The definitions with every revision applied: what the queries answer with. */
  private final PlanStructure structure;

  private final History history;
  final History.Elements elements = new Elements();

  Plan(
      Period period,
      Optional<String> name,
      PlanStructure base,
      Revisions revisions,
      History history) {
    this.period = period;
    this.name = name;
    this.base = base;
    this.revisions = revisions;
    this.structure = revisions.applyTo(base);
    this.history = history;
  }

  /** {@code template} with another history of check-ins: everything else is shared. */
  Plan(Plan template, History history) {
    this.period = template.period;
    this.name = template.name;
    this.base = template.base;
    this.revisions = template.revisions;
    this.structure = template.structure;
    this.history = history;
  }

  /** A builder for a new plan. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything in this plan, to change and build again. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  // ------------------------------------------------------------------ contents

  /** The period the plan covers. */
  public Period period() {
    return period;
  }

  /** The plan's name, if it has one. */
  public Optional<String> name() {
    return name;
  }

  /** The owners, in the order added. */
  public ImmutableList<Owner> owners() {
    return structure.owners();
  }

  /** The objectives, in the order added. */
  public ImmutableList<Objective> objectives() {
    return structure.objectives();
  }

  /** The key results with every revision applied, in the order added. */
  public ImmutableList<KeyResult> keyResults() {
    return structure.keyResults();
  }

  /** The KPIs with every revision applied, in the order added. */
  public ImmutableList<Kpi> kpis() {
    return structure.kpis();
  }

  /**
   * Every check-in ever recorded, in order of arrival: the audit trail, including check-ins that a
   * correction replaced and the corrections themselves. Duplicates were not recorded twice. The
   * list is a view: its check-ins are made as they are read.
   */
  public List<CheckIn> checkIns() {
    return history.arrivals(elements);
  }

  /** Every revision, by date; revisions of the same day in the order recorded. */
  public ImmutableList<Revision> revisions() {
    return revisions.list();
  }

  /**
   * The plan's owners and elements as positions, with every reference resolved: what computations
   * over the whole plan read. Shared by the plans that differ from this one only by check-ins.
   */
  public PlanStructure structure() {
    return structure;
  }

  /** The check-ins that count, read by the positions of {@link #structure()}. */
  public CheckInColumns checkInColumns() {
    return new CheckInColumns(history, structure);
  }

  /** The owner with this id, if there is one. */
  public Optional<Owner> owner(String id) {
    int w = structure.indexOfOwner(requireNonNull(id, "id"));
    return w < 0 ? Optional.empty() : Optional.of(structure.owner(w));
  }

  /** The objective with this id, if there is one. */
  public Optional<Objective> objective(String id) {
    int o = structure.indexOfObjective(requireNonNull(id, "id"));
    return o < 0 ? Optional.empty() : Optional.of(structure.objective(o));
  }

  /** The key result with this id, with every revision applied, if there is one. */
  public Optional<KeyResult> keyResult(String id) {
    int k = structure.indexOfKeyResult(requireNonNull(id, "id"));
    return k < 0 ? Optional.empty() : Optional.of(structure.keyResult(k));
  }

  /** The KPI with this id, with every revision applied, if there is one. */
  public Optional<Kpi> kpi(String id) {
    int p = structure.indexOfKpi(requireNonNull(id, "id"));
    return p < 0 ? Optional.empty() : Optional.of(structure.kpi(p));
  }

  /** The objective, key result or KPI with this id, if there is one. */
  public Optional<Element> element(String id) {
    return Optional.ofNullable(findElement(requireNonNull(id, "id")));
  }

  // ------------------------------------------------------------------ history

  /**
   * This plan with only the revisions made on or before {@code date} applied: the definitions in
   * force at the end of that day. Check-ins are kept as they are.
   */
  public Plan asOf(LocalDate date) {
    Revisions inForce = revisions.upTo(requireNonNull(date, "date"));
    return inForce == revisions ? this : new Plan(period, name, base, inForce, history);
  }

  /** This plan as first defined, before any revision. */
  public Plan original() {
    return revisions.isEmpty() ? this : new Plan(period, name, base, Revisions.NONE, history);
  }

  /**
   * The revisions of a key result or KPI, by date.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<Revision> revisionsOf(String elementId) {
    int unused = requireMeasuredPosition(elementId);
    return revisions.of(elementId);
  }

  /**
   * This plan with {@code revision} recorded: from its date the element has the new target, weight
   * or contributions, and the old definition stays in the history.
   *
   * @throws PlanValidationException if the revision is invalid for this plan
   */
  public Plan revise(Revision revision) {
    requireNonNull(revision, "revision");
    List<Revision> all = new ArrayList<>(revisions.list());
    all.add(revision);
    return changed(
        base.owners(), base.objectives(), base.keyResults(), base.kpis(), all, checkIns());
  }

  // ------------------------------------------------------------------ queries

  /**
   * The key results of an objective, in plan order.
   *
   * @throws UnknownIdException if the plan has no objective {@code objectiveId}
   */
  public ImmutableList<KeyResult> keyResultsOf(String objectiveId) {
    return pick(structure.keyResultsOf(requireObjective(objectiveId, "objective")), keyResults());
  }

  /**
   * The KPIs that support a key result, each with its contribution weight and whether the link is
   * support-only, in plan order.
   *
   * @throws UnknownIdException if the plan has no key result {@code keyResultId}
   */
  public ImmutableList<Contributor> contributorsTo(String keyResultId) {
    int k = requireKeyResult(keyResultId);
    ImmutableIntArray kpis = structure.contributorsTo(k);
    ImmutableList.Builder<Contributor> result =
        ImmutableList.builderWithExpectedSize(kpis.length());
    for (int i = 0; i < kpis.length(); i++) {
      result.add(
          Contributor.of(
              structure.kpi(kpis.get(i)),
              structure.contributorWeights(k).get(i),
              structure.contributionSupportOnly(k, i)));
    }
    return result.build();
  }

  /**
   * The objectives that contribute to an objective or key result. For a key result: the objectives
   * whose parent it is. For an objective: those whose parent is the objective itself or one of its
   * key results. In plan order, each once.
   *
   * @throws UnknownIdException if {@code id} is neither an objective nor a key result of the plan
   */
  public ImmutableList<Objective> childrenOf(String id) {
    requireNonNull(id, "id");
    int k = structure.indexOfKeyResult(id);
    if (k >= 0) {
      return pick(structure.objectivesAlignedWith(k), objectives());
    }
    return pick(
        structure.childObjectivesOf(requireObjective(id, "objective or key result")), objectives());
  }

  /**
   * The owners directly below an owner, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Owner> ownersBelow(String ownerId) {
    return pick(structure.ownersBelow(requireOwner(ownerId)), owners());
  }

  /**
   * An owner and every owner below it, directly or not: the owner first, then breadth first.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Owner> subtreeOf(String ownerId) {
    int root = requireOwner(ownerId);
    List<Integer> queue = new ArrayList<>();
    queue.add(root);
    for (int head = 0; head < queue.size(); head++) {
      structure.ownersBelow(queue.get(head)).forEach(queue::add);
    }
    ImmutableList.Builder<Owner> result = ImmutableList.builderWithExpectedSize(queue.size());
    for (int w : queue) {
      result.add(structure.owner(w));
    }
    return result.build();
  }

  /**
   * The objectives an owner sets, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Objective> objectivesOf(String ownerId) {
    return pick(structure.objectivesOf(requireOwner(ownerId)), objectives());
  }

  /**
   * The KPIs an owner holds, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Kpi> kpisOf(String ownerId) {
    return pick(structure.kpisOf(requireOwner(ownerId)), kpis());
  }

  /**
   * Everything an owner answers for: each of its objectives followed by that objective's key
   * results, then its KPIs.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Element> elementsOf(String ownerId) {
    ImmutableList.Builder<Element> result = ImmutableList.builder();
    addElementsOf(requireOwner(ownerId), result);
    return result.build();
  }

  /**
   * Everything an owner and the owners below it answer for: {@link #elementsOf} for each owner of
   * {@link #subtreeOf}, in that order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Element> elementsOfSubtree(String ownerId) {
    ImmutableList.Builder<Element> result = ImmutableList.builder();
    for (Owner o : subtreeOf(ownerId)) {
      addElementsOf(structure.indexOfOwner(o.id()), result);
    }
    return result.build();
  }

  private void addElementsOf(int w, ImmutableList.Builder<Element> result) {
    structure
        .objectivesOf(w)
        .forEach(
            o -> {
              result.add(structure.objective(o));
              structure.keyResultsOf(o).forEach(k -> result.add(structure.keyResult(k)));
            });
    structure.kpisOf(w).forEach(p -> result.add(structure.kpi(p)));
  }

  /**
   * The owner who answers for an element: the objective's owner for an objective and its key
   * results, the KPI's owner for a KPI.
   *
   * @throws UnknownIdException if the plan has no element {@code elementId}
   */
  public Owner ownerOf(String elementId) {
    requireNonNull(elementId, "elementId");
    int o = structure.indexOfObjective(elementId);
    if (o >= 0) {
      return structure.owner(structure.objectiveOwner(o));
    }
    int m = structure.indexOfMeasured(elementId);
    if (m < 0) {
      throw new UnknownIdException(elementId, "objective, key result or KPI");
    }
    return structure.owner(structure.measuredOwner(m));
  }

  /**
   * The check-ins of a key result or KPI that count, by date; check-ins of the same date keep the
   * order in which they arrived. A check-in replaced by a correction is left out; see {@link
   * #historyOf} for all of them.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<CheckIn> checkInsOf(String elementId) {
    int m = requireMeasuredPosition(elementId);
    return history.counted(m, structure.measuredId(m));
  }

  /**
   * Every check-in recorded for a key result or KPI, in order of arrival, corrected ones included:
   * the element's audit trail.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<CheckIn> historyOf(String elementId) {
    int m = requireMeasuredPosition(elementId);
    return history.history(m, structure.measuredId(m));
  }

  /**
   * The element's last check-in that counts on or before {@code asOf}: the latest date, and of
   * several on that date the one recorded last. For a milestone target this is the last report on
   * any milestone; use {@link #valueAsOf} for its progress.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public Optional<CheckIn> latestCheckIn(String elementId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    int m = requireMeasuredPosition(elementId);
    int i = history.lastOnOrBefore(m, asOf.toEpochDay());
    return i < 0 ? Optional.empty() : Optional.of(history.checkIn(m, i, structure.measuredId(m)));
  }

  /**
   * The element's value as of the end of {@code asOf}: the value of its {@linkplain #latestCheckIn
   * latest check-in}; for a milestone target (the one in force on {@code asOf}), the weighted share
   * of milestones whose latest report says done, from 0 to 1. Empty when nothing was reported on or
   * before {@code asOf}.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public OptionalDouble valueAsOf(String elementId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    int m = requireMeasuredPosition(elementId);
    int last = history.lastOnOrBefore(m, asOf.toEpochDay());
    if (last < 0) {
      return OptionalDouble.empty();
    }
    Target target = targetAt(elementId, asOf);
    if (target.kind() != Target.Kind.MILESTONES) {
      return OptionalDouble.of(history.value(m, last));
    }
    Map<String, Double> latest = new HashMap<>();
    for (int i = 0; i <= last; i++) {
      // a check-in names its milestone by the target in force on its own date
      String slot =
          elements.slot(
              m, LocalDate.ofEpochDay(history.day(m, i)), history.milestone(m, i).orElse(null));
      latest.put(slot, history.value(m, i));
    }
    double done = 0;
    for (Milestone ms : target.milestones()) {
      if (latest.getOrDefault(ms.name(), 0.0) == 1.0) {
        done += ms.weight();
      }
    }
    return OptionalDouble.of(done / target.totalMilestoneWeight());
  }

  /**
   * The target of a key result or KPI in force at the end of {@code date}: the original one, or
   * that of the latest target revision dated on or before it.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public Target targetAt(String elementId, LocalDate date) {
    requireNonNull(date, "date");
    int m = requireMeasuredPosition(elementId);
    return revisions.targetAt(elementId, base.measured(m).target(), date);
  }

  // ------------------------------------------------------------------ changes

  /**
   * This plan with {@code owner} added, or replacing the owner of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withOwner(Owner owner) {
    return changed(
        put(base.owners(), owner, Owner::id),
        base.objectives(),
        base.keyResults(),
        base.kpis(),
        revisions.list(),
        checkIns());
  }

  /**
   * This plan with {@code objective} added, or replacing the objective of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withObjective(Objective objective) {
    return changed(
        base.owners(),
        put(base.objectives(), objective, Objective::id),
        base.keyResults(),
        base.kpis(),
        revisions.list(),
        checkIns());
  }

  /**
   * This plan with {@code keyResult} added, or replacing the original definition of the key result
   * of the same id; its revisions, if any, still apply on top.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKeyResult(KeyResult keyResult) {
    return changed(
        base.owners(),
        base.objectives(),
        put(base.keyResults(), keyResult, KeyResult::id),
        base.kpis(),
        revisions.list(),
        checkIns());
  }

  /**
   * This plan with {@code kpi} added, or replacing the original definition of the KPI of the same
   * id; its revisions, if any, still apply on top.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKpi(Kpi kpi) {
    return changed(
        base.owners(),
        base.objectives(),
        base.keyResults(),
        put(base.kpis(), kpi, Kpi::id),
        revisions.list(),
        checkIns());
  }

  /**
   * This plan with one more check-in, following the rules on {@link CheckIn}: a duplicate gives
   * back this plan unchanged. Only the new check-in is checked, and only its element's log is
   * copied.
   *
   * @throws PlanValidationException if the check-in is invalid for this plan
   */
  public Plan withCheckIn(CheckIn checkIn) {
    requireNonNull(checkIn, "checkIn");
    int m = structure.indexOfMeasured(checkIn.elementId());
    if (m >= 0 && history.isDuplicate(m, checkIn, elements)) {
      return this;
    }
    List<Problem> problems =
        PlanValidator.validateCheckIn(checkIn, history.recorded(), period, checkInContext());
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return new Plan(this, history.with(m, checkIn, elements));
  }

  /**
   * This plan with more check-ins, after the existing ones, in the order given, as if each were
   * added by {@link #withCheckIn}.
   *
   * @throws PlanValidationException listing the invalid ones, if any is invalid; none is added then
   */
  public Plan withCheckIns(Iterable<CheckIn> more) {
    Plan plan = this;
    List<Problem> problems = new ArrayList<>();
    for (CheckIn c : more) {
      try {
        plan = plan.withCheckIn(c);
      } catch (PlanValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return plan;
  }

  /**
   * This plan without the owner or element of this id; a removed key result or KPI takes its
   * revisions and check-ins with it. Nothing else is removed: if other parts refer to the id, the
   * result is invalid and the exception lists them.
   *
   * @throws UnknownIdException if the plan holds nothing with this id
   * @throws PlanValidationException if anything else refers to the removed id
   */
  public Plan without(String id) {
    requireNonNull(id, "id");
    if (index().find(id) < 0) {
      throw new UnknownIdException(id, "owner, objective, key result or KPI");
    }
    List<CheckIn> keptCheckIns = checkIns();
    List<Revision> keptRevisions = revisions.list();
    if (structure.indexOfMeasured(id) >= 0) {
      keptCheckIns =
          keptCheckIns.stream().filter(c -> !c.elementId().equals(id)).collect(Collectors.toList());
      keptRevisions =
          keptRevisions.stream()
              .filter(r -> !r.elementId().equals(id))
              .collect(Collectors.toList());
    }
    return changed(
        remove(base.owners(), id, Owner::id),
        remove(base.objectives(), id, Objective::id),
        remove(base.keyResults(), id, KeyResult::id),
        remove(base.kpis(), id, Kpi::id),
        keptRevisions,
        keptCheckIns);
  }

  // ------------------------------------------------------------------ object

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Plan that)) {
      return false;
    }

    return period.equals(that.period)
        && name.equals(that.name)
        && base.ownerCount() == that.base.ownerCount()
        && base.objectiveCount() == that.base.objectiveCount()
        && base.keyResultCount() == that.base.keyResultCount()
        && base.kpiCount() == that.base.kpiCount()
        && sameParts(that)
        && revisions.list().equals(that.revisions.list())
        && histories().equals(that.histories());
  }

  @Override
  public int hashCode() {
    // the sum of the parts' hashes: the same whatever their order, as equality is
    int parts = 0;
    for (List<?> list : List.of(base.owners(), base.objectives(), base.keyResults(), base.kpis())) {
      for (Object part : list) {
        parts += part.hashCode();
      }
    }
    return Objects.hash(period, name, parts, revisions.list(), histories());
  }

  /** A one-line summary: {@code Plan[2025-Q2 "Marketing": 2 owners, 1 objective, …]}. */
  @Override
  public String toString() {
    return "Plan["
        + period
        + name.map(n -> " \"" + n + "\"").orElse("")
        + ": "
        + count(structure.ownerCount(), "owner")
        + ", "
        + count(structure.objectiveCount(), "objective")
        + ", "
        + count(structure.keyResultCount(), "key result")
        + ", "
        + count(structure.kpiCount(), "KPI")
        + ", "
        + count(history.recorded(), "check-in")
        + (revisions.isEmpty() ? "" : ", " + count(revisions.list().size(), "revision"))
        + "]";
  }

  // ------------------------------------------------------------------ internals

  private IdIndex index() {
    return base.index();
  }

  /** What the check-ins need of the plan's elements: ids, and slots by the targets in force. */
  private final class Elements implements History.Elements {
    @Override
    public String id(int m) {
      return base.measuredId(m);
    }

    @Override
    public boolean plain(int m) {
      return base.measured(m).target().kind() != Target.Kind.MILESTONES
          && !revisions.revisedTarget(base.measuredId(m));
    }

    @Override
    public String slot(int m, LocalDate date, @Nullable String milestone) {
      if (milestone != null) {
        return milestone;
      }
      if (plain(m)) {
        return "";
      }
      Target t = targetAt(base.measuredId(m), date);
      return t.kind() == Target.Kind.MILESTONES && t.milestones().size() == 1
          ? t.milestones().get(0).name()
          : "";
    }
  }

  /** Each measured element's audit trail, keyed by id: what equality compares of check-ins. */
  private Map<String, ImmutableList<CheckIn>> histories() {
    Map<String, ImmutableList<CheckIn>> byId = new HashMap<>();
    for (int m = 0; m < base.measuredCount(); m++) {
      if (history.count(m) > 0 || history.recorded() > 0) {
        ImmutableList<CheckIn> h = history.history(m, base.measuredId(m));
        if (!h.isEmpty()) {
          byId.put(base.measuredId(m), h);
        }
      }
    }
    return byId;
  }

  private Plan changed(
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> baseKeyResults,
      List<Kpi> baseKpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    return Assembly.plan(
        period, name, owners, objectives, baseKeyResults, baseKpis, revisions, checkIns);
  }

  /** What checking a new check-in needs to know about this plan. */
  private CheckInContext checkInContext() {
    return new CheckInContext() {
      @Override
      public @Nullable Element element(String id) {
        return findElement(id);
      }

      @Override
      public boolean isOwner(String id) {
        return structure.indexOfOwner(id) >= 0;
      }

      @Override
      public Target targetAt(String id, LocalDate date) {
        return Plan.this.targetAt(id, date);
      }

      @Override
      public boolean revised(String id) {
        return revisions.revisedTarget(id);
      }

      @Override
      public boolean hasRecorded(CheckIn c) {
        return history.canCorrect(structure.indexOfMeasured(c.elementId()), c, elements);
      }
    };
  }

  /** The parts at these positions of {@code all}. */
  private static <T> ImmutableList<T> pick(ImmutableIntArray positions, List<T> all) {
    ImmutableList.Builder<T> result = ImmutableList.builderWithExpectedSize(positions.length());
    for (int i = 0; i < positions.length(); i++) {
      result.add(all.get(positions.get(i)));
    }
    return result.build();
  }

  /** {@code list} with {@code value}: in place of the part with its id, or appended. */
  private static <T> ImmutableList<T> put(ImmutableList<T> list, T value, Function<T, String> id) {
    requireNonNull(value, "value");
    String key = id.apply(value);
    List<T> copy = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (T part : list) {
      if (!replaced && id.apply(part).equals(key)) {
        copy.add(value);
        replaced = true;
      } else {
        copy.add(part);
      }
    }
    if (!replaced) {
      copy.add(value);
    }
    return ImmutableList.copyOf(copy);
  }

  /** {@code list} without the part with this id; the same list when there is none. */
  private static <T> ImmutableList<T> remove(
      ImmutableList<T> list, String key, Function<T, String> id) {
    ImmutableList.Builder<T> kept = ImmutableList.builderWithExpectedSize(list.size());
    boolean removed = false;
    for (T part : list) {
      if (id.apply(part).equals(key)) {
        removed = true;
      } else {
        kept.add(part);
      }
    }
    return removed ? kept.build() : list;
  }

  /**
   * Whether {@code that} holds an equal part for each part of this plan; with equal counts of each
   * kind, the parts are then the same, whatever their order.
   */
  private boolean sameParts(Plan that) {
    List<List<?>> mine = List.of(base.owners(), base.objectives(), base.keyResults(), base.kpis());
    List<List<?>> theirs =
        List.of(
            that.base.owners(), that.base.objectives(), that.base.keyResults(), that.base.kpis());
    int from = 0;
    int thatFrom = 0;
    for (int kind = 0; kind < 4; kind++) {
      List<?> list = mine.get(kind);
      List<?> other = theirs.get(kind);
      for (int i = 0; i < list.size(); i++) {
        String id = index().id(from + i);
        int j = that.index().find(id) - thatFrom;
        if (j < 0 || j >= other.size() || !list.get(i).equals(other.get(j))) {
          return false;
        }
      }
      from += list.size();
      thatFrom += other.size();
    }
    return true;
  }

  private @Nullable Element findElement(String id) {
    int o = structure.indexOfObjective(id);
    if (o >= 0) {
      return structure.objective(o);
    }
    int m = structure.indexOfMeasured(id);
    return m < 0 ? null : structure.measured(m);
  }

  private int requireOwner(String id) {
    int w = structure.indexOfOwner(requireNonNull(id, "id"));
    if (w < 0) {
      throw new UnknownIdException(id, "owner");
    }
    return w;
  }

  private int requireObjective(String id, String expected) {
    int o = structure.indexOfObjective(requireNonNull(id, "id"));
    if (o < 0) {
      throw new UnknownIdException(id, expected);
    }
    return o;
  }

  private int requireKeyResult(String id) {
    int k = structure.indexOfKeyResult(requireNonNull(id, "id"));
    if (k < 0) {
      throw new UnknownIdException(id, "key result");
    }
    return k;
  }

  private int requireMeasuredPosition(String id) {
    int m = structure.indexOfMeasured(requireNonNull(id, "elementId"));
    if (m < 0) {
      throw new UnknownIdException(id, "key result or KPI");
    }
    return m;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Collects the parts of a plan; {@link #build()} checks them all at once. Builders are not
   * thread-safe; the plans they build are.
   */
  public static final class Builder {
    private @Nullable Period period;
    private @Nullable String name;
    private final List<Owner> owners = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<KeyResult> keyResults = new ArrayList<>();
    private final List<Kpi> kpis = new ArrayList<>();
    private final List<Revision> revisions = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();

    private Builder() {}

    /** Sets the period the plan covers; required. */
    @CanIgnoreReturnValue
    public Builder period(Period period) {
      this.period = requireNonNull(period, "period");
      return this;
    }

    /** Sets the plan's name. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** Adds owners. */
    @CanIgnoreReturnValue
    public Builder addOwners(Owner... owners) {
      return addAll(this.owners, Arrays.asList(owners), "owners");
    }

    /** Adds owners. */
    @CanIgnoreReturnValue
    public Builder addAllOwners(Iterable<? extends Owner> owners) {
      return addAll(this.owners, owners, "owners");
    }

    /** Adds objectives. */
    @CanIgnoreReturnValue
    public Builder addObjectives(Objective... objectives) {
      return addAll(this.objectives, Arrays.asList(objectives), "objectives");
    }

    /** Adds objectives. */
    @CanIgnoreReturnValue
    public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
      return addAll(this.objectives, objectives, "objectives");
    }

    /** Adds key results, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addKeyResults(KeyResult... keyResults) {
      return addAll(this.keyResults, Arrays.asList(keyResults), "keyResults");
    }

    /** Adds key results, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addAllKeyResults(Iterable<? extends KeyResult> keyResults) {
      return addAll(this.keyResults, keyResults, "keyResults");
    }

    /** Adds KPIs, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addKpis(Kpi... kpis) {
      return addAll(this.kpis, Arrays.asList(kpis), "kpis");
    }

    /** Adds KPIs, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addAllKpis(Iterable<? extends Kpi> kpis) {
      return addAll(this.kpis, kpis, "kpis");
    }

    /** Adds revisions. */
    @CanIgnoreReturnValue
    public Builder addRevisions(Revision... revisions) {
      return addAll(this.revisions, Arrays.asList(revisions), "revisions");
    }

    /** Adds revisions. */
    @CanIgnoreReturnValue
    public Builder addAllRevisions(Iterable<? extends Revision> revisions) {
      return addAll(this.revisions, revisions, "revisions");
    }

    /** Adds check-ins, in order of arrival. */
    @CanIgnoreReturnValue
    public Builder addCheckIns(CheckIn... checkIns) {
      return addAll(this.checkIns, Arrays.asList(checkIns), "checkIns");
    }

    /** Adds check-ins, in order of arrival. */
    @CanIgnoreReturnValue
    public Builder addAllCheckIns(Iterable<? extends CheckIn> checkIns) {
      return addAll(this.checkIns, checkIns, "checkIns");
    }

    /**
     * Replaces everything in this builder with the contents of {@code plan}: its original
     * definitions, its revisions and its check-ins in order of arrival.
     */
    @CanIgnoreReturnValue
    public Builder from(Plan plan) {
      period = plan.period;
      name = plan.name.orElse(null);
      owners.clear();
      owners.addAll(plan.base.owners());
      objectives.clear();
      objectives.addAll(plan.base.objectives());
      keyResults.clear();
      keyResults.addAll(plan.base.keyResults());
      kpis.clear();
      kpis.addAll(plan.base.kpis());
      revisions.clear();
      revisions.addAll(plan.revisions.list());
      checkIns.clear();
      checkIns.addAll(plan.checkIns());
      return this;
    }

    /**
     * Every problem the plan would have, in the order {@link PlanValidationException#problems()}
     * gives them; empty when {@link #build()} would succeed.
     */
    public ImmutableList<Problem> problems() {
      return PlanValidator.validate(
          period, owners, objectives, keyResults, kpis, revisions, checkIns);
    }

    /**
     * The plan.
     *
     * @throws PlanValidationException listing every problem, if the parts do not make a valid plan
     */
    public Plan build() {
      return Assembly.plan(
          period,
          Optional.ofNullable(name),
          owners,
          objectives,
          keyResults,
          kpis,
          revisions,
          checkIns);
    }

    private <T> Builder addAll(List<T> list, Iterable<? extends T> values, String what) {
      requireNonNull(values, what);
      int i = list.size();
      for (T v : values) {
        if (v == null) {
          throw new NullPointerException(what + "[" + i + "]");
        }
        list.add(v);
        i++;
      }
      return this;
    }
  }
}
