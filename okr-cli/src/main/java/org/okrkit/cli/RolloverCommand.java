package org.okrkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contribution;
import org.okrkit.core.Numbers;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Problem;
import org.okrkit.core.UnknownIdException;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.lifecycle.Rollover;
import org.okrkit.scoring.lifecycle.RolloverStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code okr rollover}: the next period's plan, made from a closing one. */
@Command(
    name = "rollover",
    mixinStandardHelpOptions = true,
    header = "Makes the next period's plan from a closing one.",
    description = {
      "Closes a plan's period and writes the next period's plan: the objectives kept (--keep) carry"
          + " on with their key results and the others close with their final scores; owners and"
          + " KPIs carry over, but for those retired (--retire), with the definitions in force at"
          + " the end of the period, their last values as new baselines (relative targets"
          + " recomputed from them) and their ties to closed key results dropped; --contribution"
          + " ties a KPI anew and --weight sets its weight. Prints every step and the proposed KPI"
          + " weights; KPIs left supporting nothing (candidates for retirement) and targets already"
          + " met are told on stderr. Check-ins and revisions stay with the closing plan, which is"
          + " not changed.",
      ""
    })
final class RolloverCommand implements Callable<Integer> {
  private static final Pattern WEIGHT = Pattern.compile("([^=]+)=(.+)");
  private static final Pattern CONTRIBUTION = Pattern.compile("([^:=]+):([^=]+)(?:=(.+))?");

  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The closing plan file.")
  @Nullable Path file;

  @Option(
      names = "--to",
      paramLabel = "PERIOD",
      description =
          "The next period: 2026-Q3, 2026-H2, 2026-07, 2026 or 2026-07-01..2026-09-30. Default:"
              + " the period after the plan's, of the same shape.")
  @Nullable String to;

  @Option(
      names = "--keep",
      paramLabel = "ID",
      arity = "1..*",
      description = "Objectives that carry on into the next period, with their key results.")
  List<String> keep = new ArrayList<>();

  @Option(
      names = "--retire",
      paramLabel = "ID",
      arity = "1..*",
      description = "KPIs that do not carry over.")
  List<String> retire = new ArrayList<>();

  @Option(
      names = "--weight",
      paramLabel = "KPI=W",
      arity = "1..*",
      description = "A KPI's weight in its owner's scorecard in the next plan: K-calls=2.")
  List<String> weight = new ArrayList<>();

