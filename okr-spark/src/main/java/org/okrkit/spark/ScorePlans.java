package org.okrkit.spark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.PolicySpec;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanAssembler;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.RowOrigin;
import org.okrkit.tables.Table;
import org.okrkit.tables.TableLimits;
import org.okrkit.tables.TableProblem;

/**
 * Assembles, scores and analyses the plan of one plan key, on an executor: the rows of the key's
 * group become the rows of {@link Output#ALL}, one per element score, owner score, finding and
 * problem. The group's rows are put back in the order of their tables and, within a table, of the
 * host's Dataset, as {@link org.okrkit.tables.PlanAssembler} keeps it. The policy is made from its
 * spec once per task (the function is deserialised once per task), and each group is assembled on
 * its own, so that a problem of one plan key never touches another.
 */
final class ScorePlans implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Table[] TABLES = Table.values();
  private static final Comparator<TableRow> ORDER =
      Comparator.<TableRow>comparingInt(r -> r.table).thenComparingLong(r -> r.order);

  private final PolicySpec spec;
  private final @Nullable LocalDate asOf;
  private final Locale locale;
  private final long maxRows;
  private final int maxFieldLength;
  private final boolean javaTimeDates;
  private final ImmutableList<ImmutableMap<String, Integer>> columns;

  private transient @Nullable ScoringPolicy policy;

  ScorePlans(
      PolicySpec spec,
      @Nullable LocalDate asOf,
      Locale locale,
      TableLimits limits,
      boolean javaTimeDates,
      ImmutableList<ImmutableMap<String, Integer>> columns) {
    this.spec = spec;
    this.asOf = asOf;
    this.locale = locale;
    this.maxRows = limits.maxRows();
    this.maxFieldLength = limits.maxFieldLength();
    this.javaTimeDates = javaTimeDates;
    this.columns = columns;
  }

  @Override
  public Iterator<Row> call(String group, Iterator<Row> rows) {
    List<TableRow> given = new ArrayList<>();
    rows.forEachRemaining(r -> given.add(TableRow.of(r)));
    return score(given).iterator();
  }

  /** The output rows of the rows of one group, given in any order. */
  List<Row> score(List<TableRow> given) {
    ScoringPolicy scoring = policy();
    PlanAssembler assembler = PlanAssembler.create(TableLimits.of(maxRows, maxFieldLength));
    given.sort(ORDER);
    PlanKey key = null;
    // one origin per table and source, moved to each row's line
    RowOrigin origin = RowOrigin.unknown();
    int originTable = -1;
    for (TableRow r : given) {
      Table table = TABLES[r.table];
      if (key == null && r.values[0] instanceof String t && r.values[1] instanceof String p) {
        key = PlanKey.of(t, p);
      }
      if (originTable != r.table || !origin.source().equals(r.source)) {
        origin = RowOrigin.of(r.source, 0, columns.get(r.table));
        originTable = r.table;
      }
      org.okrkit.tables.Row.Builder row =
          org.okrkit.tables.Row.builder(table).origin(origin.withLine(r.line));
      for (int i = 0; i < r.values.length; i++) {
        Object v = r.values[i];
        if (v != null) {
          // the values are in the order of the table's columns
          row.set(i, v);
        }
      }
      assembler.add(row.build());
    }
    AssembledPlans assembled = assembler.finish();
    List<Row> out = new ArrayList<>();
    for (TableProblem problem : assembled.problems()) {
      out.add(problem(problem.key().orElse(key), problem));
    }
    for (Map.Entry<PlanKey, Plan> e : assembled.plans().entrySet()) {
      score(e.getKey(), e.getValue(), scoring, out);
    }
    return out;
  }

  private void score(PlanKey key, Plan plan, ScoringPolicy scoring, List<Row> out) {
    LocalDate date = asOf != null ? asOf : SparkScoring.asOf(plan);
    Scorecard card;
    try {
      card = scoring.score(plan, date);
    } catch (PolicyException e) {
      out.add(
          Output.problem(
              key.tenant(), key.plan(), null, "", 0, 0, "", e.code(), e.message(locale)));
      return;
    }
    Object day = javaTimeDates ? date : java.sql.Date.valueOf(date);
    for (ElementScore s : card.elements()) {
      Owner owner = plan.ownerOf(s.id());
      out.add(
          Output.element(
              key,
              day,
              s.id(),
              s.kind().name(),
              owner.id(),
              owner.level().name(),
              boxed(s.score()),
              s.band().map(Enum::name).orElse(null),
              s.status().map(Enum::name).orElse(null),
              boxed(s.actual()),
              boxed(s.progress()),
              boxed(s.signedProgress()),
              boxed(s.confidence()),
              boxed(s.expectedProgress())));
    }
    for (OwnerScore s : card.owners()) {
      Owner owner = plan.owner(s.id()).orElseThrow();
      out.add(
          Output.owner(
              key,
              day,
              s.id(),
              owner.level().name(),
              boxed(s.kpiScore()),
              boxed(s.okrScore()),
              boxed(s.composite()),
              s.band().map(Enum::name).orElse(null),
              s.status().map(Enum::name).orElse(null),
              boxed(s.confidence())));
    }
    for (Finding f : AlignmentAnalyzer.defaults().analyze(card).findings()) {
      out.add(Output.finding(key, f.code(), f.severity().name(), f.ids(), message(f), hint(f)));
    }
  }

  private String message(Finding f) {
    return builtIn(f) ? AlignmentRules.templates().message(f, locale) : f.message();
  }

  private String hint(Finding f) {
    return builtIn(f) ? AlignmentRules.templates().hint(f, locale) : f.hint();
  }

  private static boolean builtIn(Finding f) {
    return f.template().isPresent()
        && AlignmentRules.templates().phrasebook(Locale.ROOT).has(f.template().get() + ".message");
  }

  private Row problem(@Nullable PlanKey key, TableProblem p) {
    return Output.problem(
        key == null ? null : key.tenant(),
        key == null ? null : key.plan(),
        p.table().map(Table::tableName).orElse(null),
        p.source(),
        p.line(),
        p.column(),
        p.field(),
        p.code().orElse(null),
        p.message(locale));
  }

  private ScoringPolicy policy() {
    ScoringPolicy p = policy;
    if (p == null) {
      p = spec.policy();
      policy = p;
    }
    return p;
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
