package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** Input meant to exhaust memory or time, or to smuggle in types, is refused at once. */
class HostileInputTest {

  private static List<String> problems(String text, Format format, ReadLimits limits) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(text, format, limits));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void theDefaultsAreDocumented() {
    ReadLimits d = ReadLimits.defaults();
    assertEquals(10L * 1024 * 1024, d.maxBytes());
    assertEquals(64, d.maxDepth());
    assertEquals(50, d.maxAliases());
    assertEquals(1_000_000, d.maxValues());
    assertEquals(
        "maxDepth must be above 0, got 0",
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxDepth(0).build())
            .getMessage());
  }

  @Test
  void anOversizedTextIsRefusedBeforeParsing() {
    ReadLimits limits = ReadLimits.builder().maxBytes(100).build();
    String big = "period: 2026-Q2\nname: " + "x".repeat(100) + "\n";
    assertEquals(
        List.of("the input is larger than the limit of 100 bytes (ReadLimits.maxBytes)"),
        problems(big, Format.YAML, limits));
    // bytes count, not characters: 40 three-byte characters are 120 bytes
    assertEquals(
        List.of("the input is larger than the limit of 100 bytes (ReadLimits.maxBytes)"),
        problems("{\"name\": \"" + "中".repeat(40) + "\"}", Format.JSON, limits));
  }

  @Test
  void anOversizedFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.json");
    Files.writeString(file, "{\"period\": \"2026-Q2\", \"name\": \"" + "x".repeat(200) + "\"}");
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () -> PlanFiles.read(file, ReadLimits.builder().maxBytes(100).build()));
    assertEquals(
        "invalid plan file "
            + file
            + ": 1 problem\n  "
            + file
            + ": the input is larger than the limit of 100 bytes (ReadLimits.maxBytes)",
        e.getMessage());
  }

  @Test
  void anEndlessStreamIsReadOnlyUpToTheLimit() {
    int[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return ' ';
          }
        };
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                PlanFiles.read(endless, Format.JSON, ReadLimits.builder().maxBytes(1000).build()));
    assertEquals(
        "the input is larger than the limit of 1000 bytes (ReadLimits.maxBytes)",
        e.problems().get(0).message());
    assertEquals(1001, served[0]);
  }

  @Test
  void theDefaultSizeHoldsALargePlan() throws IOException {
    // 1 MiB of plan is read whole; SnakeYAML's own default would stop at 3 MB of code points
    StringBuilder yaml = new StringBuilder("period: 2026-Q2\nowners:\n");
    for (int i = 0; yaml.length() < 4 * 1024 * 1024; i++) {
      yaml.append("  - {id: p")
          .append(i)
          .append(", name: Person ")
          .append(i)
          .append(", level: TEAM}\n");
    }
    Plan plan =
        PlanFiles.read(
            new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)),
            Format.YAML,
            ReadLimits.defaults());
    assertEquals("p0", plan.owners().get(0).id());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    ReadLimits limits = ReadLimits.builder().maxDepth(5).build();
    assertEquals(
        List.of(
            "1:35: name[0][0][0][0]: the document nests objects and lists more than 5 levels deep"
                + " (ReadLimits.maxDepth)"),
        problems("{\"period\": \"2026-Q2\", \"name\": [[[[[[[[1]]]]]]]]}", Format.JSON, limits));
    assertEquals(
        List.of(
            "2:23: name.a.b.c.d: the document nests objects and lists more than 5 levels deep"
                + " (ReadLimits.maxDepth)"),
        problems("period: 2026-Q2\nname: {a: {b: {c: {d: {e: 1}}}}}\n", Format.YAML, limits));
  }

  @Test
  void aHundredThousandOpenBracketsFailFastWithTheDefaults() {
    String deep = "[".repeat(100_000);
    assertEquals(
        List.of(
            "1:65: "
                + "[0]".repeat(64)
                + ": the document nests objects and lists more than 64 levels"
                + " deep (ReadLimits.maxDepth)"),
        problems(deep, Format.JSON, ReadLimits.defaults()));
  }

  @Test
  void aBillionLaughsIsRefused() {
    StringBuilder yaml =
        new StringBuilder(
            "period: 2026-Q2\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 9; i++) {
      yaml.append("lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    // nine levels of nine: the values run out at the sixth level, long before memory does
    assertEquals(
        "8:12: lol6[0]: the document holds more than 1000000 values, counting each alias as the value"
            + " it repeats (ReadLimits.maxValues)",
        last(problems(yaml.toString(), Format.YAML, ReadLimits.defaults())));
  }

  @Test
  void moreAliasesThanTheLimitAreRefused() {
    String yaml = "period: 2026-Q2\nowners: &x []\ntags: [" + "*x, ".repeat(50) + "*x]\n";
    assertEquals(
        "3:208: tags[50]: the document uses more than 50 YAML aliases (ReadLimits.maxAliases)",
        last(problems(yaml, Format.YAML, ReadLimits.defaults())));
  }

  @Test
  void aBillionLaughsUnderTheAliasCountIsRefusedByItsSize() {
    // 30 levels that each double the one before: 60 aliases standing for 2^30 values
    StringBuilder yaml = new StringBuilder("period: 2026-Q2\nname: &a0 [x, x]\n");
    for (int i = 1; i <= 30; i++) {
      yaml.append("l")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    ReadLimits limits = ReadLimits.builder().maxAliases(1000).build();
    assertEquals(
        "19:18: l17[1]: the document holds more than 1000000 values, counting each alias as the"
            + " value it repeats (ReadLimits.maxValues)",
        last(problems(yaml.toString(), Format.YAML, limits)));
  }

  @Test
  void recursiveAndUndefinedAliasesAreRefused() {
    assertEquals(
        "2:14: name[1]: alias *a lies inside the value it names; recursive aliases are not allowed",
        last(problems("period: 2026-Q2\nname: &a [1, *a]\n", Format.YAML, ReadLimits.defaults())));
    assertEquals(
        "2:7: name: alias *b names no anchor (&b) of an object or list defined before it; anchors"
            + " on single values are not supported",
        last(problems("period: 2026-Q2\nname: *b\n", Format.YAML, ReadLimits.defaults())));
  }

  @Test
  void aliasesCountTheDepthOfWhatTheyRepeat() {
    ReadLimits limits = ReadLimits.builder().maxDepth(4).build();
    String yaml = "period: 2026-Q2\na: &deep [[[1]]]\nb: [[*deep]]\n";
    assertEquals(
        "3:6: b[0][0]: the document nests objects and lists more than 4 levels deep (ReadLimits.maxDepth)",
        last(problems(yaml, Format.YAML, limits)));
  }

  @Test
  void yamlTagsNeverChooseATypeAndMergeKeysAreRefused() {
    String yaml =
        "period: !!str 2026-Q2\n"
            + "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\n"
            + "owners:\n"
            + "  - <<: {id: a}\n"
            + "    name: A\n"
            + "    level: TEAM\n";
    assertEquals(
        List.of(
            "1:9: period: YAML tag 'tag:yaml.org,2002:str' is not supported; plan and policy files take"
                + " no type information from the input",
            "2:7: name: YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not supported;"
                + " plan and policy files take no type information from the input",
            "2:7: name: expected text, got a list",
            "2:43: name[0]: YAML tag 'tag:yaml.org,2002:java.net.URLClassLoader' is not supported; plan"
                + " and policy files take no type information from the input",
            "2:71: name[0][0][0]: YAML tag 'tag:yaml.org,2002:java.net.URL' is not supported; plan and"
                + " policy files take no type information from the input",
            "4:5: owners[0].<<: YAML merge keys ('<<') are not supported; write the fields out",
            "4:5: owners[0]: missing required field 'id'"),
        problems(yaml, Format.YAML, ReadLimits.defaults()));
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes =
        "{\"period\": \"2026-Q2\",\n \"name\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                PlanFiles.read(
                    new ByteArrayInputStream(bytes), Format.JSON, ReadLimits.defaults()));
    assertEquals(
        List.of(
            "2:11: the input is not valid UTF-8 (byte 33); plan and policy files are UTF-8 text"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    String yaml =
        "period: 2026-Q2\n"
            + "checkIns:\n"
            + "  - {element: K, date: 2026-05-01, value: .nan}\n"
            + "  - {element: K, date: 2026-05-01, value: -.inf}\n";
    assertEquals(
        List.of(
            "3:43: checkIns[0].value: expected a finite number, got .nan",
            "4:43: checkIns[1].value: expected a finite number, got -.inf"),
        problems(yaml, Format.YAML, ReadLimits.defaults()));
    assertEquals(
        List.of("1:46: checkIns[0].value: expected a finite number, got 1e400"),
        problems(
            "{\"period\": \"2026-Q2\", \"checkIns\": [{\"value\": 1e400, \"element\": \"K\", \"date\": \"2026-05-01\"}]}",
            Format.JSON,
            ReadLimits.defaults()));
  }

  @Test
  void theLimitsLeaveOrdinaryPlansAlone() {
    ReadLimits tight =
        ReadLimits.builder().maxBytes(20_000).maxDepth(8).maxAliases(0).maxValues(2_000).build();
    for (Format f : Format.values()) {
      for (Plan plan : List.of(SeedPlans.manufacturer(), PlanRevisionsTest.revisedMarketing())) {
        assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, f), f, tight));
      }
    }
  }

  private static String last(List<String> problems) {
    return problems.get(problems.size() - 1);
  }
}
