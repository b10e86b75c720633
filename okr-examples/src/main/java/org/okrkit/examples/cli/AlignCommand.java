package org.okrkit.examples.cli;

import java.io.PrintWriter;
import org.okrkit.core.alignment.AlignmentReport;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;

/**
 * {@code okr align}: the alignment analysis of a plan, with the score-aware rule, as text ({@link
 * org.okrkit.core.alignment.AlignmentReport#render()}). JSON, CSV and Markdown can follow as a
 * {@code --format} like {@code okr score}'s once okr-io exports alignment reports ({@code
 * Exports.alignment}, in the works), rather than with a mapping of its own here.
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
  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    Scorecard card = in.score(progress);
    AlignmentReport report = analyze(card, progress);
    progress.step("writing the report");
    PrintWriter out = okr().out();
    out.print(report.render());
    out.println();
    out.println("The score-aware rule (ALN101, ALN102) " + in.basis("used the scores under"));
    out.flush();
    return report.hasErrors() ? Okr.FINDINGS : Okr.OK;
  }
}
