package org.okrkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.okrkit.alignment.WhatIf;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * Scoring and explaining: the seed's internet company read from its plan file and scored under the
 * policy beside it, then why its objective scored what it did, where a key result is heading, and
 * what one KPI is worth to the objective.
 *
 * <p>An explanation is a tree a host can show to the person being scored: for every node the rule
 * that applied, the formula with its numbers, and the inputs (check-ins, targets, weights).
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.ScoreAndExplainExample}.
 */
public final class ScoreAndExplainExample {
  /** The date the example scores at: the plan's latest check-in. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

  private ScoreAndExplainExample() {}

  /** Prints the scorecard, an explanation, a forecast and a what-if. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Everything {@link #main} prints. */
  public static String run() {
    // PlanFiles.read(Path.of("okr-examples/plans/internet-company.yaml")) reads the same file from
    // disk; here it comes from the jar, so that the example runs from any folder.
    Plan plan =
        read("internet-company.yaml", in -> PlanFiles.read(in, Format.YAML, ReadLimits.defaults()));
    ScoringPolicy policy =
        read(
            "internet-company.policy.yaml",
            in -> PolicyFiles.read(in, Format.YAML, ReadLimits.defaults()));

    Scorecard card = policy.score(plan, AS_OF);
    StringBuilder out = new StringBuilder(card.render());

    // Why did the objective score what it did? Two levels: the objective and its key results.
    out.append("\nWhy O-growth scored ")
        .append(Numbers.score(card.score("O-growth").getAsDouble()))
        .append(":\n")
        .append(card.explain("O-growth", 1).render());

    // Where is monthly active users heading? A least-squares trend through the check-ins.
    Forecast mau = card.forecast("KR-mau").orElseThrow();
    out.append("\nKR-mau is heading for ")
        .append(Math.round(mau.value()))
        .append(" by ")
        .append(mau.date())
        .append(", which would score ")
        .append(Numbers.score(mau.score()))
        .append('\n');

    // What is the product manager's feature KPI worth to the objective?
    out.append('\n').append(WhatIf.of(card, "K-features").render());
    return out.toString();
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = ScoreAndExplainExample.class.getResourceAsStream("plans/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the okr-examples jar lacks plans/" + name);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
