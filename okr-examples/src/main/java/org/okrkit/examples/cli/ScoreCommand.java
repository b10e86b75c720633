package org.okrkit.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code okr score}: the scorecard, as text for people or as JSON, CSV or Markdown for tools. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Scores a plan: every owner, objective, key result and KPI.",
    description = {
      "Scores a plan: every owner's composite score (with its KPI and OKR parts), then every"
          + " objective, key result and KPI with its score, colour band (RED, YELLOW, GREEN) and"
          + " status (ON_TRACK, AT_RISK, OFF_TRACK) against the pace of the period.",
      ""
    })
final class ScoreCommand extends PlanCommand {
  /** What {@code --format} takes. */
  enum Format {
    TEXT,
    JSON,
    CSV,
    MD;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads {@code --format}, naming the choices when the value is not one. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label().equalsIgnoreCase(value) || (f == Format.MD && "markdown".equalsIgnoreCase(value))) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a format; expected text, json, csv or md");
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = {
        "text (the default): tables for people, then the policy and date the scores rest on;"
            + " json: one object with an array of elements and one of owners; csv: RFC 4180, a row"
            + " per element and per owner (kind, id, title, owner, score, band, status, actual,"
            + " progress, expectedProgress, kpiScore, okrScore); md: Markdown tables. Only json,"
            + " csv and md leave stdout to the data alone."
      })
  Format format = Format.TEXT;

  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    Scorecard card = in.score(progress);
    progress.step("writing the scorecard");
    PrintWriter out = okr().out();
    switch (format) {
      case TEXT:
        out.print(card.render());
        out.println();
        out.println(in.basis("Scored under"));
        break;
      case JSON:
        out.print(Exports.scorecard(card, ExportFormat.JSON));
        break;
      case CSV:
        out.print(Exports.scorecard(card, ExportFormat.CSV));
        break;
      case MD:
        out.print(Exports.scorecard(card, ExportFormat.MARKDOWN));
        break;
    }
    out.flush();
    return Okr.OK;
  }
}
