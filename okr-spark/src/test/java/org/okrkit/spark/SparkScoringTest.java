package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.Table;
import org.okrkit.tables.TableProblem;

/**
 * Plan tables of 1,000 generated plans, and a few plan keys with bad rows, scored on two local
 * cores: every row of every output equals what the library gives in one JVM for the same plan (the
 * local {@link Scorecard} and {@link org.okrkit.alignment.AlignmentReport}, doubles exactly), each
 * bad key gives its problems at its rows while the others score, and bad input is refused before
 * any job.
 */
class SparkScoringTest {
  /** A portable policy other than the default, so that the spec visibly travels. */
  private static final ScoringPolicy POLICY =
      ScoringPolicy.builder()
          .kpiStrategy(Strategies.linear(1.2, false))
          .keyResultStrategy(Strategies.tiered())
          .build();

  private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

  private static SparkSession spark;
  private static Map<PlanKey, Plan> plans;
  private static Map<Table, List<org.okrkit.tables.Row>> rows;
  private static Map<Table, Dataset<Row>> tables;

  @BeforeAll
  static void startSpark() {
    spark = Studies.session("local[2]");
    plans = TablesOnSpark.plans(15, 1_000);
    rows = TablesOnSpark.rows(plans);
    addBadKeys(rows);
    // check-ins as a CSV file read without a schema gives them: every value a text to parse
    tables = TablesOnSpark.datasets(spark, rows, List.of(Table.CHECK_INS));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /**
   * Five plan keys whose rows are wrong: a tag of an element the plan lacks (a dangling id), a
   * check-in whose value is not a number (a wrong type), a second {@code plans} row (a duplicate
   * key), owners of a plan key with no {@code plans} row (an unknown key), and an owner without a
   * tenant (no key at all).
   */
  private static void addBadKeys(Map<Table, List<org.okrkit.tables.Row>> rows) {
    Plan small = plans.values().iterator().next();
    Map<PlanKey, Plan> bad = new LinkedHashMap<>();
    for (String name : List.of("dangling", "type", "duplicate")) {
      bad.put(PlanKey.of("bad", name), small);
    }
    PlanTables.rows(bad).forEach((t, list) -> rows.get(t).addAll(list));
    String someElement = small.objectives().isEmpty() ? "nothing" : small.objectives().get(0).id();
    rows.get(Table.TAGS)
        .add(
            row(Table.TAGS, "bad", "dangling")
                .set("element", "no-such-element")
                .set("tag", "x")
                .build());
    rows.get(Table.CHECK_INS)
        .add(
            row(Table.CHECK_INS, "bad", "type")
                .set("seq", 999L)
                .set("element", someElement)
                .set("date", small.period().start())
                .set("value", "lots")
                .build());
    rows.get(Table.PLANS)
        .add(row(Table.PLANS, "bad", "duplicate").set("period", "2026-Q2").build());
    rows.get(Table.OWNERS)
        .add(
            row(Table.OWNERS, "ghost", "none")
                .set("id", "p")
                .set("name", "P")
                .set("level", "TEAM")
                .build());
    rows.get(Table.OWNERS)
        .add(
            org.okrkit.tables.Row.builder(Table.OWNERS)
                .set("plan", "keyless")
                .set("id", "p")
                .set("name", "P")
                .set("level", "TEAM")
                .build());
  }

  private static org.okrkit.tables.Row.Builder row(Table table, String tenant, String plan) {
    return org.okrkit.tables.Row.builder(table).key(PlanKey.of(tenant, plan));
  }

  @Test
  void everyRowIsTheLibrarysRowForThePlanInOneJvm() {
    ScoredTables scored = SparkScoring.of(POLICY).score(spark, tables);
    Expected expected = Expected.of(rows, POLICY, null, Locale.ROOT);
    try {
      assertEquals(1_000, expected.scored);
      assertSameRows(expected.elements, scored.elementScores());
      assertSameRows(expected.owners, scored.ownerScores());
      assertSameRows(expected.findings, scored.findings());
      assertSameRows(expected.problems, scored.problems());
    } finally {
      scored.unpersist();
    }
  }

  @Test
  void aDateAndALanguageGivenApplyToEveryPlan() {
    LocalDate date = LocalDate.of(2025, 2, 14);
    ScoredTables scored =
        SparkScoring.of(ScoringPolicy.defaults()).asOf(date).locale(CHINESE).score(spark, tables);
    Expected expected = Expected.of(rows, ScoringPolicy.defaults(), date, CHINESE);
    try {
      assertSameRows(expected.elements, scored.elementScores());
      assertSameRows(expected.findings, scored.findings());
      assertSameRows(expected.problems, scored.problems());
    } finally {
      scored.unpersist();
    }
  }

  @Test
  void badKeysGiveProblemsAtTheirRowsAndTheOthersScore() {
    ScoredTables scored = SparkScoring.score(spark, tables, ScoringPolicy.defaults());
    try {
      Map<String, List<Row>> byKey = new LinkedHashMap<>();
      for (Row r : scored.problems().collectAsList()) {
        byKey
            .computeIfAbsent(r.getAs("tenant") + "/" + r.getAs("plan"), k -> new ArrayList<>())
            .add(r);
      }
      assertEquals(
          List.of("bad/dangling", "bad/duplicate", "bad/type", "ghost/none", "null/null"),
          byKey.keySet().stream().sorted().toList());
      Row dangling = byKey.get("bad/dangling").get(0);
      assertEquals("tags", dangling.getAs("table"));
      assertEquals("tags.csv", dangling.getAs("source"));
      assertEquals(rows.get(Table.TAGS).size() + 1, (int) dangling.getAs("line"));
      assertEquals("element", dangling.getAs("field"));
      assertEquals(Table.TAGS.columns().size() - 1, (int) dangling.getAs("column"));
      assertEquals("ref.unknownElement", dangling.getAs("code"));
      Row type = byKey.get("bad/type").get(0);
      assertEquals("value", type.getAs("field"));
      assertEquals("value.wrongType", type.getAs("code"));
      assertEquals("expected a finite number, got text 'lots'", type.getAs("message"));
      assertEquals("plans.duplicate", byKey.get("bad/duplicate").get(0).getAs("code"));
      assertEquals("plans.unknownKey", byKey.get("ghost/none").get(0).getAs("code"));
      Row keyless = byKey.get("null/null").get(0);
      assertEquals("tenant", keyless.getAs("field"));
      assertEquals("value.missing", keyless.getAs("code"));
      assertEquals(
          0,
          scored
              .elementScores()
              .filter(org.apache.spark.sql.functions.col("tenant").isin("bad", "ghost"))
              .count());
      assertEquals(
          1_000,
          scored.ownerScores().select("tenant", "plan").distinct().count(),
          "every valid plan key has its owner scores");
    } finally {
      scored.unpersist();
    }
  }

  @Test
  void aPolicyThatCannotTravelIsRefusedBeforeAnyJob() {
    ScoringPolicy local = ScoringPolicy.builder().kpiStrategy(input -> 1.0).build();
    long jobs = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SparkScoring.score(spark, tables, local));
    assertTrue(e.getMessage().contains("kpiStrategy"), e.getMessage());
    assertEquals(jobs, spark.sparkContext().statusTracker().getJobIdsForGroup(null).length);
  }

