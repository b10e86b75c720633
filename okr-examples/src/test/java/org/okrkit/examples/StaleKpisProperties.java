package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Example;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.testing.AlignmentRuleContract;

/**
 * The example's custom rule keeps the laws of the {@link AlignmentRule} contract on generated valid
 * plans, checked by okr-testing's {@link AlignmentRuleContract} as a host checks its own rule: this
 * module's tests are compiled into the named module {@code org.okrkit.examples}.
 */
class StaleKpisProperties implements AlignmentRuleContract {

  @Override
  public AlignmentRule rule() {
    return new CustomRuleExample.StaleKpis(LocalDate.of(2026, 5, 31), 14);
  }

  @Example
  void namesItselfByItsParameters() {
    assertEquals("StaleKpis[asOf=2026-05-31, maxDays=14]", rule().toString());
  }
}
