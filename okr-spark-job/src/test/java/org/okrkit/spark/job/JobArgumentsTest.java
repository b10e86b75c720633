package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jobs' command lines: operands, options and flags in any order, and what is refused. */
class JobArgumentsTest {
  private static JobArguments parse(List<String> operands, String... args) {
    return JobArguments.parse(args, operands, Set.of("tasks", "format"), Set.of("overwrite"));
  }

  @Test
  void optionsAndFlagsMayStandAnywhere() {
    JobArguments a =
        parse(List.of("SPEC", "OUTPUT"), "--tasks", "3", "s.yaml", "--overwrite", "out");
    assertEquals("s.yaml", a.operand(0));
    assertEquals("out", a.operand(1));
    assertEquals(Optional.of(3), a.intOption("tasks", 1, 10));
    assertTrue(a.flag("overwrite"));
    assertEquals("parquet", a.choice("format", Jobs.FORMATS, "parquet"));
    assertEquals(Optional.empty(), parse(List.of("A"), "x").intOption("tasks", 1, 10));
  }

  @Test
  void afterTwoDashesEverythingIsAnOperand() {
    JobArguments a = parse(List.of("SPEC", "OUTPUT"), "--", "--help", "--tasks");
    assertEquals("--help", a.operand(0));
    assertEquals("--tasks", a.operand(1));
    assertFalse(a.flag("overwrite"));
    assertFalse(JobArguments.wantsHelp(new String[] {"--", "--help"}));
    assertTrue(JobArguments.wantsHelp(new String[] {"x", "-h"}));
  }

  @Test
  void aLastOperandWithDotsTakesOneOrMore() {
    JobArguments a = parse(List.of("OUTPUT", "PLAN..."), "out", "a.yaml", "b.yaml");
    assertEquals(3, a.operands());
    assertEquals("b.yaml", a.operand(2));
    JobArguments.UsageException e =
        assertThrows(
            JobArguments.UsageException.class, () -> parse(List.of("OUTPUT", "PLAN..."), "out"));
    assertEquals("expected at least 2 arguments (OUTPUT PLAN...), got 1: out", e.getMessage());
  }

  @Test
  void valuesOutOfRangeAreRefusedSayingWhatIsExpected() {
    JobArguments a = parse(List.of(), "--tasks", " 11 ");
    JobArguments.UsageException e =
        assertThrows(JobArguments.UsageException.class, () -> a.intOption("tasks", 1, 10));
    assertEquals("--tasks must be a whole number from 1 to 10, got 11", e.getMessage());
    JobArguments b = parse(List.of(), "--format=Parquet");
    assertEquals("parquet", b.choice("format", Jobs.FORMATS, "csv"));
  }
}