  @Test
  void aMissingTableIsRefusedNamingIt() {
    Map<Table, Dataset<Row>> some = new EnumMap<>(tables);
    some.remove(Table.MILESTONES);
    some.remove(Table.REVISIONS);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkScoring.score(spark, some, ScoringPolicy.defaults()));
    assertEquals(
        "no Dataset for the table(s) milestones, revisions; give one for each of the ten plan"
            + " tables, an empty one for a table without rows (SparkScoring.emptyTable)",
        e.getMessage());
  }

  @Test
  void aDatasetWithoutARequiredColumnIsRefusedNamingTableAndColumn() {
    Map<Table, Dataset<Row>> some = new EnumMap<>(tables);
    some.put(Table.OWNERS, tables.get(Table.OWNERS).drop("level", "name"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkScoring.score(spark, some, ScoringPolicy.defaults()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "the Dataset of table owners lacks the required column(s) name, level; it has"
                    + " tenant, plan, id, parent, _source, _line, and the table's columns are"
                    + " tenant string (required), plan string (required), id string (required),"),
        e.getMessage());
  }

  @Test
  void anOptionalColumnMayBeLeftOutAndTheTablesMayBeEmpty() {
    Map<Table, Dataset<Row>> empty = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      empty.put(t, SparkScoring.emptyTable(spark, t));
    }
    empty.put(Table.OWNERS, empty.get(Table.OWNERS).drop("parent"));
    ScoredTables scored = SparkScoring.score(spark, empty, ScoringPolicy.defaults());
    assertEquals(0, scored.elementScores().count());
    assertEquals(0, scored.problems().count());
    assertFalse(Arrays.asList(scored.ownerScores().columns()).isEmpty());
  }

  /** Compares the rows of each plan key, in order, and the set of plan keys. */
  private static void assertSameRows(Map<String, List<List<Object>>> expected, Dataset<Row> ds) {
    Map<String, List<List<Object>>> actual = new LinkedHashMap<>();
    for (Row r : ds.collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(plain(r.get(i)));
      }
      actual.computeIfAbsent(r.get(0) + "/" + r.get(1), k -> new ArrayList<>()).add(values);
    }
    assertEquals(
        expected.keySet().stream().sorted().toList(), actual.keySet().stream().sorted().toList());
    for (String key : expected.keySet()) {
      assertEquals(expected.get(key), actual.get(key), key);
    }
  }

  private static @Nullable Object plain(@Nullable Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof scala.collection.Seq<?> seq) {
      return new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
    }
    return v;
  }

  /** The rows each output should have, by plan key, made by the library in this JVM. */
  private static final class Expected {
    final Map<String, List<List<Object>>> elements = new LinkedHashMap<>();
    final Map<String, List<List<Object>>> owners = new LinkedHashMap<>();
    final Map<String, List<List<Object>>> findings = new LinkedHashMap<>();
    final Map<String, List<List<Object>>> problems = new LinkedHashMap<>();
    int scored;

    static Expected of(
        Map<Table, List<org.okrkit.tables.Row>> rows,
        ScoringPolicy policy,
        @Nullable LocalDate asOf,
        Locale locale) {
      Expected e = new Expected();
      AssembledPlans assembled = PlanTables.assemble(TablesOnSpark.located(rows));
      for (TableProblem p : assembled.problems()) {
        String tenant = p.key().map(PlanKey::tenant).orElse(null);
        String plan = p.key().map(PlanKey::plan).orElse(null);
        e.problems
            .computeIfAbsent(tenant + "/" + plan, k -> new ArrayList<>())
            .add(
                list(
                    tenant,
                    plan,
                    p.table().map(Table::tableName).orElse(null),
                    p.source(),
                    p.line(),
                    p.column(),
                    p.field(),
                    p.code().orElse(null),
                    p.message(locale)));
      }
      assembled
          .plans()
          .forEach(
              (key, plan) -> {
                assertEquals(plans.get(key), plan, "the tables give back the plan");
                e.score(key, plan, policy, asOf == null ? latest(plan) : asOf, locale);
              });
      return e;
    }

    private void score(PlanKey key, Plan plan, ScoringPolicy policy, LocalDate asOf, Locale l) {
      scored++;
      String k = key.tenant() + "/" + key.plan();
      Scorecard card = policy.score(plan, asOf);
      for (ElementScore s : card.elements()) {
        Owner owner = plan.ownerOf(s.id());
        elements
            .computeIfAbsent(k, x -> new ArrayList<>())
            .add(
                list(
                    key.tenant(),
                    key.plan(),
                    asOf,
                    s.id(),
                    s.kind().name(),
                    owner.id(),
                    owner.level().name(),
                    d(s.score()),
                    s.band().map(Enum::name).orElse(null),
                    s.status().map(Enum::name).orElse(null),
                    d(s.actual()),
                    d(s.progress()),
                    d(s.signedProgress()),
                    d(s.confidence()),
                    d(s.expectedProgress())));
      }
      for (OwnerScore s : card.owners()) {
        owners
            .computeIfAbsent(k, x -> new ArrayList<>())
            .add(
                list(
                    key.tenant(),
                    key.plan(),
                    asOf,
                    s.id(),
                    plan.owner(s.id()).orElseThrow().level().name(),
                    d(s.kpiScore()),
                    d(s.okrScore()),
                    d(s.composite()),
                    s.band().map(Enum::name).orElse(null),
                    s.status().map(Enum::name).orElse(null),
                    d(s.confidence())));
      }
      for (Finding f : AlignmentAnalyzer.defaults().analyze(card).findings()) {
        boolean builtIn = f.template().isPresent();
        findings
            .computeIfAbsent(k, x -> new ArrayList<>())
            .add(
                list(
                    key.tenant(),
                    key.plan(),
                    f.code(),
                    f.severity().name(),
                    f.ids().isEmpty() ? null : f.ids().get(0),
                    new ArrayList<>(f.ids()),
                    builtIn ? AlignmentRules.templates().message(f, l) : f.message(),
                    builtIn ? AlignmentRules.templates().hint(f, l) : f.hint()));
      }
    }

    private static LocalDate latest(Plan plan) {
      return plan.checkIns().stream()
          .map(c -> c.date())
          .max(LocalDate::compareTo)
          .orElse(plan.period().start());
    }

    private static @Nullable Double d(OptionalDouble d) {
      return d.isPresent() ? d.getAsDouble() : null;
    }

    private static List<Object> list(@Nullable Object... values) {
      return new ArrayList<>(Arrays.asList(values));
    }
  }
}
