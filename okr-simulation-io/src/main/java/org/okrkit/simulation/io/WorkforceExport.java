package org.okrkit.simulation.io;

import java.util.Locale;
import java.util.Map;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Format;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;

/**
 * A {@link WorkforceResult} as JSON, CSV and Markdown: every arm's figures period by period, each
 * arm described in JSON as a spec file writes it.
 */
final class WorkforceExport {
  private WorkforceExport() {}

  /** The results in {@code format}. */
  static String write(WorkforceResult result, ExportFormat format, Locale locale) {
    return switch (format) {
      case JSON -> json(result);
      case CSV, CSV_VERBATIM -> csv(result, format);
      default -> markdown(result, locale);
    };
  }

  /**
   * JSON: {@code kind}, {@code seed}, {@code replications}, {@code periods}, {@code people}, {@code
   * confidence} and {@code arms}, each arm with its settings as a spec file writes them and its
   * {@code periods}, each {@code {period, metrics}} with the metrics by key, each {@code {mean,
   * lower, upper, sd, replications}}.
   */
  static String json(WorkforceResult result) {
    return DocumentWriter.write(Format.JSON, out -> json(out, result));
  }

  private static void json(DocumentWriter out, WorkforceResult result) {
    out.startObject();
    out.name("kind");
    out.text(SpecKind.WORKFORCE.key());
    out.name("seed");
    out.number(result.seed());
    out.name("replications");
    out.number(result.replications());
    out.name("periods");
    out.number(result.periods());
    out.name("people");
    out.number(result.people());
    number(out, "confidence", result.confidence());
    out.name("arms");
    out.startList();
    for (WorkforceArmResult arm : result.arms()) {
      out.startObject();
      WorkforceEncoder.arm(out, arm.arm());
      out.name("periods");
      out.startList();
      for (PeriodResult period : arm.periods()) {
        out.startObject();
        out.name("period");
        out.number(period.period());
        out.name("metrics");
        out.startObject();
        for (Map.Entry<WorkforceMetric, Estimate> m : period.metrics().entrySet()) {
          Estimate e = m.getValue();
          out.name(m.getKey().key());
          out.startObject();
          number(out, "mean", e.mean());
          number(out, "lower", e.lower());
          number(out, "upper", e.upper());
          number(out, "sd", e.sd());
          out.name("replications");
          out.number(e.trials());
          out.endObject();
        }
        out.endObject();
        out.endObject();
      }
      out.endList();
      out.endObject();
    }
    out.endList();
    out.endObject();
  }

  /** A named figure, in Java's notation, as the comparison's exports write figures. */
  private static void number(DocumentWriter out, String name, double value) {
    out.name(name);
    out.rawNumber(Double.toString(value));
  }

  /**
   * CSV: a header {@code arm,period,metric,mean,lower,upper,sd,replications} and one row per arm,
   * period and metric measured, figures in Java's shortest round-trip notation; an arm's name as
   * {@code format} writes a text cell (see {@link ExportFormat#CSV}).
   */
  static String csv(WorkforceResult result, ExportFormat format) {
    StringBuilder out = new StringBuilder("arm,period,metric,mean,lower,upper,sd,replications\n");
    for (WorkforceArmResult arm : result.arms()) {
      String name = format.cell(arm.name());
      for (PeriodResult period : arm.periods()) {
        for (Map.Entry<WorkforceMetric, Estimate> m : period.metrics().entrySet()) {
          Estimate e = m.getValue();
          out.append(name)
              .append(',')
              .append(period.period())
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
    }
    return out.toString();
  }

  /**
   * Markdown for people: a line saying what was simulated, then per arm a heading, a line saying
   * how it rates and acts, and a table of a row per period and a column per metric, each cell the
   * mean and its confidence interval to three decimals.
   */
  static String markdown(WorkforceResult result, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(result.summary(locale)).append(System.lineSeparator());
    WorkforceMetric[] metrics = WorkforceMetric.values();
    for (WorkforceArmResult arm : result.arms()) {
      out.append("\n### ").append(ExportFormat.MARKDOWN.cell(arm.name())).append("\n\n");
      out.append(ExportFormat.MARKDOWN.cell(arm.arm().describe(locale))).append("\n\n");
      out.append("| ")
          .append(ExportFormat.MARKDOWN.cell(Words.of(locale).phrase("markdown.period")))
          .append(" |");
      for (WorkforceMetric metric : metrics) {
        out.append(' ').append(ExportFormat.MARKDOWN.cell(metric.label(locale))).append(" |");
      }
      out.append("\n| ---: |");
      for (int m = 0; m < metrics.length; m++) {
        out.append(" ---: |");
      }
      out.append('\n');
      for (PeriodResult period : arm.periods()) {
        out.append("| ").append(period.period()).append(" |");
        for (WorkforceMetric metric : metrics) {
          Estimate e = period.metrics().get(metric);
          out.append(' ')
              .append(
                  e == null
                      ? "-"
                      : String.format(
                          Locale.US, "%.3f [%.3f, %.3f]", e.mean(), e.lower(), e.upper()))
              .append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
