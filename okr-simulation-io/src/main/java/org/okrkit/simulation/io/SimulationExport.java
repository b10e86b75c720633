package org.okrkit.simulation.io;

import java.util.Locale;
import java.util.Map;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Format;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.SimulationResult;

/**
 * A {@link SimulationResult} as JSON, CSV and Markdown: the results of every arm, each arm's policy
 * as data (what a policy file holds) in JSON.
 */
final class SimulationExport {
  private SimulationExport() {}

  /**
   * The results as a JSON object: {@code seed}, {@code trials}, {@code people}, {@code elements},
   * {@code confidence} and {@code arms}, each arm with its {@code name}, {@code policy} (an object,
   * as a policy file holds it), {@code rating} (its shares, or null), {@code unscoredPeople},
   * {@code metrics} (by {@link Metric#key()}, each {@code {mean, lower, upper, sd, trials}}) and
   * {@code histogram} ({@code lower}, {@code upper}, {@code counts}).
   *
   * @throws IllegalArgumentException if an arm's policy holds a host's strategy, aggregation or
   *     pace without a spec, which has no form as data
   */
  static String json(SimulationResult result) {
    return DocumentWriter.write(Format.JSON, out -> json(out, result));
  }

  private static void json(DocumentWriter out, SimulationResult result) {
    out.startObject();
    out.name("seed");
    out.number(result.seed());
    out.name("trials");
    out.number(result.trials());
    out.name("people");
    out.number(result.people());
    out.name("elements");
    out.number(result.elements());
    number(out, "confidence", result.confidence());
    out.name("arms");
    out.startList();
    for (ArmResult arm : result.arms()) {
      out.startObject();
      out.name("name");
      out.text(arm.name());
      out.name("policy");
      PolicyFiles.write(arm.policy(), out);
      out.name("rating");
      if (arm.rating().isPresent()) {
        out.startList();
        for (double share : arm.rating().get().shares()) {
          number(out, share);
        }
        out.endList();
      } else {
        out.nullValue();
      }
      out.name("unscoredPeople");
      out.number(arm.unscoredPeople());
      out.name("metrics");
      out.startObject();
      for (Map.Entry<Metric, Estimate> m : arm.metrics().entrySet()) {
        Estimate e = m.getValue();
        out.name(m.getKey().key());
        out.startObject();
        number(out, "mean", e.mean());
        number(out, "lower", e.lower());
        number(out, "upper", e.upper());
        number(out, "sd", e.sd());
        out.name("trials");
        out.number(e.trials());
        out.endObject();
      }
      out.endObject();
      Histogram h = arm.histogram();
      out.name("histogram");
      out.startObject();
      number(out, "lower", h.lower());
      number(out, "upper", h.upper());
      out.name("counts");
      out.startList();
      for (long c : h.counts()) {
        out.number(c);
      }
      out.endList();
      out.endObject();
      out.endObject();
    }
    out.endList();
    out.endObject();
  }

  /** A named figure, in Java's notation: {@code 0.0}, {@code 8.791662725038297E-4}. */
  private static void number(DocumentWriter out, String name, double value) {
    out.name(name);
    number(out, value);
  }

  private static void number(DocumentWriter out, double value) {
    out.rawNumber(Double.toString(value));
  }

  /**
   * CSV (comma-separated, {@code \n} line ends): a header {@code
   * arm,metric,mean,lower,upper,sd,trials} and one row per arm and metric, numbers in Java's
   * shortest round-trip notation; an arm's name as {@code format} writes a text cell (see {@link
   * ExportFormat#CSV}).
   */
  static String csv(SimulationResult result, ExportFormat format) {
    StringBuilder out = new StringBuilder("arm,metric,mean,lower,upper,sd,trials\n");
    for (ArmResult arm : result.arms()) {
      for (Map.Entry<Metric, Estimate> m : arm.metrics().entrySet()) {
        Estimate e = m.getValue();
        out.append(format.cell(arm.name()))
            .append(',')
            .append(m.getKey().key())
            .append(',')
            .append(e.mean())
            .append(',')
            .append(e.lower())
            .append(',')
            .append(e.upper())
            .append(',')
            .append(e.sd())
            .append(',')
            .append(e.trials())
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Markdown for people: a line saying what was simulated, then a table of one row per metric and a
   * column per arm, each cell the mean and its confidence interval to three decimals.
   */
  static String markdown(SimulationResult result, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(result.summary(locale))
        .append(System.lineSeparator())
        .append(System.lineSeparator());
    out.append("| ")
        .append(ExportFormat.MARKDOWN.cell(Words.of(locale).phrase("markdown.metric")))
        .append(" |");
    for (ArmResult arm : result.arms()) {
      out.append(' ').append(ExportFormat.MARKDOWN.cell(arm.name())).append(" |");
    }
    out.append("\n| --- |");
    for (int r = 0; r < result.arms().size(); r++) {
      out.append(" ---: |");
    }
    out.append('\n');
    for (Metric metric : Metric.values()) {
      if (result.arms().stream().noneMatch(a -> a.metrics().containsKey(metric))) {
        continue;
      }
      out.append("| ").append(ExportFormat.MARKDOWN.cell(metric.label(locale))).append(" |");
      for (ArmResult arm : result.arms()) {
        Estimate e = arm.metrics().get(metric);
        out.append(' ')
            .append(
                e == null
                    ? "-"
                    : String.format(Locale.US, "%.3f [%.3f, %.3f]", e.mean(), e.lower(), e.upper()))
            .append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The results in {@code format}. */
  static String write(SimulationResult result, ExportFormat format, Locale locale) {
    return switch (format) {
      case JSON -> json(result);
      case CSV, CSV_VERBATIM -> csv(result, format);
      default -> markdown(result, locale);
    };
  }
}
