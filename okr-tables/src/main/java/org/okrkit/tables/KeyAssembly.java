package org.okrkit.tables;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Location;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Problem;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.tables.Rows.Parsed;

/**
 * The assembly of one plan key's rows: first every problem of the rows' shape (values, choices,
 * keys, dangling ids); when there is none, the plan is validated, and the problems of its
 * validation are mapped from the model's locations ({@code keyResults[KR2].target}, by position in
 * the lists the builder was given) to the rows they came from.
 *
 * <p>Rows are {@linkplain #add added} as they are read. The rows of the tables whose parts stand on
 * their own row, check-ins and contributions (most of a large plan's rows), are built into their
 * parts as they arrive, and only the part and the row's origin are kept: a row's values die young
 * instead of living until the last table is read. {@link #assemble} then takes the parts as it
 * would have built them, so that its problems and their order are the same whatever was built
 * early.
 */
final class KeyAssembly {
  /** A holder of milestones or contributions: an element, and the revision, if any. */
  private record Holder(String element, @Nullable Long revision) {}

  /** A check-in's row built as it arrived: the check-in, or the model's refusal of it. */
  private record CheckInRow(
      Parsed row, long seq, @Nullable CheckIn value, @Nullable TableProblem refusal) {}

  /**
   * A contribution's row built as it arrived, under its holder at its position ({@code
   * Long.MAX_VALUE} without one): the contribution, or the model's refusal of it.
   */
  private record ContributionRow(
      Parsed row,
      Holder holder,
      long position,
      @Nullable Contribution value,
      @Nullable TableProblem refusal) {}

  private final PlanKey key;
  private final Optional<PlanKey> k;
  private final Map<Table, List<Parsed>> byTable = new EnumMap<>(Table.class);
  // every table's count of rows and first row, whether kept whole or built as it arrived
  private final Map<Table, int[]> counts = new EnumMap<>(Table.class);
  private final Map<Table, Parsed> firstRows = new EnumMap<>(Table.class);
  private final List<CheckInRow> builtCheckIns = new ArrayList<>();
  private final List<ContributionRow> builtContributions = new ArrayList<>();
  private final List<TableProblem> problems = new ArrayList<>();
  private boolean ok = true;

  // the rows of the parts given to the plan's builder, in the order given, for the problems of
  // validation
  private final List<Parsed> ownerRows = new ArrayList<>();
  private final List<Parsed> objectiveRows = new ArrayList<>();
  private final List<Parsed> keyResultRows = new ArrayList<>();
  private final List<Parsed> kpiRows = new ArrayList<>();
  private final List<Parsed> revisionRows = new ArrayList<>();
  private final List<Parsed> checkInRows = new ArrayList<>();
  private final Map<Holder, List<ContributionRow>> contributionRows = new HashMap<>();
  private final Map<String, List<Parsed>> tagRows = new LinkedHashMap<>();
  private @Nullable Parsed planRow;

  /** The assembly of {@code key}'s rows, none yet. */
  KeyAssembly(PlanKey key) {
    this.key = key;
    this.k = Optional.of(key);
    for (Table t : Table.values()) {
      byTable.put(t, new ArrayList<>());
      counts.put(t, new int[1]);
    }
  }

  /** Adds a row of the key, read once by {@link Rows#parse}. */
  void add(Parsed row) {
    if (countOf(row.table)[0]++ == 0) {
      firstRows.put(row.table, row.withoutValues());
    }
    if (row.ok() && row.table == Table.CHECK_INS) {
      long seq = Objects.requireNonNull(row.integer("seq"), "a required seq");
      CheckIn value = null;
      TableProblem refusal = null;
      try {
        value = checkIn(row);
      } catch (RuntimeException e) {
        refusal = refused(row, e);
      }
      builtCheckIns.add(new CheckInRow(row.withoutValues(), seq, value, refusal));
    } else if (row.ok() && row.table == Table.CONTRIBUTIONS) {
      Holder holder = new Holder(row.required("kpi"), row.integer("revision"));
      Long position = row.integer("position");
      Contribution value = null;
      TableProblem refusal = null;
      try {
        value = contribution(row);
      } catch (RuntimeException e) {
        refusal = refused(row, e);
      }
      builtContributions.add(
          new ContributionRow(
              row.withoutValues(),
              holder,
              position == null ? Long.MAX_VALUE : position,
              value,
              refusal));
    } else {
      rowsOf(row.table).add(row);
    }
  }

