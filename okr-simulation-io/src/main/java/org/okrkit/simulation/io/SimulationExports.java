package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import org.okrkit.io.ExportFormat;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.SimulationResult;

/**
 * Exports of simulation results for other tools and for people, written through okr-io's public
 * writer API as its scorecard exports are ({@link org.okrkit.io.document.DocumentWriter}, {@link
 * ExportFormat#cell(String)}).
 *
 * <ul>
 *   <li>JSON holds {@code seed}, {@code trials}, {@code people}, {@code elements}, {@code
 *       confidence} and {@code arms}, each arm with its {@code name}, {@code policy} (an object, as
 *       a policy file holds it), {@code rating} (its shares, or null), {@code unscoredPeople},
 *       {@code metrics} (by {@link org.okrkit.simulation.Metric#key()}, each {@code {mean, lower,
 *       upper, sd, trials}}) and {@code histogram} ({@code lower}, {@code upper}, {@code counts});
 *       figures in Java's {@link Double#toString(double)} notation.
 *   <li>CSV is one table under the header {@code arm,metric,mean,lower,upper,sd,trials}, a row per
 *       arm and metric, {@code \n} line ends, figures as in JSON, the arm's name quoted by RFC 4180
 *       where it needs to be.
 *   <li>Markdown is for people: a line saying what was simulated, then a table with a row per
 *       metric and a column per arm, each cell the mean and its confidence interval to three
 *       decimals.
 * </ul>
 *
 * <p>Nothing here returns or prints NaN. All methods are safe to call from several threads at once.
 */
public final class SimulationExports {
  private SimulationExports() {}

  /**
   * The results of a simulation in {@code format}, ending with a line break.
   *
   * @throws IllegalArgumentException for JSON, if an arm's policy holds a host's strategy,
   *     aggregation or pace without a spec, which has no form as data
   */
  public static String result(SimulationResult result, ExportFormat format) {
    return SimulationExport.write(
        requireNonNull(result, "result"), requireNonNull(format, "format"));
  }

  /**
   * The histogram as a standalone SVG image (640 × 360), bars scaled to the largest bin, with
   * {@code title} above and the score axis below; {@code render()} on a value is its plain text for
   * people.
   */
  public static String histogram(Histogram histogram, String title) {
    return HistogramImage.svg(
        requireNonNull(histogram, "histogram"), requireNonNull(title, "title"));
  }
}
