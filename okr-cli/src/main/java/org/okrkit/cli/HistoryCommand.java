package org.okrkit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.ScoreHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okr history}: every score, band and status at each check-in date, up to a date. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    header = "Shows how the scores moved: each one at every check-in date.",
    description = {
      "Shows how the plan's scores moved through its period: every objective's, key result's,"
          + " KPI's and owner's score, band and status as of each day a check-in was made, up to"
          + " the as-of date (by default the latest check-in), each day scored as okr score would"
          + " score it then. With an ID, that element's or owner's history alone.",
      ""
    })
final class HistoryCommand extends PlanCommand {
  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "ID",
      description = "An objective, key result, KPI or owner: its history alone. Default: all.")
  @Nullable String id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "text (the default): a block per element and owner with a line per day, then the policy"
            + " and date; json: one object with an array of rows; csv: RFC 4180, a row per element"
            + " (or owner) and day (date, kind, id, title, score, band, status, actual,"
            + " expectedProgress); md: a Markdown table."
      })
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    String id = this.id;
    if (id != null && in.plan.element(id).isEmpty() && in.plan.owner(id).isEmpty()) {
      throw ExplainCommand.unknown(in.plan, in, id);
    }
    progress.step(
        "step.scoringHistory",
        Arguments.of()
            .number("dates", ScoreHistory.dates(in.plan, in.asOf).size())
            .text("asOf", in.asOf.toString()));
    ScoreHistory history;
    try {
      history =
          id == null
              ? ScoreHistory.of(in.policy, in.plan, in.asOf)
              : ScoreHistory.of(in.policy, in.plan, in.asOf, List.of(id));
    } catch (PolicyException e) {
      throw PlanOptions.misfit(e, in.plan, in.policySource, in.file);
    }
    progress.step("step.writingHistory", Arguments.of());
    PrintWriter out = okr().out();
    ExportFormat export = csv.export(format);
    if (export == null) {
      out.print(history.render(okr().locale()));
      out.println();
      out.println(in.basis("basis.scoredUnder"));
    } else {
      out.print(Exports.history(history, export, okr().locale()));
    }
    out.flush();
    return Okr.OK;
  }
}
