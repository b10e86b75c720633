package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.okrkit.io.ExportFormat;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;

/**
 * Exports of simulation results (policy comparisons here, workforce studies in {@link #workforce}
 * and {@link #workforceChart}) for other tools and for people, written through okr-io's public
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
    return result(result, format, Locale.ROOT);
  }

  /**
   * The results of a simulation in {@code format}, as {@link #result(SimulationResult,
   * ExportFormat)} writes them, with Markdown for people in the language of {@code locale} (metric
   * names, headings and the line saying what was simulated; English where a locale has no
   * translation). JSON and CSV are the same in every locale.
   *
   * @throws IllegalArgumentException for JSON, if an arm's policy holds a host's strategy,
   *     aggregation or pace without a spec, which has no form as data
   */
  public static String result(SimulationResult result, ExportFormat format, Locale locale) {
    return SimulationExport.write(
        requireNonNull(result, "result"),
        requireNonNull(format, "format"),
        requireNonNull(locale, "locale"));
  }

  /**
   * The results of a workforce study in {@code format}, ending with a line break.
   *
   * <ul>
   *   <li>JSON holds {@code kind} ({@code "workforce"}), {@code seed}, {@code replications}, {@code
   *       periods}, {@code people}, {@code confidence} and {@code arms}, each arm with its settings
   *       as a spec file writes them ({@code name}, {@code rating} with its policy as data, {@code
   *       dismissal}, {@code probation}, {@code turnover}, {@code selection}) and its {@code
   *       periods}, each {@code {period, metrics}}, the metrics by {@link
   *       org.okrkit.simulation.WorkforceMetric#key()}, each {@code {mean, lower, upper, sd,
   *       replications}}; figures in Java's {@link Double#toString(double)} notation.
   *   <li>CSV is one table under the header {@code arm,period,metric,mean,lower,upper,sd,
   *       replications}, a row per arm, period and metric measured, {@code \n} line ends.
   *   <li>Markdown is for people: a line saying what was simulated, then per arm a heading, a line
   *       saying how it rates and acts, and a table of a row per period and a column per metric.
   * </ul>
   *
   * @throws IllegalArgumentException for JSON, if an arm's policy holds a host's strategy,
   *     aggregation or pace without a spec, which has no form as data
   */
  public static String workforce(WorkforceResult result, ExportFormat format) {
    return workforce(result, format, Locale.ROOT);
  }

  /**
   * The results of a workforce study in {@code format}, as {@link #workforce(WorkforceResult,
   * ExportFormat)} writes them, with Markdown for people in the language of {@code locale} (metric
   * names, headings, each arm's description and the line saying what was simulated; English where a
   * locale has no translation). JSON and CSV are the same in every locale.
   *
   * @throws IllegalArgumentException for JSON, if an arm's policy holds a host's strategy,
   *     aggregation or pace without a spec, which has no form as data
   */
  public static String workforce(WorkforceResult result, ExportFormat format, Locale locale) {
    return WorkforceExport.write(
        requireNonNull(result, "result"),
        requireNonNull(format, "format"),
        requireNonNull(locale, "locale"));
  }

  /**
   * A workforce study's {@code metric} period by period as a standalone SVG line chart (800 wide,
   * 420 high or more, for a legend line per arm): a line per arm through its means over companies,
   * its confidence band shaded around it, with {@code title} above, the periods below and a legend
   * on the right. Ten colours, then dashed lines in the same colours.
   */
  public static String workforceChart(
      WorkforceResult result, WorkforceMetric metric, String title) {
    return workforceChart(result, metric, title, Locale.ROOT);
  }

  /**
   * The same chart with its axis label in the language of {@code locale} (English where a locale
   * has no translation); {@code title} and the arms' names are shown as given.
   */
  public static String workforceChart(
      WorkforceResult result, WorkforceMetric metric, String title, Locale locale) {
    return LineChart.svg(
        requireNonNull(result, "result"),
        requireNonNull(metric, "metric"),
        requireNonNull(title, "title"),
        requireNonNull(locale, "locale"));
  }

  /**
   * The histogram as a standalone SVG image (640 × 360), bars scaled to the largest bin, with
   * {@code title} above and the score axis below; {@code render()} on a value is its plain text for
   * people.
   */
  public static String histogram(Histogram histogram, String title) {
    return histogram(histogram, title, Locale.ROOT);
  }

  /**
   * The same image with its axis label and bars' tooltips in the language of {@code locale}
   * (English where a locale has no translation); {@code title} is shown as given.
   */
  public static String histogram(Histogram histogram, String title, Locale locale) {
    return HistogramImage.svg(
        requireNonNull(histogram, "histogram"),
        requireNonNull(title, "title"),
        requireNonNull(locale, "locale"));
  }
}
