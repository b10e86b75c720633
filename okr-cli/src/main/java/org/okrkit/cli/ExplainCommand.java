package org.okrkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.WhatIf;
import org.okrkit.core.Element;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code okr explain}: why an element or owner got its score, down to the check-ins. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explains how an element or owner got its score.",
    description = {
      "Explains a score: the rule, the formula with its numbers and the inputs of an objective, key"
          + " result, KPI or owner, and of everything it was computed from. For a KPI, also how each"
          + " objective's score would move if the KPI were met or missed.",
      ""
    })
final class ExplainCommand extends PlanCommand {
  @Parameters(
      index = "1",
      paramLabel = "ID",
      description = "The id of an objective, key result, KPI or owner in the plan.")
  @Nullable String id;

  @Override
  int run(PlanOptions.Inputs in, Progress progress) {
    String id = this.id;
    if (id == null) {
      throw new IllegalStateException("picocli left the required ID unset");
    }
    Plan plan = in.plan;
    if (plan.element(id).isEmpty() && plan.owner(id).isEmpty()) {
      throw unknown(plan, in, id);
    }
    Scorecard card = in.score(progress);
    progress.step("step.explaining", Arguments.of().text("id", id));
    PrintWriter out = okr().out();
    out.print(card.explain(id).render());
    if (plan.kpi(id).isPresent()) {
      out.println();
      out.print(WhatIf.of(card, id).render());
    }
    out.println();
    out.println(in.basis("basis.scoredUnder"));
    out.flush();
    return Okr.OK;
  }

  static BadInputException unknown(Plan plan, PlanOptions.Inputs in, String id) {
    List<String> ids = new ArrayList<>();
    plan.owners().stream().map(Owner::id).forEach(ids::add);
    plan.objectives().stream().map(Element::id).forEach(ids::add);
    plan.keyResults().stream().map(Element::id).forEach(ids::add);
    plan.kpis().stream().map(Element::id).forEach(ids::add);
    return new BadInputException(
        texts ->
            texts.get(
                    "unknown.elementOrOwner",
                    Arguments.of().text("file", in.file.toString()).text("id", id))
                + Suggestions.suffix(texts, id, ids, 20));
  }
}
