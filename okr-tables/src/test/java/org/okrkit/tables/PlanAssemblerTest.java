package org.okrkit.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** Bad rows give located problems, every one at once, in English and Chinese. */
class PlanAssemblerTest {
  static final PlanKey ACME = PlanKey.of("acme", "2026-Q2");
  static final PlanKey OTHER = PlanKey.of("acme", "2026-Q3");

  /** The rows of {@code plan} as a CSV reader gives them: source, line and column numbers. */
  static List<Row> located(PlanKey key, Plan plan) {
    List<Row> out = new ArrayList<>();
    PlanTables.rows(key, plan)
        .forEach(
            (table, rows) -> {
              Map<String, Integer> columns = new HashMap<>();
              for (int i = 0; i < table.columns().size(); i++) {
                columns.put(table.columns().get(i).name(), i + 1);
              }
              for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Row.Builder b =
                    Row.builder(table)
                        .origin(RowOrigin.of(table.tableName() + ".csv", i + 2, columns));
                for (Column c : table.columns()) {
                  b.set(c.name(), r.get(c.name()).orElse(null));
                }
                out.add(b.build());
              }
            });
    return out;
  }

  /** {@code rows} with the {@code n}th row of {@code table} (from 0) changed. */
  static List<Row> change(List<Row> rows, Table table, int n, UnaryOperator<Row.Builder> edit) {
    List<Row> out = new ArrayList<>();
    int seen = 0;
    for (Row r : rows) {
      if (r.table() == table && seen++ == n) {
        Row.Builder b = Row.builder(table).origin(r.origin());
        for (Column c : table.columns()) {
          b.set(c.name(), r.get(c.name()).orElse(null));
        }
        out.add(edit.apply(b).build());
      } else {
        out.add(r);
      }
    }
    return out;
  }

  static List<String> rendered(AssembledPlans a, Locale locale) {
    return a.problems().stream().map(p -> p.render(locale)).toList();
  }

  @Test
  void theSeedPlansRoundTrip() {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp())) {
      assertEquals(plan, PlanTables.assemble(located(ACME, plan)).onlyPlan());
    }
  }

  @Test
  void aMissingValueAWrongTypeAndABadChoiceAreReportedTogetherAtTheirCells() {
    List<Row> rows = located(ACME, SeedPlans.marketing());
    rows = change(rows, Table.OWNERS, 0, b -> b.set("name", null));
    rows = change(rows, Table.KEY_RESULTS, 0, b -> b.set("weight", "heavy"));
    rows = change(rows, Table.OWNERS, 1, b -> b.set("level", "BOSS"));
    rows = change(rows, Table.CHECK_INS, 0, b -> b.set("date", 20260430L));
    AssembledPlans a = PlanTables.assemble(rows);
    assertEquals(Map.of(), a.plans());
    assertEquals(
        List.of(
            "owners.csv:2:4: acme/2026-Q2: owners.name: missing a value in this required column",
            "owners.csv:3:5: acme/2026-Q2: owners.level: expected one of COMPANY, DEPARTMENT, TEAM,"
                + " INDIVIDUAL, got 'BOSS'",
            "key_results.csv:2:16: acme/2026-Q2: key_results.weight: expected a finite number, got"
                + " text 'heavy'",
            "check_ins.csv:2:5: acme/2026-Q2: check_ins.date: expected a date YYYY-MM-DD, got the"
                + " number 20260430"),
        rendered(a, Locale.ROOT));
    assertEquals(
        List.of(
            "owners.csv:2:4: acme/2026-Q2: owners.name: 此必填列缺少值",
            "owners.csv:3:5: acme/2026-Q2: owners.level: 应为 COMPANY, DEPARTMENT, TEAM, INDIVIDUAL"
                + " 之一，实际为“BOSS”",
            "key_results.csv:2:16: acme/2026-Q2: key_results.weight: 应为有限的数字，实际为文本“heavy”",
            "check_ins.csv:2:5: acme/2026-Q2: check_ins.date: 应为YYYY-MM-DD 格式的日期，实际为数字 20260430"),
        rendered(a, Locale.SIMPLIFIED_CHINESE));
    TableProblem first = a.problems().get(0);
    assertEquals("owners.csv", first.source());
    assertEquals(2, first.line());
    assertEquals(4, first.column());
    assertEquals(Table.OWNERS, first.table().orElseThrow());
    assertEquals("name", first.field());
    assertEquals("value.missing", first.code().orElseThrow());
  }

  @Test
  void danglingIdsAndDuplicateKeysAreReported() {
    List<Row> rows = new ArrayList<>(located(ACME, SeedPlans.marketing()));
    rows.add(
        Row.builder(Table.TAGS)
            .origin(RowOrigin.of("tags.csv", 9))
            .key(ACME)
            .set("element", "KR-nowhere")
            .set("tag", "brand")
            .build());
    rows.add(
        Row.builder(Table.MILESTONES)
            .origin(RowOrigin.of("milestones.csv", 7))
            .key(ACME)
            .set("element", "KR-partners")
            .set("revision", 99L)
            .set("name", "venue")
            .build());
    rows.add(
        Row.builder(Table.CONTRIBUTIONS)
            .origin(RowOrigin.of("contributions.csv", 4))
            .key(ACME)
            .set("kpi", "K-nowhere")
            .set("key_result", "KR-partners")
            .build());
    rows.add(
        Row.builder(Table.PLANS)
            .origin(RowOrigin.of("plans.csv", 3))
            .key(ACME)
            .set("period", "2026-Q2")
            .build());
    Row checkIn = rows.stream().filter(r -> r.table() == Table.CHECK_INS).findFirst().orElseThrow();
    rows.add(
        Row.builder(Table.CHECK_INS)
            .origin(RowOrigin.of("check_ins.csv", 40))
            .key(ACME)
            .set("seq", "1")
            .set("element", checkIn.get("element").orElseThrow())
            .set("date", LocalDate.of(2026, 4, 30))
            .set("value", 3)
            .build());
    AssembledPlans a = PlanTables.assemble(rows);
    assertEquals(
        List.of(
            "plans.csv:3: acme/2026-Q2: plans: a second row for tenant 'acme' and plan '2026-Q2';"
                + " the first is at plans.csv:2",
            "check_ins.csv:40: acme/2026-Q2: check_ins.seq: seq 1 appears twice in this plan; the"
                + " first is at check_ins.csv:2",
            "tags.csv:9: acme/2026-Q2: tags.element: no objective, key result or KPI 'KR-nowhere'"
                + " in this plan",
            "milestones.csv:7: acme/2026-Q2: milestones.revision: no revision 99 in this plan",
            "contributions.csv:4: acme/2026-Q2: contributions.kpi: no KPI 'K-nowhere' in this plan"),
        rendered(a, Locale.ROOT));
    assertEquals(
        "plans.csv:3: acme/2026-Q2: plans: 租户“acme”、计划“2026-Q2”的第二行；第一行在 plans.csv:2",
        a.problems().get(0).render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void rowsOfAnUnknownPlanKeyAreReportedOncePerTableAndTheOtherPlanStands() {
    List<Row> rows = new ArrayList<>(located(ACME, SeedPlans.marketing()));
    for (Row r : located(OTHER, SeedPlans.startUp())) {
      if (r.table() != Table.PLANS) {
        rows.add(r);
      }
    }
    AssembledPlans a = PlanTables.assemble(rows);
    assertEquals(ImmutableMap.of(ACME, SeedPlans.marketing()), a.plans());
    assertTrue(a.problemsByKey().get(ACME).isEmpty());
    TableProblem owners = a.problemsByKey().get(OTHER).get(0);
    assertEquals(
        "owners.csv:2: acme/2026-Q3: owners: no row of the table plans has tenant 'acme' and plan"
            + " '2026-Q3', which 3 rows of this table name",
        owners.toString());
    assertEquals(
        "owners.csv:2: acme/2026-Q3: owners: 表 plans 中没有租户“acme”、计划“2026-Q3”的行，而本表有 3 行引用了它",
        owners.render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void thePlansOwnValidationProblemsAreMappedToTheirRows() {
    List<Row> rows = located(ACME, SeedPlans.marketing());
    rows = change(rows, Table.KPIS, 0, b -> b.set("owner", "nobody"));
    rows = change(rows, Table.CONTRIBUTIONS, 0, b -> b.set("key_result", "KR-gone"));
    rows = change(rows, Table.KEY_RESULTS, 0, b -> b.set("target_stretch", -5.0));
    PlanKey good = PlanKey.of("beta", "q");
    rows.addAll(located(good, SeedPlans.startUp()));
    AssembledPlans a = PlanTables.assemble(rows);
    assertEquals(ImmutableMap.of(good, SeedPlans.startUp()), a.plans());
    assertEquals(List.of(), a.problemsByKey().get(good));
    List<String> en = rendered(a, Locale.ROOT);
    List<String> zh = rendered(a, Locale.SIMPLIFIED_CHINESE);
    assertEquals(
        List.of(
            "key_results.csv:2:9: acme/2026-Q2: key_results.target: stretch -5 lies below target 20"
                + " for an INCREASE measure",
            "kpis.csv:2:4: acme/2026-Q2: kpis.owner: unknown owner 'nobody'",
            "contributions.csv:2:6: acme/2026-Q2: contributions.key_result: unknown key result"
                + " 'KR-gone'"),
        en);
    assertEquals(
        "contributions.csv:2:6: acme/2026-Q2: contributions.key_result: 未知的关键结果“KR-gone”",
        zh.get(2));
  }

  @Test
  void checkInsInSeqOrderReportARepeatedSeqAndTheirOwnValidationProblemsAtTheirRows() {
    // check-ins come in seq order, as a file or a query sorted by seq gives them: the row at
    // line 3 repeats the seq of the row at line 2, and the row at line 4 names no element
    List<Row> rows = located(ACME, SeedPlans.marketing());
    rows = change(rows, Table.CHECK_INS, 1, b -> b.set("seq", 1L));
    rows = change(rows, Table.CHECK_INS, 2, b -> b.set("element", "K-nowhere"));
    AssembledPlans a = PlanTables.assemble(rows);
    assertEquals(
        List.of(
            "check_ins.csv:3:3: acme/2026-Q2: check_ins.seq: seq 1 appears twice in this plan; the"
                + " first is at check_ins.csv:2"),
        rendered(a, Locale.ROOT));
    rows = located(ACME, SeedPlans.marketing());
    rows = change(rows, Table.CHECK_INS, 2, b -> b.set("element", "K-nowhere"));
    a = PlanTables.assemble(rows);
    assertEquals(
        List.of(
            "check_ins.csv:4:4: acme/2026-Q2: check_ins.element: unknown key result or KPI"
                + " 'K-nowhere'"),
        rendered(a, Locale.ROOT));
  }

  @Test
  void limitsAreHeldToAndATooLongTextIsReported() {
    List<Row> rows = located(ACME, SeedPlans.marketing());
    AssembledPlans a = PlanTables.assemble(rows, TableLimits.of(3, 100));
    assertEquals(Map.of(), a.plans());
    assertEquals(
        List.of(
            "owners.csv:4: owners: more than 3 rows (TableLimits.maxRows); the rows after it were"
                + " not read"),
        rendered(a, Locale.ROOT));
    assertEquals(a.problems(), a.generalProblems());

    rows = change(rows, Table.OBJECTIVES, 0, b -> b.set("title", "x".repeat(101)));
    a = PlanTables.assemble(rows, TableLimits.of(1000, 100));
    assertEquals(
        List.of(
            "objectives.csv:2:4: acme/2026-Q2: objectives.title: a text of 101 characters, longer"
                + " than the limit of 100 (TableLimits.maxFieldLength)"),
        rendered(a, Locale.ROOT));
  }

  @Test
  void aRowWithoutAKeyIsReportedWithoutOne() {
    Row row = Row.builder(Table.OWNERS).origin(RowOrigin.of("q", 1)).set("tenant", "t").build();
    AssembledPlans a = PlanTables.assemble(List.of(row));
    assertEquals(
        List.of("q:1: owners.plan: missing a value in this required column"),
        rendered(a, Locale.ROOT));
  }

  @Test
  void onlyPlanNeedsExactlyOnePlan() {
    List<Row> rows = new ArrayList<>(located(ACME, SeedPlans.marketing()));
    rows.addAll(located(OTHER, SeedPlans.startUp()));
    PlanTablesException e =
        assertThrows(PlanTablesException.class, () -> PlanTables.assemble(rows).onlyPlan());
    assertEquals(
        "plan tables have 1 problem(s):\n  plans: expected the tables to hold exactly one plan,"
            + " found 2: [acme/2026-Q2, acme/2026-Q3]",
        e.getMessage());
    assertEquals(
        "计划表有 1 个问题：\n  plans: 表中应恰好有一个计划，实际有 2 个：[acme/2026-Q2, acme/2026-Q3]",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aRowRefusesAnUnknownColumnAndAValueOfNoColumnType() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Row.builder(Table.OWNERS).set("colour", "red"));
    assertTrue(e.getMessage().startsWith("table owners has no column 'colour'; expected one of"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Row.builder(Table.OWNERS).set("name", ImmutableList.of()));
  }
}