  private int[] countOf(Table table) {
    return Objects.requireNonNull(counts.get(table), "every table has a count");
  }

  private List<Parsed> rowsOf(Table table) {
    return Objects.requireNonNull(byTable.get(table), "every table has a list");
  }

  List<TableProblem> problems() {
    return problems;
  }

  /** The rows of {@code table} whose values were read; the problems of the others reported. */
  private List<Parsed> parse(Table table) {
    reportUnread(table);
    List<Parsed> rows = rowsOf(table);
    List<Parsed> out = new ArrayList<>(rows.size());
    for (Parsed p : rows) {
      if (p.ok()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Reports the problems of the rows of {@code table} whose values were not read. */
  private void reportUnread(Table table) {
    for (Parsed p : rowsOf(table)) {
      if (!p.ok()) {
        problems.addAll(p.problems);
        ok = false;
      }
    }
  }

  private void report(Parsed p, String field, String code, Map<String, ?> arguments) {
    problems.add(Rows.problem(p, k, field, code, arguments));
    ok = false;
  }

  private <E extends Enum<E>> @Nullable E choice(Parsed p, String column, Class<E> type) {
    int before = problems.size();
    E e = Rows.choice(p, key, column, type, problems);
    if (problems.size() > before) {
      ok = false;
    }
    return e;
  }

  private @Nullable Period period(Parsed p, String column) {
    String text = p.text(column);
    if (text == null) {
      return null;
    }
    Optional<Period> period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException e) {
      period = Optional.empty();
    }
    if (period.isEmpty()) {
      report(p, column, "value.notPeriod", ImmutableMap.of("value", Rows.shorten(text)));
      return null;
    }
    return period.get();
  }

  /** {@code make}'s value, or null when the model refuses the row's values (reported). */
  private <T> @Nullable T build(Parsed p, Supplier<T> make) {
    try {
      return make.get();
    } catch (RuntimeException e) {
      problems.add(refused(p, e));
      ok = false;
      return null;
    }
  }

  /** The problem of the model refusing {@code p}'s values. */
  private TableProblem refused(Parsed p, RuntimeException e) {
    // the value types check their own consistency (a support-only link needs a parent, a
    // target's numbers fit its kind); their message says what is wrong
    return Rows.problem(
        p, k, "", "row.refused", ImmutableMap.of("detail", String.valueOf(e.getMessage())));
  }

  /** Takes a part built as its row arrived: the part, or null when the model refused it. */
  private <T> @Nullable T take(@Nullable T value, @Nullable TableProblem refusal) {
    if (refusal != null) {
      problems.add(refusal);
      ok = false;
    }
    return value;
  }

  /** The plan, or null when anything is wrong (each problem in {@link #problems()}). */
  @Nullable Plan assemble() {
    List<Parsed> plans = parse(Table.PLANS);
    if (rowsOf(Table.PLANS).isEmpty()) {
      for (Table t : Table.values()) {
        Parsed first = firstRows.get(t);
        if (first != null) {
          problems.add(
              Rows.problem(
                  first,
                  k,
                  "",
                  "plans.unknownKey",
                  ImmutableMap.of(
                      "tenant", key.tenant(), "plan", key.plan(), "rows", (long) countOf(t)[0])));
        }
      }
      return null;
    }
    List<Parsed> planRows = rowsOf(Table.PLANS);
    for (int i = 1; i < planRows.size(); i++) {
      problems.add(
          Rows.problem(
              planRows.get(i),
              k,
              "",
              "plans.duplicate",
              ImmutableMap.of(
                  "tenant", key.tenant(), "plan", key.plan(), "first", where(planRows.get(0)))));
      ok = false;
    }
    Plan.Builder plan = Plan.builder();
    if (!plans.isEmpty() && plans.get(0) == planRows.get(0)) {
      planRow = plans.get(0);
      String name = planRow.text("name");
      if (name != null) {
        plan.name(name);
      }
      Period period = period(planRow, "period");
      if (period != null) {
        plan.period(period);
      }
    }

    // children first: they are part of the elements' values
    Map<String, List<String>> tags = new HashMap<>();
    for (Parsed p : parse(Table.TAGS)) {
      String element = p.required("element");
      tagRows.computeIfAbsent(element, e -> new ArrayList<>()).add(p);
      tags.computeIfAbsent(element, e -> new ArrayList<>()).add(p.required("tag"));
    }
    Map<Holder, List<Parsed>> milestoneRows = grouped(parse(Table.MILESTONES), "element");
    // the contributions' rows whose values were not read; the others were built as they came
    reportUnread(Table.CONTRIBUTIONS);
    for (ContributionRow c : builtContributions) {
      contributionRows.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c);
    }
    for (List<ContributionRow> list : contributionRows.values()) {
      // stable: rows without a position keep their order, after those with one
      list.sort(Comparator.comparingLong(ContributionRow::position));
    }

    Set<String> objectiveIds = new HashSet<>();
    Set<String> keyResultIds = new HashSet<>();
    Set<String> kpiIds = new HashSet<>();

    for (Parsed p : parse(Table.OWNERS)) {
      Level level = choice(p, "level", Level.class);
      if (level == null) {
        continue;
      }
      Owner owner =
          build(
              p,
              () -> {
                Owner.Builder b =
                    Owner.builder().id(p.required("id")).name(p.required("name")).level(level);
                String parent = p.text("parent");
                if (parent != null) {
                  b.parentId(parent);
                }
                return b.build();
              });
      if (owner != null) {
        plan.addOwners(owner);
        ownerRows.add(p);
      }
    }
    for (Parsed p : parse(Table.OBJECTIVES)) {
      objectiveIds.add(p.required("id"));
      ObjectiveKind kind = choice(p, "kind", ObjectiveKind.class);
      Period period = period(p, "period");
      if (!ok) {
        continue;
      }
      Objective objective =
          build(
              p,
              () -> {
                Objective.Builder b =
                    Objective.builder()
                        .id(p.required("id"))
                        .title(p.required("title"))
                        .ownerId(p.required("owner"))
                        .addAllTags(tags.getOrDefault(p.required("id"), List.of()));
                if (kind != null) {
                  b.kind(kind);
                }
                String parent = p.text("parent");
                if (parent != null) {
                  b.parentId(parent);
                }
                Boolean support = p.bool("parent_support_only");
                if (support != null) {
                  b.parentSupportOnly(support);
                }
                if (period != null) {
                  b.period(period);
                }
                return b.build();
              });
      if (objective != null) {
        plan.addObjectives(objective);
        objectiveRows.add(p);
      }
    }
    for (Parsed p : parse(Table.KEY_RESULTS)) {
      String id = p.required("id");
      keyResultIds.add(id);
      Measure measure = measure(p);
      Target target = target(p, milestoneRows.get(new Holder(id, null)));
      if (measure == null || target == null || !ok) {
        continue;
      }
      KeyResult kr =
          build(
              p,
              () -> {
                KeyResult.Builder b =
                    KeyResult.builder()
                        .id(id)
                        .objectiveId(p.required("objective"))
                        .title(p.required("title"))
                        .measure(measure)
                        .target(target)
                        .addAllTags(tags.getOrDefault(id, List.of()));
                Double weight = p.number("weight");
                if (weight != null) {
                  b.weight(weight);
                }
                return b.build();
              });
      if (kr != null) {
        plan.addKeyResults(kr);
        keyResultRows.add(p);
      }
    }
    for (Parsed p : parse(Table.KPIS)) {
      String id = p.required("id");
      kpiIds.add(id);
      Measure measure = measure(p);
      Target target = target(p, milestoneRows.get(new Holder(id, null)));
      Frequency frequency = choice(p, "frequency", Frequency.class);
      Period period = period(p, "period");
      List<Contribution> contributions = contributions(contributionRows.get(new Holder(id, null)));
      if (measure == null || target == null || contributions == null || !ok) {
        continue;
      }
      Kpi kpi =
          build(
              p,
              () -> {
                Kpi.Builder b =
                    Kpi.builder()
                        .id(id)
                        .ownerId(p.required("owner"))
                        .title(p.required("title"))
                        .measure(measure)
                        .target(target)
                        .addAllContributions(contributions)
                        .addAllTags(tags.getOrDefault(id, List.of()));
                Double weight = p.number("weight");
                if (weight != null) {
                  b.weight(weight);
                }
                if (frequency != null) {
                  b.frequency(frequency);
                }
                if (period != null) {
                  b.period(period);
                }
                return b.build();
              });
      if (kpi != null) {
        plan.addKpis(kpi);
        kpiRows.add(p);
      }
    }

    Map<Long, Parsed> revisionsByNumber = new HashMap<>();
    Map<Long, Revision.Kind> kinds = new HashMap<>();
    List<Parsed> revisions = new ArrayList<>();
    for (Parsed p : parse(Table.REVISIONS)) {
      long number = Objects.requireNonNull(p.integer("revision"), "a required revision number");
      Parsed first = revisionsByNumber.putIfAbsent(number, p);
      if (first != null) {
        duplicate(p, "revision", number, first);
        continue;
      }
      revisions.add(p);
      Revision.Kind kind = choice(p, "change", Revision.Kind.class);
      if (kind != null) {
        kinds.put(number, kind);
      }
    }
    revisions.sort(Comparator.comparingLong(p -> Objects.requireNonNull(p.integer("revision"))));
    for (Parsed p : revisions) {
      long number = Objects.requireNonNull(p.integer("revision"), "a required revision number");
      Revision.Kind kind = kinds.get(number);
      if (kind == null) {
        continue;
      }
      Revision revision = revision(p, number, kind, milestoneRows);
      if (revision != null) {
        plan.addRevisions(revision);
        revisionRows.add(p);
      }
    }

    // the check-ins' rows whose values were not read; the others were built as they came
    reportUnread(Table.CHECK_INS);
    for (CheckInRow c : inSeqOrder()) {
      CheckIn checkIn = take(c.value(), c.refusal());
      if (checkIn != null) {
        plan.addCheckIns(checkIn);
        checkInRows.add(c.row());
      }
    }

    // dangling ids of the rows this class joins itself
    Set<String> elements = new HashSet<>(objectiveIds);
    elements.addAll(keyResultIds);
    elements.addAll(kpiIds);
    tagRows.forEach(
        (element, rows) -> {
          if (!elements.contains(element)) {
            report(rows.get(0), "element", "ref.unknownElement", ImmutableMap.of("id", element));
          }
        });
    Set<String> measured = new HashSet<>(keyResultIds);
    measured.addAll(kpiIds);
    milestoneRows.forEach(
        (holder, rows) ->
            dangling(
                holder,
                rows.get(0),
                "element",
                measured,
                Revision.Kind.TARGET,
                revisionsByNumber,
                kinds));
    contributionRows.forEach(
        (holder, rows) ->
            dangling(
                holder,
                rows.get(0).row(),
                "kpi",
                kpiIds,
                Revision.Kind.CONTRIBUTIONS,
                revisionsByNumber,
                kinds));

    if (!ok || planRow == null) {
      return null;
    }
    List<Problem> invalid;
    try {
      // validated once: the exception lists every problem
      return plan.build();
    } catch (PlanValidationException e) {
      invalid = e.problems();
    }
    for (Problem problem : invalid) {
      problems.add(located(problem));
    }
    return null;
  }

  private void duplicate(Parsed p, String column, long value, Parsed first) {
    report(
        p,
        column,
        "key.duplicate",
        ImmutableMap.of("column", column, "value", value, "first", where(first)));
  }

  /** A row's place for a message: {@code owners.csv:3}, or its table when it has no origin. */
  private static String where(Parsed row) {
    String origin = row.origin.toString();
    return origin.isEmpty() ? row.table.tableName() : origin;
  }

  /** Milestone or contribution rows by holder, each holder's in order of position. */
  private static Map<Holder, List<Parsed>> grouped(List<Parsed> rows, String column) {
    Map<Holder, List<Parsed>> out = new LinkedHashMap<>();
    for (Parsed p : rows) {
      out.computeIfAbsent(
              new Holder(p.required(column), p.integer("revision")), h -> new ArrayList<>())
          .add(p);
    }
    for (List<Parsed> list : out.values()) {
      // stable: rows without a position keep their order, after those with one
      list.sort(
          Comparator.comparingLong(
              p -> {
                Long position = p.integer("position");
                return position == null ? Long.MAX_VALUE : position;
              }));
    }
    return out;
  }

  private void dangling(
      Holder holder,
      Parsed first,
      String column,
      Set<String> ids,
      Revision.Kind kind,
      Map<Long, Parsed> revisions,
      Map<Long, Revision.Kind> kinds) {
    Long number = holder.revision();
    if (number == null) {
      if (!ids.contains(holder.element())) {
        report(
            first,
            column,
            column.equals("kpi") ? "ref.unknownKpi" : "ref.unknownMeasured",
            ImmutableMap.of("id", holder.element()));
      }
      return;
    }
    Parsed revision = revisions.get(number);
    if (revision == null) {
      report(first, "revision", "ref.unknownRevision", ImmutableMap.of("revision", number));
      return;
    }
    Revision.Kind actual = kinds.get(number);
    String element = revision.required("element");
    if (!element.equals(holder.element()) || (actual != null && actual != kind)) {
      report(
          first,
          "revision",
          "ref.wrongRevision",
          ImmutableMap.of(
              "revision",
              number,
              "change",
              actual == null ? "?" : actual.name(),
              "element",
              element,
              "expected",
              kind.name(),
              "id",
              holder.element()));
    }
  }

  private @Nullable Measure measure(Parsed p) {
    Unit unit = choice(p, "measure_unit", Unit.class);
    Direction direction = choice(p, "measure_direction", Direction.class);
    if (unit == null || direction == null) {
      return null;
    }
    return build(p, () -> Measure.of(p.required("measure_name"), unit, direction));
  }

  private @Nullable Target target(Parsed p, @Nullable List<Parsed> milestones) {
    Target.Kind kind = choice(p, "target_kind", Target.Kind.class);
    if (kind == null) {
      if (p.text("target_kind") == null) {
        report(p, "target_kind", "value.missing", Map.of());
      }
      return null;
    }
    List<Milestone> list = new ArrayList<>();
    if (milestones != null) {
      for (Parsed m : milestones) {
        Milestone milestone =
            build(
                m,
                () -> {
                  Milestone.Builder b = Milestone.builder().name(m.required("name"));
                  Double weight = m.number("weight");
                  if (weight != null) {
                    b.weight(weight);
                  }
                  if (m.date("due") != null) {
                    b.due(m.requiredDate("due"));
                  }
                  return b.build();
                });
        if (milestone != null) {
          list.add(milestone);
        }
      }
    }
    return build(
        p,
        () -> {
          Target.Builder b = Target.builder().kind(kind).addAllMilestones(list);
          Double v = p.number("target_baseline");
          if (v != null) {
            b.baseline(v);
          }
          v = p.number("target_value");
          if (v != null) {
            b.value(v);
          }
          v = p.number("target_threshold");
          if (v != null) {
            b.threshold(v);
          }
          v = p.number("target_stretch");
          if (v != null) {
            b.stretch(v);
          }
          v = p.number("target_low");
          if (v != null) {
            b.low(v);
          }
          v = p.number("target_high");
          if (v != null) {
            b.high(v);
          }
          return b.build();
        });
  }

  private @Nullable List<Contribution> contributions(@Nullable List<ContributionRow> rows) {
    List<Contribution> out = new ArrayList<>();
    if (rows == null) {
      return out;
    }
    boolean all = true;
    for (ContributionRow c : rows) {
      Contribution contribution = take(c.value(), c.refusal());
      if (contribution == null) {
        all = false;
      } else {
        out.add(contribution);
      }
    }
    return all ? out : null;
  }

  /** The contribution of a row of {@link Table#CONTRIBUTIONS}. */
  private static Contribution contribution(Parsed c) {
    Contribution.Builder b = Contribution.builder().keyResultId(c.required("key_result"));
    Double weight = c.number("weight");
    b.weight(weight == null ? 1.0 : weight);
    Boolean support = c.bool("support_only");
    b.supportOnly(support != null && support);
    return b.build();
  }

  /** The check-in of a row of {@link Table#CHECK_INS}. */
  private static CheckIn checkIn(Parsed p) {
    CheckIn.Builder b =
        CheckIn.builder()
            .elementId(p.required("element"))
            .date(p.requiredDate("date"))
            .value(Objects.requireNonNull(p.number("value"), "a required value"));
    Double confidence = p.number("confidence");
    if (confidence != null) {
      b.confidence(confidence);
    }
    String milestone = p.text("milestone");
    if (milestone != null) {
      b.milestone(milestone);
    }
    String note = p.text("note");
    if (note != null) {
      b.note(note);
    }
    String author = p.text("author");
    if (author != null) {
      b.author(author);
    }
    Boolean correction = p.bool("correction");
    if (correction != null) {
      b.correction(correction);
    }
    return b.build();
  }

  /**
   * The check-ins built, in the order of their {@code seq}, each row repeating an earlier row's
   * {@code seq} reported (in the order the rows came) and left out. Rows mostly come in order
   * already, and are then taken as they are.
   */
  private List<CheckInRow> inSeqOrder() {
    boolean ascending = true;
    for (int i = 1; i < builtCheckIns.size() && ascending; i++) {
      ascending = builtCheckIns.get(i - 1).seq() <= builtCheckIns.get(i).seq();
    }
    List<CheckInRow> unique = new ArrayList<>(builtCheckIns.size());
    if (ascending) {
      // a repeated seq follows the first row with it
      CheckInRow first = null;
      for (CheckInRow c : builtCheckIns) {
        if (first != null && first.seq() == c.seq()) {
          duplicate(c.row(), "seq", c.seq(), first.row());
        } else {
          unique.add(c);
          first = c;
        }
      }
      return unique;
    }
    Map<Long, CheckInRow> seqs = new HashMap<>();
    for (CheckInRow c : builtCheckIns) {
      CheckInRow first = seqs.putIfAbsent(c.seq(), c);
      if (first != null) {
        duplicate(c.row(), "seq", c.seq(), first.row());
      } else {
        unique.add(c);
      }
    }
    unique.sort(Comparator.comparingLong(CheckInRow::seq));
    return unique;
  }

  private @Nullable Revision revision(
      Parsed p, long number, Revision.Kind kind, Map<Holder, List<Parsed>> milestoneRows) {
    String element = p.required("element");
    // the columns of the other changes stay empty
    boolean targetColumns = false;
    for (Column c : Table.REVISIONS.columns()) {
      if (c.name().startsWith("target_") && p.value(c.name()) != null) {
        targetColumns = true;
        if (kind != Revision.Kind.TARGET) {
          report(
              p,
              c.name(),
              "revision.extraColumn",
              ImmutableMap.of("column", c.name(), "change", kind.name()));
        }
      }
    }
    if (kind != Revision.Kind.WEIGHT && p.value("weight") != null) {
      report(
          p,
          "weight",
          "revision.extraColumn",
          ImmutableMap.of("column", "weight", "change", kind.name()));
    }
    Revision.Builder b =
        Revision.builder()
            .elementId(element)
            .date(p.requiredDate("date"))
            .reason(p.required("reason"))
            .author(p.required("author"))
            .kind(kind);
    switch (kind) {
      case TARGET -> {
        if (!targetColumns) {
          report(
              p,
              "target_kind",
              "revision.needs",
              ImmutableMap.of("column", "target_kind", "change", kind.name()));
          return null;
        }
        Target target = target(p, milestoneRows.get(new Holder(element, number)));
        if (target == null) {
          return null;
        }
        b.target(target);
      }
      case WEIGHT -> {
        Double weight = p.number("weight");
        if (weight == null) {
          report(
              p,
              "weight",
              "revision.needs",
              ImmutableMap.of("column", "weight", "change", kind.name()));
          return null;
        }
        b.weight(weight);
      }
      default -> {
        List<Contribution> contributions =
            contributions(contributionRows.get(new Holder(element, number)));
        if (contributions == null) {
          return null;
        }
        b.contributions(contributions);
      }
    }
    return ok ? build(p, b::build) : null;
  }

  /** A problem of the plan's validation, at the row (and column) it came from. */
  private TableProblem located(Problem problem) {
    List<Location.Step> steps = problem.location().steps();
    Location.Step first = steps.get(0);
    Parsed row = null;
    int used = 0;
    if (first.isPart()) {
      List<Parsed> list =
          switch (first.name()) {
            case "owners" -> ownerRows;
            case "objectives" -> objectiveRows;
            case "keyResults" -> keyResultRows;
            case "kpis" -> kpiRows;
            case "revisions" -> revisionRows;
            case "checkIns" -> checkInRows;
            default -> List.of();
          };
      int i = first.index().getAsInt();
      if (i < list.size()) {
        row = list.get(i);
        used = 1;
        if (steps.size() > 1
            && steps.get(1).isPart()
            && steps.get(1).name().equals("contributions")) {
          Long revision = first.name().equals("revisions") ? row.integer("revision") : null;
          List<ContributionRow> contributions =
              contributionRows.get(
                  new Holder(
                      row.required(first.name().equals("revisions") ? "element" : "id"), revision));
          int c = steps.get(1).index().getAsInt();
          if (contributions != null && c < contributions.size()) {
            row = contributions.get(c).row();
            used = 2;
          }
        }
      }
    }
    String field = "";
    if (row == null) {
      row = Objects.requireNonNull(planRow, "the plan's row");
      field = first.isPart() ? "" : first.name();
    } else if (used < steps.size()) {
      String name = steps.get(used).name();
      if (name.equals("tags") && problem.arguments().get("tag") instanceof String tag) {
        List<Parsed> tags = tagRows.getOrDefault(row.required("id"), List.of());
        for (Parsed t : tags) {
          if (tag.equals(t.text("tag"))) {
            row = t;
            break;
          }
        }
        field = "tag";
      } else if (name.equals("kind") && row.table == Table.REVISIONS) {
        field = "change";
      } else if (name.equals("target")) {
        field = "target";
      } else {
        field = CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, name);
      }
    }
    RowOrigin o = row.origin;
    String columnName = field.equals("target") ? "target_kind" : field;
    int column = field.isEmpty() || o.line() == 0 ? 0 : o.column(columnName);
    Optional<Table> table = Optional.of(row.table);
    return problem.code().isPresent()
        ? TableProblem.of(
            k,
            o.source(),
            o.line(),
            column,
            table,
            field,
            ProblemTemplates.core(),
            problem.code().get(),
            problem.arguments())
        : TableProblem.of(k, o.source(), o.line(), column, table, field, problem.message());
  }
}
