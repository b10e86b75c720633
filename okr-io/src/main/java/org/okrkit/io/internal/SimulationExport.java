package org.okrkit.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.okrkit.io.Format;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.SimulationResult;

/**
 * A {@link SimulationResult} as JSON, CSV and Markdown: the results of every arm, each arm's policy
 * as data (what a policy file holds) in JSON.
 */
public final class SimulationExport {
  private SimulationExport() {}

  /**
   * The results as a JSON object: {@code seed}, {@code trials}, {@code people}, {@code elements},
   * {@code confidence} and {@code arms}, each arm with its {@code name}, {@code policy} (an object,
   * as a policy file holds it), {@code rating} (its shares, or null), {@code unscoredPeople}, {@code
   * metrics} (by {@link Metric#key()}, each {@code {mean, lower, upper, sd, trials}}) and {@code
   * histogram} ({@code lower}, {@code upper}, {@code counts}).
   *
   * @throws IllegalArgumentException if an arm's policy holds a host's strategy, aggregation or pace
   *     without a spec, which has no form as data
   */
  public static String json(SimulationResult result) {
    return Generators.write(Format.JSON, out -> json(out, result));
  }

  private static void json(JsonGenerator out, SimulationResult result) throws IOException {
    out.writeStartObject();
    out.writeNumberField("seed", result.seed());
    out.writeNumberField("trials", result.trials());
    out.writeNumberField("people", result.people());
    out.writeNumberField("elements", result.elements());
    out.writeNumberField("confidence", result.confidence());
    out.writeArrayFieldStart("arms");
    for (ArmResult arm : result.arms()) {
      out.writeStartObject();
      out.writeStringField("name", arm.name());
      out.writeFieldName("policy");
      PolicyEncoder.write(out, arm.policy());
      out.writeFieldName("rating");
      if (arm.rating().isPresent()) {
        out.writeStartArray();
        for (double share : arm.rating().get().shares()) {
          out.writeNumber(share);
        }
        out.writeEndArray();
      } else {
        out.writeNull();
      }
      out.writeNumberField("unscoredPeople", arm.unscoredPeople());
      out.writeObjectFieldStart("metrics");
      for (Map.Entry<Metric, Estimate> m : arm.metrics().entrySet()) {
        Estimate e = m.getValue();
        out.writeObjectFieldStart(m.getKey().key());
        out.writeNumberField("mean", e.mean());
        out.writeNumberField("lower", e.lower());
        out.writeNumberField("upper", e.upper());
        out.writeNumberField("sd", e.sd());
        out.writeNumberField("trials", e.trials());
        out.writeEndObject();
      }
      out.writeEndObject();
      Histogram h = arm.histogram();
      out.writeObjectFieldStart("histogram");
      out.writeNumberField("lower", h.lower());
      out.writeNumberField("upper", h.upper());
      out.writeArrayFieldStart("counts");
      for (long c : h.counts()) {
        out.writeNumber(c);
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * CSV (comma-separated, {@code \n} line ends): a header {@code arm,metric,mean,lower,upper,sd,trials}
   * and one row per arm and metric, numbers in Java's shortest round-trip notation.
   */
  static String csv(SimulationResult result) {
    StringBuilder out = new StringBuilder("arm,metric,mean,lower,upper,sd,trials\n");
    for (ArmResult arm : result.arms()) {
      for (Map.Entry<Metric, Estimate> m : arm.metrics().entrySet()) {
        Estimate e = m.getValue();
        out.append(csvField(arm.name())).append(',').append(m.getKey().key()).append(',')
            .append(e.mean()).append(',').append(e.lower()).append(',').append(e.upper()).append(',')
            .append(e.sd()).append(',').append(e.trials()).append('\n');
      }
    }
    return out.toString();
  }

  private static String csvField(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Markdown for people: a line saying what was simulated, then a table of one row per metric and a
   * column per arm, each cell the mean and its confidence interval to three decimals.
   */
  static String markdown(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US,
            "%d people, %d elements, %d trials, seed %d; means with %s %% confidence intervals%n%n",
            result.people(),
            result.elements(),
            result.trials(),
            result.seed(),
            org.okrkit.core.Numbers.plain(result.confidence() * 100)));
    out.append("| metric |");
    for (ArmResult arm : result.arms()) {
      out.append(' ').append(ReportWriter.markdownCell(arm.name())).append(" |");
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
      out.append("| ").append(ReportWriter.markdownCell(metric.label())).append(" |");
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
  public static String write(SimulationResult result, org.okrkit.io.ExportFormat format) {
    switch (format) {
      case JSON:
        return json(result);
      case CSV:
        return csv(result);
      default:
        return markdown(result);
    }
  }
}
