package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.io.testing.HistoryPlans;
import org.okrkit.io.testing.SchemaChecker;

/** Whatever the writer writes conforms to the shipped JSON Schema, histories included. */
class PlanSchemaProperties {
  private static final SchemaChecker SCHEMA = SchemaChecker.of(PlanFiles.jsonSchema());

  @Provide
  Arbitrary<Plan> plans() {
    return HistoryPlans.plans();
  }

  @Property(tries = 200)
  void writtenPlansConform(@ForAll("plans") Plan plan) {
    for (Format f : Format.values()) {
      String text = PlanFiles.write(plan, f);
      assertEquals(List.of(), SCHEMA.check(SchemaChecker.parse(text, f)), text);
    }
  }
}
