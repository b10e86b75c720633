package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;
import org.okrkit.core.Plan;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PlanTableFiles;
import org.okrkit.tables.PlanKey;

/**
 * {@code okr} reads a folder of plan tables wherever it reads a plan file ({@code --plan KEY} when
 * the folder holds more than one plan), and {@code okr convert} turns a plan file into tables and
 * back without losing anything.
 */
class TablesCommandTest {

  private static Plan read(String file) throws IOException {
    return PlanFiles.read(Path.of(file));
  }

  @Test
  void aPlanConvertedToTablesScoresAsItsFileAndConvertsBackEqual(@TempDir Path dir)
      throws IOException {
    Path tables = dir.resolve("marketing-tables");
    Result convert = okr("convert", plan("marketing"), tables.toString());
    assertEquals(Okr.OK, convert.code(), convert::toString);
    assertEquals(
        "Wrote the plan tables " + tables + " (plan marketing) from plans/marketing.yaml\n",
        convert.out());
    assertTrue(Files.isRegularFile(tables.resolve("key_results.csv")));
    assertEquals(read(plan("marketing")), PlanTableFiles.readPlan(tables));

    Result fromFile =
        okr(
            "score",
            plan("marketing"),
            "--policy",
            "plans/marketing.policy.yaml",
            "--format",
            "csv");
    Result fromTables =
        okr(
            "score",
            tables.toString(),
            "--policy",
            "plans/marketing.policy.yaml",
            "--format",
            "csv");
    assertEquals(Okr.OK, fromTables.code(), fromTables::toString);
    assertEquals(fromFile.out(), fromTables.out());

    Path back = dir.resolve("back.json");
    Result reverse = okr("convert", tables.toString(), back.toString());
    assertEquals(Okr.OK, reverse.code(), reverse::toString);
    assertEquals(read(plan("marketing")), PlanFiles.read(back));
    assertEquals(List.of("back.json", "marketing-tables"), names(dir));
  }

  @Test
  void aFolderOfManyPlansAsksForOneAndReadsTheOneNamed(@TempDir Path dir) throws IOException {
    Path tables = dir.resolve("tenants");
    Map<PlanKey, Plan> plans = new LinkedHashMap<>();
    plans.put(PlanKey.of("acme", "2026-Q2"), read(plan("marketing")));
    plans.put(PlanKey.of("beta", "2026-Q2"), read(plan("start-up")));
    PlanTableFiles.write(tables, plans);

    Result unchosen = okr("score", tables.toString());
    assertEquals(Okr.BAD_INPUT, unchosen.code(), unchosen::toString);
    assertEquals(
        "okr score: the folder "
            + tables
            + " holds 2 plans; choose one with --plan: acme/2026-Q2, beta/2026-Q2\n",
        unchosen.problems());
    Result zh = okr("score", tables.toString(), "--lang", "zh-CN");
    assertEquals(
        "okr score: 文件夹 " + tables + " 中有 2 个计划，请用 --plan 选择其一：acme/2026-Q2、beta/2026-Q2\n",
        zh.problems());

    Result chosen = okr("score", tables.toString(), "--plan", "beta/2026-Q2", "--format", "csv");
    assertEquals(Okr.OK, chosen.code(), chosen::toString);
    assertEquals(
        okr("score", plan("start-up"), "--default-policy", "--format", "csv").out(),
        okr(
                "score",
                tables.toString(),
                "--plan",
                "beta/2026-Q2",
                "--default-policy",
                "--format",
                "csv")
            .out());

    Result unknown = okr("align", tables.toString(), "--plan", "gamma/2026-Q2");
    assertEquals(Okr.BAD_INPUT, unknown.code());
    assertEquals(
        "okr align: the folder "
            + tables
            + " holds no plan gamma/2026-Q2; it holds acme/2026-Q2, beta/2026-Q2\n",
        unknown.problems());

    Result validate = okr("validate", tables.toString());
    assertEquals(Okr.OK, validate.code(), validate::toString);
    List<String> lines = validate.out().lines().toList();
    assertEquals(tables + ": plan tables of 2 plans", lines.get(0));
    assertTrue(
        lines.get(1).startsWith("acme/2026-Q2: a valid plan \"Marketing\" for 2026-Q2"),
        validate::toString);
    assertTrue(lines.get(2).startsWith("beta/2026-Q2: a valid plan"), validate::toString);

    Path one = dir.resolve("beta.yaml");
    Result convert = okr("convert", tables.toString(), one.toString(), "--plan", "beta/2026-Q2");
    assertEquals(Okr.OK, convert.code(), convert::toString);
    assertEquals(read(plan("start-up")), PlanFiles.read(one));
  }

  @Test
  void badTablesAreReportedAtTheirCellsInEitherLanguage(@TempDir Path dir) throws IOException {
    Path tables = dir.resolve("acme-tables");
    PlanTableFiles.write(tables, PlanKey.of("acme", "2026-Q2"), read(plan("marketing")));
    Path owners = tables.resolve("owners.csv");
    Files.writeString(owners, Files.readString(owners).replace("DEPARTMENT", "BOSS"));

    Result en = okr("validate", tables.toString());
    assertEquals(Okr.BAD_INPUT, en.code(), en::toString);
    List<String> lines = en.problems().lines().toList();
    assertTrue(
        lines.get(0).matches(".*owners\\.csv:\\d+:\\d+: acme/2026-Q2: owners\\.level: .*'BOSS'.*"),
        en::toString);
    assertEquals("okr validate: invalid plan tables " + tables + ": 1 problem", lines.get(1));

    Result zh = okr("score", tables.toString(), "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code());
    List<String> zhLines = zh.problems().lines().toList();
    assertTrue(zhLines.get(0).contains("owners.csv:"), zh::toString);
    assertFalse(zhLines.get(0).contains("expected"), zh::toString);
    assertEquals("okr score: 计划表 " + tables + " 无效：1 个问题", zhLines.get(1));
  }

  @Test
  void misusedOptionsAndCheckInsToTablesAreRefused(@TempDir Path dir) throws IOException {
    Path tables = dir.resolve("t");
    PlanTableFiles.write(tables, PlanKey.of("", "q2"), read(plan("marketing")));
    Result planOnFile = okr("score", plan("marketing"), "--plan", "q2");
    assertEquals(Okr.BAD_INPUT, planOnFile.code());
    assertEquals(
        "okr score: --plan chooses a plan of a folder of plan tables, and plans/marketing.yaml is a"
            + " file\n",
        planOnFile.problems());
    Result keyOnFile =
        okr("convert", tables.toString(), dir.resolve("x.yaml").toString(), "--key", "a/b");
    assertEquals(Okr.BAD_INPUT, keyOnFile.code());
    assertFalse(Files.exists(dir.resolve("x.yaml")));
    Result checkin = okr("checkin", tables.toString(), "KR-partners", "14", "--date", "2026-06-01");
    assertEquals(Okr.BAD_INPUT, checkin.code());
    assertTrue(checkin.problems().contains("is a folder of plan tables"), checkin::toString);
    // a folder of one plan under an empty tenant is read without --plan, or named by its plan alone
    assertEquals(Okr.OK, okr("score", tables.toString()).code());
    assertEquals(Okr.OK, okr("score", tables.toString(), "--plan", "q2").code());
  }

  private static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
