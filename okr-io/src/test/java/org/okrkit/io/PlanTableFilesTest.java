package org.okrkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTablesException;
import org.okrkit.tables.Table;
import org.okrkit.tables.TableProblem;

/** Plan tables as CSV folders: the files written, the seed plans, and bad files located. */
class PlanTableFilesTest {
  static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));
  static final PlanKey KEY = PlanKey.of("acme", "2026-Q2");

  @TempDir Path dir;

  private Path written(Plan plan) {
    Path folder = dir.resolve("acme-tables");
    PlanTableFiles.write(folder, KEY, plan);
    return folder;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, UTF_8);
    assertTrue(text.contains(from), () -> file + " lacks " + from + ":\n" + text);
    Files.writeString(file, text.replace(from, to), UTF_8);
  }

  private static List<String> rendered(AssembledPlans a, Locale locale) {
    return a.problems().stream().map(p -> p.render(locale)).toList();
  }

  @Test
  void everySeedPlanFileRoundTripsThroughTables() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(PLANS)) {
      files =
          all.filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".yaml")
                        && !n.endsWith(".policy.yaml")
                        && !n.endsWith(".simulation.yaml");
                  })
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 10, files::toString);
    for (Path file : files) {
      Plan plan = PlanFiles.read(file);
      Path folder = dir.resolve(file.getFileName().toString() + "-tables");
      PlanTableFiles.write(folder, PlanKey.of("seed", file.getFileName().toString()), plan);
      assertEquals(plan, PlanTableFiles.readPlan(folder), file.toString());
    }
  }

  @Test
  void eachTableIsOneCsvFileWithAHeaderAndLfLineEnds() throws IOException {
    Path folder = written(SeedPlans.marketing());
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.list(folder)) {
      all.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    assertEquals(
        List.of(
            "check_ins.csv",
            "contributions.csv",
            "key_results.csv",
            "kpis.csv",
            "milestones.csv",
            "objectives.csv",
            "owners.csv",
            "plans.csv",
            "revisions.csv",
            "tags.csv"),
        names);
    assertEquals(
        "tenant,plan,name,period\nacme,2026-Q2,Marketing,2026-Q2\n",
        Files.readString(folder.resolve("plans.csv"), UTF_8));
    String owners = Files.readString(folder.resolve("owners.csv"), UTF_8);
    assertTrue(owners.startsWith("tenant,plan,id,name,level,parent\n"), owners);
    assertFalse(owners.contains("\r"));
    // no sibling left behind
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(List.of(folder), all.toList());
    }
  }

  @Test
  void textIsWrittenAsItIsFormulasIncludedAndEmptyTextStaysApartFromNoValue() throws IOException {
    Plan plan =
        SeedPlans.marketing().toBuilder().name("=HYPERLINK(\"http://x\",\"click\")").build();
    Path folder = written(plan);
    assertEquals(
        "tenant,plan,name,period\nacme,2026-Q2,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",2026-Q2\n",
        Files.readString(folder.resolve("plans.csv"), UTF_8));
    assertEquals(plan, PlanTableFiles.readPlan(folder));

    Plan empty = SeedPlans.marketing().toBuilder().name("").build();
    folder = written(empty);
    assertEquals(
        "tenant,plan,name,period\nacme,2026-Q2,\"\",2026-Q2\n",
        Files.readString(folder.resolve("plans.csv"), UTF_8));
    assertEquals(empty, PlanTableFiles.readPlan(folder));
  }

  @Test
  void writingReplacesTheFolderAndAFailedWriteLeavesItAsItWas() throws IOException {
    Path folder = written(SeedPlans.marketing());
    PlanTableFiles.write(folder, KEY, SeedPlans.startUp());
    assertEquals(SeedPlans.startUp(), PlanTableFiles.readPlan(folder));

    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    assertThrows(
        UncheckedIOException.class, () -> PlanTableFiles.write(file, KEY, SeedPlans.startUp()));
    assertEquals("x", Files.readString(file));
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(2, all.count(), "no temporary folder left beside");
    }
  }

  @Test
  void badCellsAreReportedAtTheirFileLineAndColumnInEnglishAndChinese() throws IOException {
    Path folder = written(SeedPlans.marketing());
    edit(folder.resolve("owners.csv"), ",DEPARTMENT,", ",BOSS,");
    edit(folder.resolve("check_ins.csv"), "acme,2026-Q2,2,", "acme,2026-Q2,1,");
    AssembledPlans a = PlanTableFiles.read(folder);
    assertEquals(Map.of(), a.plans());
    String owners = folder.resolve("owners.csv").toString();
    TableProblem level = a.problems().get(0);
    assertEquals(owners, level.source());
    assertEquals(3, level.line());
    assertEquals(5, level.column());
    assertEquals(Table.OWNERS, level.table().orElseThrow());
    assertEquals("level", level.field());
    assertEquals(
        owners
            + ":3:5: acme/2026-Q2: owners.level: expected one of COMPANY, DEPARTMENT, TEAM,"
            + " INDIVIDUAL, got 'BOSS'",
        level.toString());
    assertEquals(
        owners
            + ":3:5: acme/2026-Q2: owners.level: 应为 COMPANY, DEPARTMENT, TEAM, INDIVIDUAL 之一，实际为“BOSS”",
        level.render(Locale.SIMPLIFIED_CHINESE));
    List<String> en = rendered(a, Locale.ROOT);
    assertEquals(
        List.of(
            owners
                + ":3:5: acme/2026-Q2: owners.level: expected one of COMPANY, DEPARTMENT, TEAM,"
                + " INDIVIDUAL, got 'BOSS'",
            folder.resolve("check_ins.csv")
                + ":3:3: acme/2026-Q2: check_ins.seq: seq 1 appears twice in this plan; the first"
                + " is at "
                + folder.resolve("check_ins.csv")
                + ":2"),
        en);
  }

  @Test
  void aBadFileIsReportedAndLeavesEveryPlanOut() throws IOException {
    Path folder = written(SeedPlans.marketing());
    edit(folder.resolve("owners.csv"), "tenant,plan,id,name,", "tenant,plan,id,nme,");
    Files.writeString(folder.resolve("key-results.csv"), "tenant\n");
    Files.delete(folder.resolve("plans.csv"));
    edit(folder.resolve("kpis.csv"), ",MONTHLY,", ",MONTHLY,Q9,");
    AssembledPlans a = PlanTableFiles.read(folder);
    assertTrue(
        rendered(a, Locale.ROOT)
            .contains(
                folder.resolve("kpis.csv")
                    + ":2: kpis: a line of 19 cells; the header names 18 columns"),
        () -> rendered(a, Locale.ROOT).toString());
    assertEquals(Map.of(), a.plans());
    assertEquals(
        List.of(
            folder.resolve("key-results.csv")
                + ": not a file of plan tables; expected one of plans.csv, owners.csv,"
                + " objectives.csv, key_results.csv, kpis.csv, tags.csv, contributions.csv,"
                + " milestones.csv, revisions.csv, check_ins.csv",
            folder.resolve("plans.csv")
                + ": plans: there is no plans.csv; a folder of plan tables needs one, with a row"
                + " per plan",
            folder.resolve("owners.csv")
                + ":1:4: owners: unknown column 'nme'; expected one of tenant, plan, id, name,"
                + " level, parent",
            folder.resolve("owners.csv")
                + ":1: owners: the header lacks the required column 'name'"),
        rendered(a, Locale.ROOT).subList(0, 4));
    assertEquals(
        folder.resolve("owners.csv") + ":1: owners: 表头缺少必填列“name”",
        a.problems().get(3).render(Locale.SIMPLIFIED_CHINESE));
    PlanTablesException e =
        assertThrows(PlanTablesException.class, () -> PlanTableFiles.readPlan(folder));
    assertEquals(a.problems(), e.problems());
  }

  @Test
  void aMissingFolderIsAProblem() {
    AssembledPlans a = PlanTableFiles.read(dir.resolve("nowhere"));
    assertEquals(
        List.of(
            dir.resolve("nowhere")
                + ": not a folder; expected a folder of plan tables (plans.csv, owners.csv, ...)"),
        rendered(a, Locale.ROOT));
  }
}
