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
import org.okrkit.core.text.Arguments;
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
    Texts texts = okr.texts();
    policy.check(texts);
    Period period = to == null ? null : period(spec, to, texts);
    Map<String, Double> weights = weights(spec, texts);
    Map<String, List<Contribution>> links = contributions(spec, texts);
    if (Format.of(next).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          texts.get("rollover.outFormat", Arguments.of().text("file", next.toString())));
    }
    if (Files.exists(next)) {
      throw new BadInputException("rollover.exists", Arguments.of().text("file", next.toString()));
    }
    try (Progress progress = okr.progress(spec)) {
      Plan closing = PlanOptions.readPlan(file, progress);
      PolicyOptions.Chosen chosen = policy.choose(file, progress);
      progress.step("step.rolling", Arguments.of().text("period", closing.period().toString()));
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
        String expected = e.expected();
        throw new BadInputException(
            t ->
                t.get(
                    expected.equals("objective") ? "rollover.unknownToKeep" : "rollover.unknown",
                    Arguments.of()
                        .text("file", file.toString())
                        .text("kind", kind(expected, t))
                        .text("id", e.id())));
      } catch (PolicyException e) {
        throw PlanOptions.misfit(e, closing, chosen.source(), file);
      } catch (PlanValidationException e) {
        throw new BadInputException(
            t -> {
              List<String> why = new ArrayList<>();
              for (Problem p : e.problems()) {
                why.add(p.render(t.locale()));
              }
              return t.get("rollover.invalid", Arguments.of().list("why", why));
            });
      } catch (IllegalArgumentException e) {
        throw new BadInputException(
            t ->
                t.get(
                    "checkin.nothingWritten",
                    Arguments.of().text("why", BadInputException.why(e, t))));
      }
      progress.step("step.writing", Arguments.of().text("file", next.toString()));
      try {
        PlanFiles.write(result.next(), next);
      } catch (IOException e) {
        throw new BadInputException(
            "rollover.cannotWrite",
            Arguments.of()
                .text("file", next.toString())
                .text("why", String.valueOf(e.getMessage())));
      }
      progress.done();
      print(okr, file, next, chosen, result);
      return Okr.OK;
    }
  }

  private static void print(
      Okr okr, Path file, Path next, PolicyOptions.Chosen chosen, Rollover.Result result) {
    PrintWriter out = okr.out();
    Texts texts = okr.texts();
    Plan plan = result.next();
    out.println(
        texts.get(
            "rollover.heading",
            Arguments.of()
                .text("file", file.toString())
                .text("from", result.closed().plan().period().toString())
                .text("to", plan.period().toString())
                .text("asOf", result.closed().asOf().toString())
                .text("policy", chosen.source())));
    for (RolloverStep s : result.steps()) {
      out.println("  " + s.render(okr.locale()));
    }
    if (!result.proposedWeights().isEmpty()) {
      out.println(texts.get("rollover.proposedWeights"));
      result
          .proposedWeights()
          .forEach(
              (id, w) ->
                  out.println(
                      texts.get(
                          "rollover.proposedWeight",
                          Arguments.of()
                              .text("id", id)
                              .text("weight", Numbers.rounded(w, 4))
                              .text("now", Numbers.plain(plan.kpi(id).orElseThrow().weight())))));
    }
    out.println(
        texts.get(
            "rollover.wrote",
            Arguments.of()
                .text("file", next.toString())
                .list(
                    "counts",
                    List.of(
                        texts.count(plan.objectives().size(), "objective"),
                        texts.count(plan.keyResults().size(), "keyResult"),
                        texts.count(plan.kpis().size(), "kpi"),
                        texts.count(plan.owners().size(), "owner")))
                .text("period", plan.period().toString())));
    Optional<Path> policy = PolicyFiles.besidePlan(file);
    if (policy.isPresent() && PolicyFiles.besidePlan(next).isEmpty()) {
      out.println(
          texts.get(
              "rollover.copyPolicy",
              Arguments.of()
                  .text("policy", policy.get().toString())
                  .text(
                      "beside",
                      next.resolveSibling(PlanOptions.stem(next) + ".policy.yaml").toString())));
    }
    out.flush();
    PrintWriter err = okr.err();
    for (String id : result.retirementCandidates()) {
      err.println(
          texts.get(
              "rollover.retirementCandidate",
              Arguments.of().text("id", id).text("period", plan.period().toString())));
    }
    result
        .targetsToReview()
        .forEach(
            (id, why) ->
                err.println(
                    texts.get(
                        "rollover.reviewTarget", Arguments.of().text("id", id).text("why", why))));
    err.flush();
  }

  /** The kind of element the rollover expected, in the language of {@code texts}. */
  private static String kind(String expected, Texts texts) {
    return switch (expected) {
      case "objective" -> texts.get("kind.objective");
      case "KPI" -> texts.get("kind.kpi");
      case "key result" -> texts.get("kind.keyResult");
      default -> expected;
    };
  }

  private static Period period(CommandSpec spec, String label, Texts texts) {
    Optional<Period> p;
    try {
      p = Period.parse(label);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          texts.get(
              "option.invalidBecause",
              Arguments.of().text("option", "--to").text("why", BadInputException.why(e, texts))));
    }
    return p.orElseThrow(
        () ->
            new ParameterException(
                spec.commandLine(),
                texts.get(
                    "option.period.invalid",
                    Arguments.of()
                        .text("option", "--to")
                        .text("value", label)
                        .text("labels", Period.LABELS))));
  }

  private Map<String, Double> weights(CommandSpec spec, Texts texts) {
    Map<String, Double> result = new LinkedHashMap<>();
    for (String w : weight) {
      Matcher m = WEIGHT.matcher(w);
      Double value = m.matches() ? number(m.group(2)) : null;
      if (value == null || !(value > 0)) {
        throw new ParameterException(
            spec.commandLine(),
            texts.get("option.weight.invalid", Arguments.of().text("value", w)));
      }
      result.put(m.group(1).trim(), value);
    }
    return result;
  }

  private Map<String, List<Contribution>> contributions(CommandSpec spec, Texts texts) {
    Map<String, List<Contribution>> result = new LinkedHashMap<>();
    for (String c : contribution) {
      Matcher m = CONTRIBUTION.matcher(c);
      Double value =
          m.matches() ? (m.group(3) == null ? Double.valueOf(1) : number(m.group(3))) : null;
      if (value == null || !(value > 0)) {
        throw new ParameterException(
            spec.commandLine(),
            texts.get("option.contribution.invalid", Arguments.of().text("value", c)));
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
