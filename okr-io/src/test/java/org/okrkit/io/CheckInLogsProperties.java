package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.io.testing.HistoryPlans;

/**
 * The laws of check-in logs: a log written then read gives the same check-ins, and a plan whose
 * check-ins are kept in a log (written whole, or appended one by one) reads as the plan with them
 * written in place.
 */
class CheckInLogsProperties {
  private final Path dir;

  CheckInLogsProperties() throws IOException {
    dir = Files.createTempDirectory("okr-logs");
  }

  @AfterTry
  void clean() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(p -> !p.equals(dir))
          .sorted(Comparator.reverseOrder())
          .forEach(CheckInLogsProperties::delete);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<List<CheckIn>> logs() {
    return checkIns().list().ofMaxSize(20);
  }

  private static Arbitrary<CheckIn> checkIns() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.of(
                "",
                " padded ",
                "a, b",
                "\"quoted\"",
                "multi\nline",
                "crlf\r\nline",
                "007",
                "true",
                "1e3",
                "-",
                "Ünïcödé \uD83D\uDE00",
                "#c"),
            Arbitraries.strings().ofMaxLength(12));
    Arbitrary<Double> values =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e9, 1e9),
            Arbitraries.of(0.0, -0.0, 1.0, 0.1, 1e-7, 123456789012.5, Double.MIN_VALUE));
    return Combinators.combine(
            Arbitraries.of("KR1", "K-2", "kr.3:x"),
            Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)),
            values,
            Arbitraries.of("venue", "", "a,b").optional(),
            Arbitraries.doubles().between(0, 1).optional(),
            texts.optional(),
            texts.optional(),
            Arbitraries.of(true, false))
        .as(
            (element, date, value, milestone, confidence, note, author, correction) -> {
              CheckIn.Builder b =
                  CheckIn.builder()
                      .elementId(element)
                      .date(date)
                      .value(value)
                      .correction(correction);
              milestone.ifPresent(b::milestone);
              confidence.ifPresent(b::confidence);
              note.ifPresent(b::note);
              author.ifPresent(b::author);
              return b.build();
            });
  }

  @Property(tries = 300)
  void aLogWrittenThenReadGivesTheSameCheckIns(
      @ForAll("logs") List<CheckIn> checkIns, @ForAll RecordFormat format) {
    String text = CheckInLogs.write(checkIns, format);
    assertEquals(checkIns, CheckInLogs.read(text, format, ReadLimits.defaults()));
  }

  @Property(tries = 100)
  void aPlanWithItsCheckInsInALogReadsAsThePlanWithThemInPlace(
      @ForAll("generated") HistoryPlans.Generated g, @ForAll RecordFormat format)
      throws IOException {
    Path plan = dir.resolve("plan.yaml");
    PlanFiles.write(withoutCheckIns(g.plan()), plan);
    Files.writeString(
        CheckInLogs.besidePlan(plan, format), CheckInLogs.write(g.checkInsGiven(), format));
    assertEquals(g.plan(), PlanFiles.read(plan));
  }

  @Property(tries = 25)
  void appendingEachCheckInToTheLogGivesThePlanWithThemInPlace(
      @ForAll("generated") HistoryPlans.Generated g, @ForAll RecordFormat format)
      throws IOException {
    Path plan = dir.resolve("plan.yaml");
    PlanFiles.write(withoutCheckIns(g.plan()), plan);
    Path log = CheckInLogs.besidePlan(plan, format);
    Plan last = PlanFiles.read(plan);
    for (CheckIn c : g.checkInsGiven()) {
      last = CheckInLogs.append(plan, log, c).plan();
    }
    assertEquals(g.plan(), last);
    assertEquals(g.plan(), PlanFiles.read(plan));
  }

  @Provide
  Arbitrary<HistoryPlans.Generated> generated() {
    return HistoryPlans.generated();
  }

  /** The plan as defined, with its revisions and without a check-in. */
  private static Plan withoutCheckIns(Plan plan) {
    Plan.Builder b =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives())
            .addAllKeyResults(plan.original().keyResults())
            .addAllKpis(plan.original().kpis())
            .addAllRevisions(plan.revisions());
    plan.name().ifPresent(b::name);
    return b.build();
  }
}
