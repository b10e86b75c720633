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
 */
final class KeyAssembly {
  /** A holder of milestones or contributions: an element, and the revision, if any. */
  private record Holder(String element, @Nullable Long revision) {}

  private final PlanKey key;
  private final Optional<PlanKey> k;
  private final Map<Table, List<Parsed>> byTable = new EnumMap<>(Table.class);
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
  private final Map<Holder, List<Parsed>> contributionRows = new HashMap<>();
  private final Map<String, List<Parsed>> tagRows = new LinkedHashMap<>();
  private @Nullable Parsed planRow;

  /** The assembly of {@code rows}, each read once by {@link Rows#parse} as it was added. */
  KeyAssembly(PlanKey key, List<Parsed> rows) {
    this.key = key;
    this.k = Optional.of(key);
    for (Table t : Table.values()) {
      byTable.put(t, new ArrayList<>());
    }
    for (Parsed r : rows) {
      rowsOf(r.table).add(r);
    }
  }

  private List<Parsed> rowsOf(Table table) {
    return Objects.requireNonNull(byTable.get(table), "every table has a list");
  }

  List<TableProblem> problems() {
    return problems;
  }

  /** The rows of {@code table} whose values were read; the problems of the others reported. */
  private List<Parsed> parse(Table table) {
    List<Parsed> rows = rowsOf(table);
    List<Parsed> out = new ArrayList<>(rows.size());
    for (Parsed p : rows) {
      if (p.ok()) {
        out.add(p);
      } else {
        problems.addAll(p.problems);
        ok = false;
      }
    }
    return out;
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
      // the value types check their own consistency (a support-only link needs a parent, a
      // target's numbers fit its kind); their message says what is wrong
      report(p, "", "row.refused", ImmutableMap.of("detail", String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** The plan, or null when anything is wrong (each problem in {@link #problems()}). */
  @Nullable Plan assemble() {
    List<Parsed> plans = parse(Table.PLANS);
    if (rowsOf(Table.PLANS).isEmpty()) {
      for (Table t : Table.values()) {
        List<Parsed> rows = rowsOf(t);
        if (!rows.isEmpty()) {
          problems.add(
              Rows.problem(
                  rows.get(0),
                  k,
                  "",
                  "plans.unknownKey",
                  ImmutableMap.of(
                      "tenant", key.tenant(), "plan", key.plan(), "rows", (long) rows.size())));
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
    contributionRows.putAll(grouped(parse(Table.CONTRIBUTIONS), "kpi"));

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

    Map<Long, Parsed> seqs = new HashMap<>();
    List<Parsed> checkIns = new ArrayList<>();
    for (Parsed p : parse(Table.CHECK_INS)) {
      long seq = Objects.requireNonNull(p.integer("seq"), "a required seq");
      Parsed first = seqs.putIfAbsent(seq, p);
      if (first != null) {
        duplicate(p, "seq", seq, first);
      } else {
        checkIns.add(p);
      }
    }
    checkIns.sort(Comparator.comparingLong(p -> Objects.requireNonNull(p.integer("seq"))));
    for (Parsed p : checkIns) {
      CheckIn c =
          build(
              p,
              () -> {
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
              });
      if (c != null) {
        plan.addCheckIns(c);
        checkInRows.add(p);
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
                holder, rows, "element", measured, Revision.Kind.TARGET, revisionsByNumber, kinds));
    contributionRows.forEach(
        (holder, rows) ->
            dangling(
                holder,
                rows,
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
      List<Parsed> rows,
      String column,
      Set<String> ids,
      Revision.Kind kind,
      Map<Long, Parsed> revisions,
      Map<Long, Revision.Kind> kinds) {
    Parsed first = rows.get(0);
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

  private @Nullable List<Contribution> contributions(@Nullable List<Parsed> rows) {
    List<Contribution> out = new ArrayList<>();
    if (rows == null) {
      return out;
    }
    boolean all = true;
    for (Parsed c : rows) {
      Contribution contribution =
          build(
              c,
              () -> {
                Contribution.Builder b =
                    Contribution.builder().keyResultId(c.required("key_result"));
                Double weight = c.number("weight");
                b.weight(weight == null ? 1.0 : weight);
                Boolean support = c.bool("support_only");
                b.supportOnly(support != null && support);
                return b.build();
              });
      if (contribution == null) {
        all = false;
      } else {
        out.add(contribution);
      }
    }
    return all ? out : null;
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
          List<Parsed> contributions =
              contributionRows.get(
                  new Holder(
                      row.required(first.name().equals("revisions") ? "element" : "id"), revision));
          int c = steps.get(1).index().getAsInt();
          if (contributions != null && c < contributions.size()) {
            row = contributions.get(c);
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
