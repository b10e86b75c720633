package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.testing.PlanArbitraries;

/** Laws of the zh-CN alignment report against the English one, on generated plans. */
class ChineseReportProperties {
  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  /**
   * The Chinese report has the English one's lines, and each finding's code starts at the same
   * display column whatever the width of its severity's word.
   */
  @Property(tries = 200)
  void aChineseReportHasTheEnglishLinesAndItsCodesLineUp(@ForAll("plans") Plan plan) {
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(plan);
    String[] english = report.render().split("\n", -1);
    String[] chinese = report.render(Locale.SIMPLIFIED_CHINESE).split("\n", -1);
    assertEquals(english.length, chinese.length);
    List<Finding> findings = report.findings();
    // the findings come last: two lines each, then the empty string after the final newline
    int first = chinese.length - 1 - 2 * findings.size();
    for (int i = 0; i < findings.size(); i++) {
      String line = chinese[first + 2 * i];
      String before = line.substring(0, line.indexOf(findings.get(i).code()));
      assertEquals(10, DisplayWidth.of(before), line);
      assertEquals(" ".repeat(18), chinese[first + 2 * i + 1].substring(0, 18));
    }
  }
}
