package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every example's main prints what its test checks. */
class ExampleMainsTest {

  private interface Main {
    void run(String[] args) throws Exception;
  }

  private static String printed(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void eachMainPrintsItsExample() throws Exception {
    assertEquals(
        PolicyTuningExample.compare(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF),
        printed(PolicyTuningExample::main));
    assertEquals(ScoreAndExplainExample.run(), printed(ScoreAndExplainExample::main));
    assertEquals(
        AlignmentExample.run(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF),
        printed(AlignmentExample::main));
    assertEquals(
        CustomStrategyExample.run(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF),
        printed(CustomStrategyExample::main));
    assertEquals(
        CustomRuleExample.run(MarketingPlanExample.plan(), LocalDate.of(2026, 6, 30)),
        printed(CustomRuleExample::main));
    assertEquals(RolloverExample.run(), printed(RolloverExample::main));
    assertEquals(
        MarketingPlanExample.outline(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF)
            + "\n"
            + MarketingPlanExample.scores(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF),
        printed(MarketingPlanExample::main));
  }
}