  @Option(
      names = "--contribution",
      paramLabel = "KPI:KR[=W]",
      arity = "1..*",
      description =
          "A KPI's tie to a key result of the next plan, with its contribution weight (1 when left"
              + " out): K-calls:KR-nps=0.5. The ties given for a KPI replace all of its own.")
  List<String> contribution = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "NEXT",
      required = true,
      description =
          "The next plan's file, .yaml, .yml or .json; it must not exist yet: okr does not"
              + " overwrite a plan.")
  @Nullable Path out;

  @Mixin PolicyOptions policy = new PolicyOptions();

  @Override
  public Integer call() throws IOException {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path file = this.file;
    Path next = this.out;
    if (okr == null || spec == null || file == null || next == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    policy.check();
    Period period = to == null ? null : period(spec, to);
    Map<String, Double> weights = weights(spec);
    Map<String, List<Contribution>> links = contributions(spec);
    if (Format.of(next).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--out': cannot tell the format of "
              + next
              + " from its name; expected a name ending in .yaml, .yml or .json");
    }
    if (Files.exists(next)) {
      throw new BadInputException(
          next
              + " exists already; expected a new file for the next plan (okr does not overwrite a"
              + " plan)");
    }
    try (Progress progress = okr.progress(spec)) {
      Plan closing = PlanOptions.readPlan(file, progress);
      PolicyOptions.Chosen chosen = policy.choose(file, progress);
      progress.step("rolling " + closing.period() + " over");
      Rollover.Result result;
      try {
        Rollover.Builder b = Rollover.from(closing).policy(chosen.policy());
        if (period != null) {
          b.period(period);
        }
        b.keep(keep.toArray(new String[0])).retire(retire.toArray(new String[0]));
        links.forEach((kpi, ties) -> b.relink(kpi, ties.toArray(new Contribution[0])));
        weights.forEach(b::reweight);
        result = b.apply();
      } catch (UnknownIdException e) {
        throw new BadInputException(
            "the plan "
                + file
                + " has no "
                + e.expected()
                + " '"
                + e.id()
                + "'"
                + (e.expected().equals("objective") ? " to keep" : "")
                + "; nothing written");
      } catch (PolicyException e) {
        throw PlanOptions.misfit(e, closing, chosen.source(), file);
      } catch (PlanValidationException e) {
        List<String> why = new ArrayList<>();
        for (Problem p : e.problems()) {
          why.add(p.toString());
        }
        throw new BadInputException(
            "the next plan would not be valid: " + String.join("; ", why) + "; nothing written");
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage() + "; nothing written");
      }
      progress.step("writing " + next);
      try {
        PlanFiles.write(result.next(), next);
      } catch (IOException e) {
        throw new BadInputException(
            "cannot write the next plan to " + next + ": " + e.getMessage());
      }
      progress.done();
      print(okr, file, next, chosen, result);
      return Okr.OK;
    }
  }

  private static void print(
      Okr okr, Path file, Path next, PolicyOptions.Chosen chosen, Rollover.Result result) {
    PrintWriter out = okr.out();
    Plan plan = result.next();
    out.println(
        "Rollover of "
            + file
            + ": "
            + result.closed().plan().period()
            + " -> "
            + plan.period()
            + ", the closing scores taken as of "
            + result.closed().asOf()
            + " under "
            + chosen.source());
    for (RolloverStep s : result.steps()) {
      out.println("  " + s);
    }
    if (!result.proposedWeights().isEmpty()) {
      out.println("Proposed KPI weights (set one with --weight KPI=W):");
      result
          .proposedWeights()
          .forEach(
              (id, w) ->
                  out.println(
                      "  "
                          + id
                          + ": "
                          + Numbers.rounded(w, 4)
                          + " (now "
                          + Numbers.plain(plan.kpi(id).orElseThrow().weight())
                          + ")"));
    }
    out.println(
        "Wrote "
            + next
            + ": "
            + ValidateCommand.count(plan.objectives().size(), "objective")
            + ", "
            + ValidateCommand.count(plan.keyResults().size(), "key result")
            + ", "
            + ValidateCommand.count(plan.kpis().size(), "KPI")
            + ", "
            + ValidateCommand.count(plan.owners().size(), "owner")
            + " for "
            + plan.period());
    Optional<Path> policy = PolicyFiles.besidePlan(file);
    if (policy.isPresent() && PolicyFiles.besidePlan(next).isEmpty()) {
      out.println(
          "To score it under the same policy, copy "
              + policy.get()
              + " beside it as "
              + next.resolveSibling(PlanOptions.stem(next) + ".policy.yaml"));
    }
    out.flush();
    PrintWriter err = okr.err();
    for (String id : result.retirementCandidates()) {
      err.println(
          "okr rollover: "
              + id
              + " supports no key result in "
              + plan.period()
              + ": a candidate for retirement (--retire "
              + id
              + "), or give it one with --contribution "
              + id
              + ":KR");
    }
    result
        .targetsToReview()
        .forEach((id, why) -> err.println("okr rollover: review the target of " + id + ": " + why));
    err.flush();
  }

  private static Period period(CommandSpec spec, String label) {
    Optional<Period> p;
    try {
      p = Period.parse(label);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--to': " + e.getMessage());
    }
    return p.orElseThrow(
        () ->
            new ParameterException(
                spec.commandLine(),
                "Invalid value for option '--to': '"
                    + label
                    + "' is not a period; expected "
                    + Period.LABELS));
  }

  private Map<String, Double> weights(CommandSpec spec) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String w : weight) {
      Matcher m = WEIGHT.matcher(w);
      Double value = m.matches() ? number(m.group(2)) : null;
      if (value == null || !(value > 0)) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--weight': '"
                + w
                + "'; expected KPI=W, a KPI's id and a weight above 0, such as K-calls=2");
      }
      result.put(m.group(1).trim(), value);
    }
    return result;
  }

  private Map<String, List<Contribution>> contributions(CommandSpec spec) {
    Map<String, List<Contribution>> result = new LinkedHashMap<>();
    for (String c : contribution) {
      Matcher m = CONTRIBUTION.matcher(c);
      Double value =
          m.matches() ? (m.group(3) == null ? Double.valueOf(1) : number(m.group(3))) : null;
      if (value == null || !(value > 0)) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--contribution': '"
                + c
                + "'; expected KPI:KR or KPI:KR=W, a KPI's id, a key result's and a weight above"
                + " 0, such as K-calls:KR-nps=0.5");
      }
      result
          .computeIfAbsent(m.group(1).trim(), k -> new ArrayList<>())
          .add(Contribution.to(m.group(2).trim(), value));
    }
    return result;
  }

  private static @Nullable Double number(String text) {
    OptionalDouble v = CheckinCommand.number(text);
    return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : null;
  }
}
