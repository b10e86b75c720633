package org.okrkit.cli;

import java.io.PrintWriter;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "text (the default): tables for people, then the policy and date the scores rest on;"
            + " json: one object with an array of elements and one of owners; csv: RFC 4180, a row"
            + " per element and per owner (kind, id, title, owner, score, band, status, actual,"
            + " progress, expectedProgress, kpiScore, okrScore, signedProgress, confidence); md:"
            + " Markdown tables. An unknown confidence is null in json, empty in csv and 'unknown'"
            + " in md. Only json, csv and md leave stdout to the data alone."
      })
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    Scorecard card = in.score(progress);
    progress.step("step.writingScorecard", Arguments.of());
    PrintWriter out = okr().out();
    ExportFormat export = csv.export(format);
    if (export == null) {
      out.print(card.render(okr().locale()));
      out.println();
      out.println(in.basis("basis.scoredUnder"));
    } else {
      out.print(Exports.scorecard(card, export, okr().locale()));
    }
    out.flush();
    return Okr.OK;
  }
}
