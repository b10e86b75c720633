package org.okrkit.simulation;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.okrkit.simulation.internal.Exports;

/**
 * The outcome of a workforce study: one {@link WorkforceArmResult} per arm, in the spec's order,
 * and what was simulated. Immutable; two runs of one spec give equal results, whatever their
 * parallelism.
 *
 * <p>{@link #render()} is a table for people; okr-simulation-io's {@code
 * SimulationExports.workforce} writes JSON, CSV and Markdown for tools, and {@code
 * SimulationExports.workforceChart} draws a metric period by period, a line per arm.
 */
@Value.Immutable
public abstract sealed class WorkforceResult permits ImmutableWorkforceResult {

  WorkforceResult() {}

  /** The seed the run derived its random numbers from. */
  public abstract long seed();

  /** The number of companies simulated. */
  public abstract int replications();

  /** The number of periods simulated, after period 0. */
  public abstract int periods();

  /** The number of people in each company. */
  public abstract int people();

  /** The confidence level of the intervals. */
  public abstract double confidence();

  /** The arms' results, in the spec's order. */
  public abstract List<WorkforceArmResult> arms();

  /**
   * The result of the arm named {@code name}.
   *
   * @throws IllegalArgumentException if there is no such arm, naming the arms there are
   */
  public final WorkforceArmResult arm(String name) {
    for (WorkforceArmResult a : arms()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "no arm named '"
            + name
            + "'; the arms are "
            + arms().stream()
                .map(a -> "'" + a.name() + "'")
                .reduce((x, y) -> x + ", " + y)
                .orElse("none"));
  }

  /**
   * A plain-text table per arm: a line saying how the arm rates and acts, then a row per period and
   * a column per metric, each cell the mean over companies and its confidence interval to three
   * decimals ({@code -} where a metric is not measured).
   */
  public final String render() {
    return Exports.workforceTable(this, Locale.ROOT);
  }

  /**
   * The same tables in the language of {@code locale}: metric names, headers, the summary line and
   * each arm's description from the {@code simulation} bundle (Simplified Chinese for {@code
   * Locale.SIMPLIFIED_CHINESE}, English where a locale has no translation), the columns aligned by
   * display width. Arm names are shown as written.
   */
  public final String render(Locale locale) {
    return Exports.workforceTable(this, locale);
  }

  /**
   * The line above the table saying what was simulated and how the cells read, in the language of
   * {@code locale}, without a line break: the first line of {@link #render(Locale)}.
   */
  public final String summary(Locale locale) {
    return Exports.workforceSummary(this, locale);
  }

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceResult}. */
  public static final class Builder extends ImmutableWorkforceResult.Builder {
    Builder() {}
  }
}
