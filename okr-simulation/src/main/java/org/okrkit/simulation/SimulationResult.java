package org.okrkit.simulation;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.okrkit.simulation.internal.Exports;

/**
 * The outcome of a simulation run: one {@link ArmResult} per arm, in the spec's order, and what was
 * simulated. Immutable; equal results are bit-identical, which is what two runs of one spec give,
 * whatever their parallelism.
 *
 * <p>{@link #render()} is a table for people; okr-simulation-io's {@code SimulationExports.result}
 * writes JSON (each policy as data), CSV and Markdown for tools, and {@code
 * SimulationExports.histogram} draws each arm's scores.
 */
@Value.Immutable
public abstract sealed class SimulationResult permits ImmutableSimulationResult {

  SimulationResult() {}

  /** The seed the run derived its random numbers from. */
  public abstract long seed();

  /** The number of trials run. */
  public abstract int trials();

  /** The number of simulated people. */
  public abstract int people();

  /** The number of simulated key results and KPIs. */
  public abstract int elements();

  /** The confidence level of the intervals. */
  public abstract double confidence();

  /** The arms' results, in the spec's order. */
  public abstract List<ArmResult> arms();

  /**
   * The result of the arm named {@code name}.
   *
   * @throws IllegalArgumentException if there is no such arm, naming the arms there are
   */
  public final ArmResult arm(String name) {
    for (ArmResult a : arms()) {
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
   * A plain-text comparison table: one row per metric, one column per arm, each cell the mean and
   * its confidence interval to three decimals.
   */
  public final String render() {
    return Exports.table(this, Locale.ROOT);
  }

  /**
   * The same table in the language of {@code locale}: metric names, the header and the summary line
   * from the {@code simulation} bundle (Simplified Chinese for {@code Locale.SIMPLIFIED_CHINESE},
   * English where a locale has no translation), the columns aligned by display width, so that a
   * Chinese label takes two columns per character. Arm names are shown as written.
   */
  public final String render(Locale locale) {
    return Exports.table(this, locale);
  }

  /**
   * The line above the table saying what was simulated and how the cells read, in the language of
   * {@code locale}, without a line break: the first line of {@link #render(Locale)}.
   */
  public final String summary(Locale locale) {
    return Exports.summary(this, locale);
  }

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SimulationResult}. */
  public static final class Builder extends ImmutableSimulationResult.Builder {
    Builder() {}
  }
}
