package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the text tables in any language: whatever the arms are called (Chinese, full-width,
 * Latin, with combining marks), every row of a table lines up by display width, and the Chinese
 * table has the same lines as the English one.
 */
class ChineseTablesProperties {
  private static final SimulationResult RESULT = ChineseTablesTest.SIMULATION;

  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> name =
        Arbitraries.strings()
            .withChars("目标关键结果权重对齐ＡＢＣ１２ab-xyz")
            .withChars('\u0301', '\u00e9', '\u2014', '\u2026')
            .ofMinLength(0)
            .ofMaxLength(12);
    return name.list().ofSize(RESULT.arms().size());
  }

  @Property(tries = 200)
  void everyRowLinesUpAndBothLanguagesHaveTheSameLines(@ForAll("names") List<String> names) {
    List<ArmResult> arms = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      // a letter first, so that a name never begins with a combining mark or a rule's dash
      arms.add(ArmResult.builder().from(RESULT.arms().get(i)).name("A" + i + names.get(i)).build());
    }
    SimulationResult named = SimulationResult.builder().from(RESULT).arms(arms).build();
    String chinese = named.render(Locale.SIMPLIFIED_CHINESE);
    String english = named.render();
    ChineseTablesTest.assertAligned(chinese);
    ChineseTablesTest.assertAligned(english);
    assertEquals(english.split("\n").length, chinese.split("\n").length);
  }
}
