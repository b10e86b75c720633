package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.cli.Cli.BAD;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

/**
 * Every kind of malformed file gives its problems on stderr, one a line as {@code file:line:col:
 * path: message}, then a summary, nothing on stdout, and exit code 2.
 */
class MalformedFilesTest {

  private static String bad(String name) {
    return BAD.resolve(name).toString();
  }

  private static void assertRejected(Result r, String... stderr) {
    assertEquals(lines(stderr), r.err(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
  }

  @Test
  void aYamlSyntaxError() {
    String f = bad("syntax.yaml");
    assertRejected(
        okr("validate", f),
        f
            + ":6:11: owners[0].level: YAML syntax error: expected ',' or '}', but got : (while parsing a"
            + " flow mapping)",
        "okr validate: invalid plan file " + f + ": 1 problem");
  }

  @Test
  void aJsonSyntaxError() {
    String f = bad("syntax.json");
    assertRejected(
        okr("score", f),
        f
            + ":6:3: owners[1]: JSON syntax error: Unexpected character (']' (code 93)): expected a valid"
            + " value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        "okr score: invalid plan file " + f + ": 1 problem");
  }

  @Test
  void wrongTypes() {
    String f = bad("wrong-type.yaml");
    assertRejected(
        okr("score", f),
        f + ":13:17: objectives[0].keyResults[0].weight: expected a number, got text 'heavy'",
        f
            + ":14:18: objectives[0].keyResults[0].measure: expected a measure (an object), got a list",
        "okr score: invalid plan file " + f + ": 2 problems");
  }

  @Test
  void anUnknownFieldWithASuggestion() {
    String f = bad("unknown-field.yaml");
    assertRejected(
        okr("explain", f, "O1"),
        f + ":7:5: objectives[0]: missing required field 'title'",
        f
            + ":8:5: objectives[0].titel: unknown field 'titel' (did you mean 'title'?); an objective takes"
            + " id, title, owner, kind, parent, parentSupportOnly, period, tags, keyResults",
        "okr explain: invalid plan file " + f + ": 2 problems");
  }

  @Test
  void danglingIds() {
    String f = bad("dangling-id.yaml");
    assertRejected(
        okr("align", f),
        f + ":9:5: objectives[0].owner: unknown owner 'acmee'",
        f + ":21:21: kpis[0].contributions[0]: unknown key result 'KR9'",
        "okr align: invalid plan file " + f + ": 2 problems");
  }

  @Test
  @DisplayName("an alias bomb (billion laughs) is stopped by the value limit")
  void anAliasBomb() {
    String f = bad("alias-bomb.yaml");
    assertRejected(
        okr("report", f, "--html", "-"),
        f
            + ":9:10: a6[0]: the document holds more than 1000000 values, counting each alias as the"
            + " value it repeats (ReadLimits.maxValues)",
        "okr report: invalid plan file " + f + ": 1 problem");
  }

  @Test
  void anOversizedFileIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("period: 2026-Q2\nowners:\n");
      String row = "  - {id: p0000000, name: Person, level: TEAM}\n";
      for (long written = 0; written <= 10L * 1024 * 1024; written += row.length()) {
        w.write(row);
      }
    }
    Result r = okr("--progress", "never", "validate", big.toString());
    assertRejected(
        r,
        big + ": the input is larger than the limit of 10485760 bytes (ReadLimits.maxBytes)",
        "okr validate: invalid plan file " + big + ": 1 problem");
  }

  @Test
  void aLargeFileIsAnnouncedOnStderr(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("period: 2026-Q2\nowners:\n");
      for (int i = 0; i < 30_000; i++) {
        w.write("  - {id: p" + i + ", name: Person " + i + ", level: TEAM}\n");
      }
    }
    // auto: a file of 1 MB or more is announced at once, whatever the time it takes
    Result r = okr("validate", big.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        "okr: reading plan "
            + big
            + " ("
            + Progress.size(Files.size(big), Texts.of(Locale.ROOT))
            + ") ...",
        r.err().lines().findFirst().orElseThrow());
    assertEquals(
        lines(
            big
                + ": a valid plan for 2026-Q2 (2026-04-01 to 2026-06-30): 30000 owners, 0 objectives,"
                + " 0 key results, 0 KPIs, 0 check-ins"),
        r.out());
  }

  @Test
  void aMissingFile() {
    assertRejected(
        okr("score", "plans/nowhere.yaml"),
        "okr score: cannot read the plan file plans/nowhere.yaml: there is no such file");
  }

  @Test
  void aFolderIsReadAsPlanTablesAndAnEmptyOneSaysWhatItLacks(@TempDir Path dir) throws IOException {
    // a folder given where a plan is read is a folder of plan tables, whatever its name
    Path folder = Files.createDirectory(dir.resolve("plans.yaml"));
    assertRejected(
        okr("validate", folder.toString()),
        folder.resolve("plans.csv")
            + ": plans: there is no plans.csv; a folder of plan tables needs one, with a row per"
            + " plan",
        "okr validate: invalid plan tables " + folder + ": 1 problem");
  }

  @Test
  void aNameThatImpliesNoFormat() {
    String f = "pom.xml";
    assertRejected(
        okr("validate", f),
        f
            + ": cannot tell the format from the file name; expected a name ending in .json, .yaml or .yml",
        "okr validate: invalid plan file " + f + ": 1 problem");
  }

  @Test
  void aMalformedPolicyFileIsReportedTheSameWay(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "version: 1\nkpiStrategy: {type: linear, cap: many}\nbands: [0.4]\n");
    Result r = okr("score", "plans/marketing.yaml", "--policy", policy.toString());
    assertRejected(
        r,
        policy + ":2:34: kpiStrategy.cap: expected a number, got text 'many'",
        policy + ":3:8: bands: expected bands (an object), got a list",
        "okr score: invalid scoring policy file " + policy + ": 2 problems");
  }
}
