package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.PolicySpec;
import org.okrkit.scoring.ScoringPolicy;

/** Formulas travel in a policy spec and are rebuilt by the formula module's provider. */
class FormulaPolicySpecTest {

  static PolicySpec serialized(PolicySpec spec) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PolicySpec) in.readObject();
    }
  }

  @Test
  void theExampleFormulaPolicyTravelsAndScoresAsBefore() throws Exception {
    ScoringPolicy policy =
        FormulaPolicyFilesTest.example()
            .withKpiStrategy(
                FormulaStrategies.formula(
                    "actual >= target ? 1.0 : 0.5", EnumSet.of(Direction.INCREASE), 1.5));
    PolicySpec spec = serialized(PolicySpec.of(policy));
    // the formula module's provider, found on the class path as the file readers find it
    ScoringPolicy rebuilt = spec.policy();
    assertEquals(policy, rebuilt);
    assertEquals(
        policy.score(SeedPlans.marketing(), SeedPlans.AS_OF),
        rebuilt.score(SeedPlans.marketing(), SeedPlans.AS_OF));
    assertEquals(
        "no strategy of kind 'formula' is registered; strategies of kind 'formula' need the"
            + " okr-formula module on the class or module path",
        assertThrows(IllegalArgumentException.class, () -> spec.policy(PolicyExtensions.none()))
            .getMessage());
  }
}
