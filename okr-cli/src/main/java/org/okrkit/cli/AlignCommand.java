package org.okrkit.cli;

import java.io.PrintWriter;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code okr align}: the alignment analysis of a plan, with the score-aware rule, as text ({@link
 * AlignmentReport#render()}) or, with {@code --format}, as okr-io's {@link Exports#alignment}
 * writes it.
 */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    header = "Checks how the KPIs align with the key results they serve.",
    description = {
      "Checks how the plan's KPIs align with the key results and objectives they serve: coverage of"
          + " each objective and owner, then every finding of the structural rules (ALN001-ALN014:"
          + " orphan KPIs, unsupported key results, level and period mismatches, direction"
          + " conflicts, ...) and of the score-aware divergence rule (ALN101, ALN102: KPIs met while"
          + " their key result is off track, and the reverse), each with a hint. Exits with 1 when a"
          + " finding is an ERROR.",
      ""
    })
final class AlignCommand extends PlanCommand {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "text (the default): coverage and findings for people, then the policy and date the"
            + " score-aware rule used; json: one object with the coverage of the plan, objectives,"
            + " key results and owners and an array of findings; csv: RFC 4180, coverage rows then a"
            + " row per finding; md: Markdown tables. The exit code is the same in every format."
      })
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Option(
      names = "--check-weights",
      description = {
        "Also check that each objective's key-result weights add up to 1 (ALN015, an ERROR when"
            + " they do not), for plans whose weights are shares of their objective; a key result"
            + " without a weight counts as nothing. Off by default."
      })
  boolean checkWeights;

  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    Scorecard card = in.score(progress);
    AlignmentReport report =
        analyze(
            card, progress, AlignmentConfig.defaults().withKeyResultWeightsSumToOne(checkWeights));
    progress.step("step.writingReport", Arguments.of());
    PrintWriter out = okr().out();
    ExportFormat export = csv.export(format);
    if (export == null) {
      out.print(report.render(okr().locale()));
      out.println();
      out.println(in.basis("basis.scoreAwareRule"));
    } else {
      out.print(Exports.alignment(report, export, okr().locale()));
    }
    out.flush();
    return report.hasErrors() ? Okr.FINDINGS : Okr.OK;
  }
}
