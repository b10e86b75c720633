package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.core.text.DisplayWidth;

/** The zh-CN scorecard table lines up by display width, whatever the titles' scripts. */
class ChineseScorecardProperties {
  /** Where each column of a row starts, in terminal columns: id, score, band, status, the rest. */
  static final int[] COLUMNS = {2, 27, 36, 44, 55};

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range('\u4e00', '\u9fa5'),
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.chars().range('\uff10', '\uff5a'),
            Arbitraries.of(' ', '—', '…', '，', '（', '）'));
    return chars.list().ofMinSize(1).ofMaxSize(30).map(ChineseScorecardProperties::text);
  }

  private static String text(List<Character> chars) {
    StringBuilder b = new StringBuilder();
    chars.forEach(b::append);
    String t = b.toString().strip();
    return t.isEmpty() ? "标题" : t;
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<List<String>> titles = titles().list().ofMinSize(2).ofMaxSize(6);
    Arbitrary<List<Double>> values =
        Arbitraries.doubles().between(0, 12).ofScale(1).list().ofSize(6);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 61);
    return Combinators.combine(titles, values, days, titles().list().ofSize(2))
        .as(ChineseScorecardProperties::plan);
  }

  private static Plan plan(List<String> titles, List<Double> values, int day, List<String> names) {
    Plan.Builder b =
        Plan.builder()
            .name(names.get(0))
            .period(SeedPlans.QUARTER)
            .addOwners(
                Owner.of("company", names.get(0), Level.COMPANY),
                Owner.of("team-a", names.get(1), Level.TEAM, "company"))
            .addObjectives(Objective.of("O1", titles.get(0), "team-a"));
    for (int k = 1; k < titles.size(); k++) {
      b.addKeyResults(
          KeyResult.of(
              "KR" + k,
              "O1",
              titles.get(k),
              Measure.increasing("指标" + k, Unit.COUNT),
              Target.increase(0, 10)));
      b.addCheckIns(
          CheckIn.of("KR" + k, SeedPlans.QUARTER.start().plusDays(day), values.get(k - 1)));
    }
    return b.build();
  }

  /** The rest of {@code row} from display column {@code column}, which must start a character. */
  static String from(String row, int column) {
    int width = 0;
    int i = 0;
    while (width < column && i < row.length()) {
      int cp = row.codePointAt(i);
      width += DisplayWidth.of(new String(Character.toChars(cp)));
      i += Character.charCount(cp);
    }
    assertEquals(column, width, () -> "column " + column + " falls inside a character: " + row);
    return row.substring(i);
  }

  @Property(tries = 200)
  void everyRowOfAChineseScorecardLinesUpByDisplayWidth(@ForAll("plans") Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
    String[] lines = card.render(Locale.SIMPLIFIED_CHINESE).split("\n", -1);
    Renderer words = Renderer.of(Locale.SIMPLIFIED_CHINESE);
    int row = 3;
    for (OwnerScore o : card.owners()) {
      String line = lines[row++];
      assertTrue(from(line, COLUMNS[0]).startsWith(o.id() + " "), line);
      assertTrue(from(line, COLUMNS[1]).startsWith(o.composite().isPresent() ? "" : "- "), line);
      assertTrue(from(line, COLUMNS[2]).startsWith(o.band().map(words::band).orElse(" ")), line);
      assertTrue(
          from(line, COLUMNS[3]).startsWith(o.status().map(words::status).orElse(" ")), line);
      assertTrue(from(line, COLUMNS[4]).startsWith("KPI "), line);
    }
    row += 2;
    for (ElementScore e : card.elements()) {
      String line = lines[row++];
      assertTrue(from(line, COLUMNS[0]).startsWith(e.id() + " "), line);
      assertTrue(from(line, COLUMNS[2]).startsWith(e.band().map(words::band).orElse(" ")), line);
      assertTrue(
          from(line, COLUMNS[3]).startsWith(e.status().map(words::status).orElse(" ")), line);
      assertEquals(plan.element(e.id()).orElseThrow().title(), from(line, COLUMNS[4]), line);
    }
    assertEquals(card.render().split("\n", -1).length, lines.length);
  }
}
