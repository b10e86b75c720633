package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Explanation;
import org.okrkit.scoring.Formula;
import org.okrkit.scoring.Input;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * On any day of the quarter, a Chinese seed plan scores as its English twin: the same scores,
 * bands, statuses and owner results, and explanations that apply the same rules to the same
 * numbers. Words are all that differ.
 */
class ChineseSeedFilesProperties {
  private static final Map<String, Scorecards> TWINS =
      ChineseSeedFilesTest.seeds()
          .collect(Collectors.toMap(name -> name, ChineseSeedFilesProperties::twins));

  /** A seed plan's English and Chinese files and policies, read once. */
  private record Scorecards(
      Plan english, ScoringPolicy englishPolicy, Plan chinese, ScoringPolicy chinesePolicy) {
    Scorecard englishAsOf(LocalDate day) {
      return englishPolicy.score(english, day);
    }

    Scorecard chineseAsOf(LocalDate day) {
      return chinesePolicy.score(chinese, day);
    }
  }

  private static Scorecards twins(String name) {
    try {
      return new Scorecards(
          ChineseSeedFilesTest.plan(name),
          ChineseSeedFilesTest.policy(name),
          ChineseSeedFilesTest.chinesePlan(name),
          ChineseSeedFilesTest.chinesePolicy(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> seeds() {
    return Arbitraries.of(List.copyOf(TWINS.keySet()));
  }

  /** Every day of the seeds' quarter, 2026-Q2. */
  @Provide
  Arbitrary<LocalDate> days() {
    Period quarter = Period.quarter(2026, 2);
    long days = quarter.end().toEpochDay() - quarter.start().toEpochDay();
    return Arbitraries.longs().between(0, days).map(d -> quarter.start().plusDays(d));
  }

  @Property(tries = 150)
  void aChinesePlanScoresAsItsEnglishTwinOnAnyDay(
      @ForAll("seeds") String name, @ForAll("days") LocalDate day) {
    Scorecards twins = TWINS.get(name);
    Scorecard english = twins.englishAsOf(day);
    Scorecard chinese = twins.chineseAsOf(day);
    assertEquals(english.elements(), chinese.elements());
    assertEquals(english.owners(), chinese.owners());
    for (ElementScore element : english.elements()) {
      sameRulesAndNumbers(english.explain(element.id()), chinese.explain(element.id()));
    }
  }

  /** Two explanation trees apply the same rules to the same numbers, whatever their words. */
  private static void sameRulesAndNumbers(Explanation english, Explanation chinese) {
    String where = english.id();
    assertEquals(english.kind(), chinese.kind(), where);
    assertEquals(english.id(), chinese.id(), where);
    assertEquals(english.score(), chinese.score(), where);
    assertEquals(english.band(), chinese.band(), where);
    assertEquals(english.status(), chinese.status(), where);
    assertEquals(english.weight(), chinese.weight(), where);
    assertEquals(english.asOf(), chinese.asOf(), where);
    assertEquals(english.rule(), chinese.rule(), where);
    sameNumbers(english.formula(), chinese.formula(), where);
    assertEquals(english.inputs().size(), chinese.inputs().size(), where);
    for (int i = 0; i < english.inputs().size(); i++) {
      Input e = english.inputs().get(i);
      Input c = chinese.inputs().get(i);
      if (e instanceof Input.Target et && c instanceof Input.Target ct) {
        // the measure's name is words; the target is numbers (and milestones' names)
        assertEquals(numbers(et.target()), numbers(ct.target()), where);
      } else {
        assertEquals(e, c, where);
      }
    }
    assertEquals(english.children().size(), chinese.children().size(), where);
    for (int i = 0; i < english.children().size(); i++) {
      sameRulesAndNumbers(english.children().get(i), chinese.children().get(i));
    }
  }

  private static void sameNumbers(Formula english, Formula chinese, String where) {
    assertEquals(english.kind(), chinese.kind(), where);
    assertEquals(english.numbers(), chinese.numbers(), where);
    assertEquals(english.steps(), chinese.steps(), where);
    assertEquals(english.result(), chinese.result(), where);
    assertEquals(english.date(), chinese.date(), where);
    assertEquals(english.terms().size(), chinese.terms().size(), where);
    for (int i = 0; i < english.terms().size(); i++) {
      assertEquals(english.terms().get(i).numbers(), chinese.terms().get(i).numbers(), where);
    }
    assertEquals(english.target().map(t -> numbers(t)), chinese.target().map(t -> numbers(t)));
    assertEquals(english.basis().isPresent(), chinese.basis().isPresent(), where);
    if (english.basis().isPresent()) {
      sameNumbers(english.basis().orElseThrow(), chinese.basis().orElseThrow(), where);
    }
    assertTrue(english.text().isPresent() == chinese.text().isPresent(), where);
  }

  /** A target without its milestones' names: its kind, numbers and milestones' weights. */
  private static List<Object> numbers(Target target) {
    return List.of(
        target.kind(),
        target.baseline(),
        target.value(),
        target.threshold(),
        target.stretch(),
        target.low(),
        target.high(),
        target.milestones().stream().map(Milestone::weight).collect(Collectors.toList()));
  }
}
