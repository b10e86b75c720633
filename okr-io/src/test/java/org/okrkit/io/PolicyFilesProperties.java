package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.testing.PolicyArbitraries;

/**
 * Random policies of the built-in kinds ({@link PolicyArbitraries}, every setting now and then away
 * from its default) are written as policy files that conform to the schema, and read back equal.
 */
class PolicyFilesProperties {

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return PolicyArbitraries.policies();
  }

  @Property(tries = 200)
  void writtenPoliciesConformToTheSchema(@ForAll("policies") ScoringPolicy policy) {
    for (Format f : Format.values()) {
      String text = PolicyFiles.write(policy, f);
      assertEquals(List.of(), PolicySchemaTest.check(text, f), text);
    }
  }

  @Property(tries = 300)
  void writingThenReadingGivesAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    for (Format f : Format.values()) {
      assertEquals(policy, PolicyFiles.read(PolicyFiles.write(policy, f), f), f.toString());
    }
  }
}
