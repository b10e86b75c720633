package org.okrkit.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Element;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Location;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Problem;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;

/**
 * Checks a whole plan and reports every problem with its path. Problems come per collection in plan
 * order (owners, objectives, key results, KPIs, revisions, check-ins), then the cycles. Cycle
 * detection walks parent chains iteratively, so a hierarchy of any depth is safe.
 *
 * <p>Plans are large and nearly always valid, so the checks allocate nothing on the way: a cursor
 * names the part being checked, and a path is written only when a problem is reported.
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

  /** Every id: owners, then objectives, key results and KPIs; an id found again is at its first. */
  private final IdIndex ids;

  /** The part at each position of {@link #ids} when its id is valid and first used there. */
  private final @Nullable Object[] holders;

  /** The first position of each id found again, by the position where it is found again. */
  private final Map<Integer, Integer> repeats = new HashMap<>();

  /** The position of each check-in's element in {@link #ids}, or -1 when there is none. */
  private final int[] checkInPositions;

  /**
   * Where each reference points, as a position in {@link #ids} (-1 for none or unknown): found once
   * here, kept by a valid plan's structure.
   */
  private final int[] ownerParents;

  private final int[] objectiveOwners;
  private final int[] objectiveParents;
  private final int[] keyResultObjectives;
  private final int[] kpiOwners;

  /** KPI p's contributions are at contributionStart[p] .. contributionStart[p + 1]. */
  private final int[] contributionStart;

  private int[] contributionTargets;

  /** Target revisions found valid, by element: check-ins are judged against them. */
  private final Map<String, List<Revision>> targetRevisions = new HashMap<>();

  /** The part being checked: its collection, id and position; paths are made from it on demand. */
  private String collection = "";

  private String id = "";
  private int index;

  private void targetProblem(String code, Map<String, ?> arguments) {
    report(at("target"), code, arguments);
  }

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
    this.ids = IdIndex.of(PlanValidator::idOf, repeats::put, owners, objectives, keyResults, kpis);
    this.holders = new Object[ids.size()];
    this.checkInPositions = new int[checkIns.size()];
    this.ownerParents = new int[owners.size()];
    this.objectiveOwners = new int[objectives.size()];
    this.objectiveParents = new int[objectives.size()];
    this.keyResultObjectives = new int[keyResults.size()];
    this.kpiOwners = new int[kpis.size()];
    this.contributionStart = new int[kpis.size() + 1];
    this.contributionTargets = new int[kpis.size() + kpis.size() / 2];
  }

  /** What checking a whole plan found, and the index it built, for the plan to keep when valid. */
  public static final class Result {
    private final ImmutableList<Problem> problems;
    private final IdIndex index;
    private final int[] checkInPositions;
    private final PlanValidator validator;

    private Result(PlanValidator v) {
      this.problems = ImmutableList.copyOf(v.problems);
      this.index = v.ids;
      this.checkInPositions = v.checkInPositions;
      this.validator = v;
    }

    /** The position in {@link #index()} of owner {@code w}'s parent, or -1. */
    public int ownerParent(int w) {
      return validator.ownerParents[w];
    }

    /** The position in {@link #index()} of objective {@code o}'s owner. */
    public int objectiveOwner(int o) {
      return validator.objectiveOwners[o];
    }

    /** The position in {@link #index()} of objective {@code o}'s parent, or -1. */
    public int objectiveParent(int o) {
      return validator.objectiveParents[o];
    }

    /** The position in {@link #index()} of key result {@code k}'s objective. */
    public int keyResultObjective(int k) {
      return validator.keyResultObjectives[k];
    }

    /** The position in {@link #index()} of KPI {@code p}'s owner. */
    public int kpiOwner(int p) {
      return validator.kpiOwners[p];
    }

    /**
     * The position in {@link #index()} of the key result of KPI {@code p}'s contribution {@code c}.
     */
    public int contribution(int p, int c) {
      return validator.contributionTargets[validator.contributionStart[p] + c];
    }

    /** Every problem, in order; empty when the plan is valid. */
    public ImmutableList<Problem> problems() {
      return problems;
    }

    /**
     * The ids of owners, objectives, key results and KPIs, in that order: when the plan is valid,
     * each exactly once.
     */
    public IdIndex index() {
      return index;
    }

    /** The position in {@link #index()} of the element of the check-in at {@code i}. */
    public int checkInPosition(int i) {
      return checkInPositions[i];
    }
  }

  /** Checks the plan made of these parts: {@link #validate}, with the index built on the way. */
  public static Result check(
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
    return new Result(v);
  }

  private static String idOf(Object part) {
    return part instanceof Owner owner ? owner.id() : ((Element) part).id();
  }

  /** The part with this id, if it is valid and taken; the first holder of a repeated id. */
  private @Nullable Object holder(String id) {
    int p = ids.find(id);
    return p < 0 ? null : holders[p];
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
    return check(period, owners, objectives, keyResults, kpis, revisions, checkIns).problems();
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
      report(Location.field("period"), "plan.noPeriod", Map.of());
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
        checkInPositions[i] = arrivals.position;
        if (problems.size() == before) {
          arrivals.record(c);
        }
      }
    }
    ownerCycles();
    objectiveCycles();
  }

  // ---------------------------------------------------------------- the cursor

  private void at(String collection, String id, int index) {
    this.collection = collection;
    this.id = id;
    this.index = index;
  }

  /** The part under the cursor, and its field {@code fields}: {@code kpis[K1].weight}. */
  private Location at(String... fields) {
    Location here = Location.part(collection, id, index);
    for (String f : fields) {
      here = here.then(f);
    }
    return here;
  }

  /** The path of a part that holds an id: {@code objectives[O1]}. */
  private static String pathOf(Object holder) {
    if (holder instanceof Owner owner) {
      return "owners[" + owner.id() + "]";
    } else if (holder instanceof Objective objective) {
      return "objectives[" + objective.id() + "]";
    } else if (holder instanceof KeyResult keyResult) {
      return "keyResults[" + keyResult.id() + "]";
    }
    return "kpis[" + ((Kpi) holder).id() + "]";
  }

  // ---------------------------------------------------------------- ids

  private void registerIds() {
    int p = 0;
    for (int i = 0; i < owners.size(); i++) {
      register(p++, owners.get(i), owners.get(i).id(), "owners", i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      register(p++, objectives.get(i), objectives.get(i).id(), "objectives", i);
    }
    for (int i = 0; i < keyResults.size(); i++) {
      register(p++, keyResults.get(i), keyResults.get(i).id(), "keyResults", i);
    }
    for (int i = 0; i < kpis.size(); i++) {
      register(p++, kpis.get(i), kpis.get(i).id(), "kpis", i);
    }
  }

  /**
   * Registers the part at {@code position} of the index as its id's holder, or reports the id as
   * invalid or already taken.
   */
  private void register(int position, Object part, String id, String collection, int index) {
    if (!Checks.isValidId(id)) {
      report(Location.part(collection, id, index).then("id"), "id.invalid", Map.of("id", id));
      return;
    }
    Integer first = repeats.isEmpty() ? null : repeats.get(position);
    if (first != null) {
      report(
          Location.part(collection, id, index).then("id"),
          "id.duplicate",
          ImmutableMap.of("id", id, "holder", pathOf(requireNonNull(holders[first]))));
      return;
    }
    holders[position] = part;
  }

  private @Nullable Owner owner(String id) {
    Object o = holder(id);
    return o instanceof Owner owner ? owner : null;
  }

  private @Nullable Objective objective(String id) {
    Object o = holder(id);
    return o instanceof Objective objective ? objective : null;
  }

  private @Nullable KeyResult keyResult(String id) {
    Object o = holder(id);
    return o instanceof KeyResult keyResult ? keyResult : null;
  }

  private @Nullable MeasuredElement measured(String id) {
    Object o = holder(id);
    return o instanceof MeasuredElement measuredElement ? measuredElement : null;
  }

  // ---------------------------------------------------------------- elements

  private void checkOwner(Owner o, int i) {
    at("owners", o.id(), i);
    notBlank(o.name(), "blank.name", "name");
    ownerParents[i] = -1;
    if (o.parentId().isPresent()) {
      String parent = o.parentId().get();
      int position = ids.find(parent);
      ownerParents[i] = position;
      Owner p =
          position >= 0 && holders[position] instanceof Owner ? (Owner) holders[position] : null;
      if (p == null) {
        unknown(at("parent"), parent, "ref.unknownOwner", "ref.notOwner");
      } else if (p.level().isBelow(o.level())) {
        report(
            at("parent"),
            "owner.parentBelow",
            ImmutableMap.of("parent", parent, "parentLevel", p.level(), "level", o.level()));
      }
    }
  }

  private void checkObjective(Objective o, int i) {
    at("objectives", o.id(), i);
    notBlank(o.title(), "blank.title", "title");
    objectiveOwners[i] = ids.find(o.ownerId());
    if (!isOwner(objectiveOwners[i])) {
      unknown(at("owner"), o.ownerId(), "ref.unknownOwner", "ref.notOwner");
    }
    objectiveParents[i] = -1;
    if (o.parentId().isPresent()) {
      String parent = o.parentId().get();
      int position = ids.find(parent);
      objectiveParents[i] = position;
      Object holder = position < 0 ? null : holders[position];
      if (!(holder instanceof Objective) && !(holder instanceof KeyResult)) {
        unknown(
            at("parent"), parent, "ref.unknownObjectiveOrKeyResult", "ref.notObjectiveOrKeyResult");
      }
    }
    if (o.period().isPresent()) {
      overlapsPlan(o.period().get(), "period");
    }
    tags(o);
  }

  private void checkKeyResult(KeyResult k, int i) {
    at("keyResults", k.id(), i);
    notBlank(k.title(), "blank.title", "title");
    keyResultObjectives[i] = ids.find(k.objectiveId());
    if (keyResultObjectives[i] < 0 || !(holders[keyResultObjectives[i]] instanceof Objective)) {
      unknown(at("objective"), k.objectiveId(), "ref.unknownObjective", "ref.notObjective");
    }
    measured(k);
    tags(k);
  }

  private void checkKpi(Kpi k, int i) {
    at("kpis", k.id(), i);
    notBlank(k.title(), "blank.title", "title");
    kpiOwners[i] = ids.find(k.ownerId());
    if (!isOwner(kpiOwners[i])) {
      unknown(at("owner"), k.ownerId(), "ref.unknownOwner", "ref.notOwner");
    }
    measured(k);
    if (k.period().isPresent()) {
      overlapsPlan(k.period().get(), "period");
    }
    Period reporting = k.period().orElse(period);
    if (reporting != null && !k.frequency().fitsIn(reporting)) {
      report(
          at("frequency"),
          "kpi.periodTooShort",
          ImmutableMap.of(
              "frequency",
              k.frequency(),
              "days",
              k.frequency().minimumDays(),
              "period",
              reporting.toString(),
              "length",
              reporting.lengthInDays()));
    }
    contributionStart[i + 1] = contributionStart[i] + k.contributions().size();
    if (contributionStart[i + 1] > contributionTargets.length) {
      contributionTargets =
          java.util.Arrays.copyOf(
              contributionTargets,
              Math.max(contributionStart[i + 1], contributionTargets.length * 3 / 2));
    }
    contributions(k.contributions(), null);
    tags(k);
  }

  private boolean isOwner(int position) {
    return position >= 0 && position < owners.size() && holders[position] instanceof Owner;
  }

  /** Checks contributions of the part at {@code path}, or under the cursor when it is null. */
  private void contributions(List<Contribution> contributions, @Nullable Location path) {
    if (contributions.isEmpty()) {
      return;
    }
    Set<String> supported = contributions.size() > 1 ? new HashSet<>() : null;
    for (int i = 0; i < contributions.size(); i++) {
      Contribution c = contributions.get(i);
      int position = ids.find(c.keyResultId());
      if (path == null) {
        contributionTargets[contributionStart[index] + i] = position;
      }
      boolean known = position >= 0 && holders[position] instanceof KeyResult;
      Location owner = path;
      if (!known
          || !(Double.isFinite(c.weight()) && c.weight() > 0)
          || (supported != null && supported.contains(c.keyResultId()))) {
        owner = path != null ? path : at();
      }
      if (!known) {
        unknown(
            contribution(owner, c, i).then("keyResult"),
            c.keyResultId(),
            "ref.unknownKeyResult",
            "ref.notKeyResult");
      } else if (supported != null && !supported.add(c.keyResultId())) {
        report(
            contribution(owner, c, i),
            "contribution.repeated",
            Map.of("keyResult", c.keyResultId()));
      }
      if (!(Double.isFinite(c.weight()) && c.weight() > 0)) {
        report(
            contribution(owner, c, i).then("weight"),
            "weight.invalid",
            Map.of("weight", c.weight()));
      }
    }
  }

  private static Location contribution(@Nullable Location owner, Contribution c, int i) {
    return requireNonNull(owner).then("contributions", c.keyResultId(), i);
  }

  private void measured(MeasuredElement e) {
    notBlank(e.measure().name(), "blank.measureName", "measure", "name");
    weight(e.weight(), "weight");
    Target target = e.target();
    TargetRules.check(target, e.measure().direction(), this::targetProblem);
    if (period != null && !target.milestones().isEmpty()) {
      for (Milestone m : target.milestones()) {
        if (m.due().isPresent() && !period.contains(m.due().get())) {
          report(
              at("target"),
              "milestone.outsidePlan",
              ImmutableMap.of(
                  "milestone",
                  m.name(),
                  "due",
                  m.due().get().toString(),
                  "planPeriod",
                  describe(period)));
        }
      }
    }
  }

  private void tags(Element e) {
    for (String tag : e.tags()) {
      if (!Checks.isValidId(tag)) {
        report(at("tags"), "tag.invalid", Map.of("tag", tag));
      }
    }
  }

  private void weight(double weight, String field) {
    if (!(Double.isFinite(weight) && weight > 0)) {
      report(at(field), "weight.invalid", Map.of("weight", weight));
    }
  }

  private void notBlank(String text, String code, String... fields) {
    if (text.isBlank()) {
      report(at(fields), code, Map.of());
    }
  }

  private void overlapsPlan(Period p, String field) {
    if (period != null && !period.overlaps(p)) {
      report(
          at(field),
          "period.outsidePlan",
          ImmutableMap.of("period", describe(p), "planPeriod", describe(period)));
    }
  }

  /**
   * Reports that {@code id} at {@code location} names no part of the kind expected: as {@code
   * unknownCode} when no part has the id, as {@code otherCode} when a part of another kind has it.
   */
  private void unknown(Location location, String id, String unknownCode, String otherCode) {
    Object holder = holder(id);
    if (holder == null) {
      report(location, unknownCode, Map.of("id", id));
    } else {
      report(location, otherCode, ImmutableMap.of("id", id, "holder", pathOf(holder)));
    }
  }

  // ---------------------------------------------------------------- revisions

  private void checkRevision(Revision r, int i) {
    collection = "revisions";
    Location path = Location.item("revisions", i);
    int before = problems.size();
    notBlankAt(r.reason(), path.then("reason"), "blank.reason");
    notBlankAt(r.author(), path.then("author"), "blank.author");
    if (period != null && !period.contains(r.date())) {
      report(
          path.then("date"),
          "date.outsidePlan",
          ImmutableMap.of("date", r.date().toString(), "planPeriod", describe(period)));
    }
    MeasuredElement e = measured(r.elementId());
    if (e == null) {
      unknown(
          path.then("element"),
          r.elementId(),
          "ref.unknownKeyResultOrKpi",
          "ref.notKeyResultOrKpi");
    }
    boolean hasTarget = r.target().isPresent();
    boolean hasWeight = r.weight().isPresent();
    boolean hasContributions = !r.contributions().isEmpty();
    switch (r.kind()) {
      case TARGET -> {
        if (!hasTarget || hasWeight || hasContributions) {
          report(path, "revision.targetOnly", Map.of());
        } else if (e != null) {
          TargetRules.check(
              r.target().get(),
              e.measure().direction(),
              (code, arguments) -> report(path.then("target"), code, arguments));
        }
      }
      case WEIGHT -> {
        if (!hasWeight || hasTarget || hasContributions) {
          report(path, "revision.weightOnly", Map.of());
        } else if (!(Double.isFinite(r.weight().getAsDouble()) && r.weight().getAsDouble() > 0)) {
          report(path.then("weight"), "weight.invalid", Map.of("weight", r.weight().getAsDouble()));
        }
      }
      case CONTRIBUTIONS -> {
        if (hasTarget || hasWeight) {
          report(path, "revision.contributionsOnly", Map.of());
        }
        if (e != null && !(e instanceof Kpi)) {
          report(
              path.then("kind"), "revision.contributionsOfKeyResult", Map.of("id", r.elementId()));
        }
        contributions(r.contributions(), path);
      }
    }
    if (r.kind() == Revision.Kind.TARGET && e != null && problems.size() == before) {
      targetRevisions.computeIfAbsent(r.elementId(), k -> new ArrayList<>()).add(r);
    }
  }

  private void notBlankAt(String text, Location path, String code) {
    if (text.isBlank()) {
      report(path, code, Map.of());
    }
  }

  /** The target of a measured element in force on {@code date}, after its valid revisions. */
  private Target targetAt(String id, MeasuredElement e, LocalDate date) {
    List<Revision> changes = targetRevisions.get(id);
    if (changes == null) {
      return e.target();
    }
    Target target = e.target();
    LocalDate latest = null;
    for (Revision r : changes) {
      if (!r.date().isAfter(date) && (latest == null || !r.date().isBefore(latest))) {
        target = r.target().orElseThrow();
        latest = r.date();
      }
    }
    return target;
  }

  // ---------------------------------------------------------------- check-ins

  /** The plan's check-ins as they arrive, so that a correction finds what it corrects. */
  private final class Simulation implements CheckInContext {
    /** Only a plan with corrections needs to remember what was recorded. */
    private final boolean corrections = checkIns.stream().anyMatch(CheckIn::correction);

    private final Map<String, Set<String>> recorded = new HashMap<>();

    /** The position of the element last looked up by {@link #element}, or -1. */
    int position = -1;

    @Override
    public @Nullable Element element(String id) {
      position = ids.find(id);
      Object o = position < 0 ? null : holders[position];
      return o instanceof Element element ? element : null;
    }

    @Override
    public boolean isOwner(String id) {
      return owner(id) != null;
    }

    @Override
    public Target targetAt(String id, LocalDate date) {
      MeasuredElement e = measured(id);
      if (e == null) {
        throw new IllegalArgumentException(
            Checks.format("the plan has no key result or KPI with id %s", id));
      }
      return PlanValidator.this.targetAt(id, e, date);
    }

    @Override
    public boolean revised(String id) {
      return !targetRevisions.isEmpty() && targetRevisions.containsKey(id);
    }

    @Override
    public boolean hasRecorded(CheckIn c) {
      return recorded.getOrDefault(c.elementId(), Set.of()).contains(key(c));
    }

    void record(CheckIn c) {
      if (corrections) {
        recorded.computeIfAbsent(c.elementId(), k -> new HashSet<>()).add(key(c));
      }
    }

    private String key(CheckIn c) {
      return c.date() + "|" + slot(c, targetAt(c.elementId(), c.date()));
    }
  }

  private static void checkCheckIn(
      CheckIn c, int index, Period period, CheckInContext context, List<Problem> sink) {
    Element e = context.element(c.elementId());
    if (e == null) {
      sink.add(
          Problem.of(
              checkInPath(index, "element"),
              context.isOwner(c.elementId()) ? "checkIn.ofOwner" : "ref.unknownKeyResultOrKpi",
              Map.of("id", c.elementId())));
    } else if (!(e instanceof MeasuredElement)) {
      sink.add(
          Problem.of(
              checkInPath(index, "element"), "checkIn.ofObjective", Map.of("id", c.elementId())));
    }
    boolean inPeriod = period.contains(c.date());
    if (!inPeriod) {
      sink.add(
          Problem.of(
              checkInPath(index, "date"),
              "date.outsidePlan",
              ImmutableMap.of("date", c.date().toString(), "planPeriod", describe(period))));
    }
    if (!Double.isFinite(c.value())) {
      sink.add(
          Problem.of(
              checkInPath(index, "value"), "checkIn.valueNotFinite", Map.of("value", c.value())));
    }
    if (c.confidence().isPresent()) {
      double confidence = c.confidence().getAsDouble();
      if (!(confidence >= 0 && confidence <= 1)) {
        sink.add(
            Problem.of(
                checkInPath(index, "confidence"),
                "checkIn.confidenceOutside",
                Map.of("confidence", confidence)));
      }
    }
    if (c.author().isPresent() && c.author().get().isBlank()) {
      sink.add(Problem.of(checkInPath(index, "author"), "blank.author", Map.of()));
    }
    if (e instanceof MeasuredElement measuredElement && inPeriod) {
      Target base = measuredElement.target();
      // only milestone targets, and elements whose target was revised, need the target of the day
      Target target =
          base.kind() == Target.Kind.MILESTONES
                  || c.milestone().isPresent()
                  || c.correction()
                  || context.revised(c.elementId())
              ? context.targetAt(c.elementId(), c.date())
              : base;
      if (target.kind() == Target.Kind.MILESTONES) {
        checkMilestoneCheckIn(c, target, index, sink);
      } else if (c.milestone().isPresent()) {
        sink.add(
            Problem.of(
                checkInPath(index, "milestone"),
                "checkIn.milestoneOfOtherTarget",
                ImmutableMap.of(
                    "id",
                    c.elementId(),
                    "target",
                    TargetRules.phrase("aTarget." + target.kind().name()))));
      }
      if (c.correction() && !context.hasRecorded(c)) {
        sink.add(
            Problem.of(
                checkInPath(index, "correction"),
                c.milestone().isPresent()
                    ? "checkIn.nothingToCorrectMilestone"
                    : "checkIn.nothingToCorrect",
                c.milestone().isPresent()
                    ? ImmutableMap.of(
                        "id",
                        c.elementId(),
                        "milestone",
                        c.milestone().get(),
                        "date",
                        c.date().toString())
                    : ImmutableMap.of("id", c.elementId(), "date", c.date().toString())));
      }
    }
  }

  private static Location checkInPath(int index, String field) {
    return Location.item("checkIns", index).then(field);
  }

  private static void checkMilestoneCheckIn(
      CheckIn c, Target target, int index, List<Problem> sink) {
    Optional<String> named = c.milestone();
    if (named.isEmpty()) {
      if (target.milestones().size() > 1) {
        sink.add(
            Problem.of(
                checkInPath(index, "milestone"),
                "checkIn.milestoneUnnamed",
                ImmutableMap.of("id", c.elementId(), "count", target.milestones().size())));
      }
    } else if (target.milestones().stream().noneMatch(m -> m.name().equals(named.get()))) {
      sink.add(
          Problem.of(
              checkInPath(index, "milestone"),
              "checkIn.unknownMilestone",
              ImmutableMap.of("milestone", named.get(), "id", c.elementId())));
    }
    if (c.value() != 0.0 && c.value() != 1.0 && Double.isFinite(c.value())) {
      sink.add(
          Problem.of(
              checkInPath(index, "value"), "checkIn.milestoneValue", Map.of("value", c.value())));
    }
  }

  // ---------------------------------------------------------------- cycles

  private void ownerCycles() {
    Map<String, @Nullable String> next = new HashMap<>(owners.size() * 2);
    List<String> order = new ArrayList<>(owners.size());
    for (Owner o : owners) {
      if (holder(o.id()) == o) {
        order.add(o.id());
        next.put(o.id(), o.parentId().filter(p -> owner(p) != null).orElse(null));
      }
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      cycle(
          Location.part("owners", cycle.get(0), ids.find(cycle.get(0))).then("parent"),
          "cycle.owners",
          "cycle.ownersLong",
          cycle);
    }
  }

  private void objectiveCycles() {
    // an objective's parent is an objective, or a key result standing for its objective
    Map<String, @Nullable String> next = new HashMap<>(objectives.size() * 2);
    List<String> order = new ArrayList<>(objectives.size());
    for (Objective o : objectives) {
      if (holder(o.id()) != o) {
        continue;
      }
      order.add(o.id());
      String parent = o.parentId().orElse(null);
      String up = null;
      if (parent != null) {
        KeyResult kr = keyResult(parent);
        if (objective(parent) != null) {
          up = parent;
        } else if (kr != null && objective(kr.objectiveId()) != null) {
          up = kr.objectiveId();
        }
      }
      next.put(o.id(), up);
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      List<String> chain = new ArrayList<>();
      for (String id : cycle) {
        chain.add(id);
        // a cycle is made of the ids in order, each that of an objective
        String parent = requireNonNull(objective(id), id).parentId().orElseThrow();
        if (keyResult(parent) != null) {
          chain.add(parent);
        }
      }
      cycle(
          Location.part("objectives", cycle.get(0), ids.find(cycle.get(0)) - owners.size())
              .then("parent"),
          "cycle.objectives",
          "cycle.objectivesLong",
          chain);
    }
  }

  // ---------------------------------------------------------------- helpers

  private void report(Location location, String code, Map<String, ?> arguments) {
    problems.add(Problem.of(location, code, arguments));
  }

  /** Reports a cycle: {@code code}, or its long form for a cycle shortened in the message. */
  private void cycle(Location location, String code, String longCode, List<String> cycle) {
    String chain = Cycles.chain(cycle);
    if (cycle.size() <= Cycles.LISTED) {
      report(location, code, Map.of("cycle", chain));
    } else {
      report(location, longCode, ImmutableMap.of("cycle", chain, "steps", cycle.size()));
    }
  }

  /**
   * {@code 2025-Q2 (2025-04-01 to 2025-06-30)}, or just the dates for an unnamed span: a record
   * argument of the phrase {@code period.named} or {@code period.dates}.
   */
  static Map<String, Object> describe(Period p) {
    String label = p.toString();
    String start = p.start().toString();
    String end = p.end().toString();
    return label.contains("..")
        ? ImmutableMap.of("phrase", "period.dates", "start", start, "end", end)
        : ImmutableMap.of("phrase", "period.named", "label", label, "start", start, "end", end);
  }
}
