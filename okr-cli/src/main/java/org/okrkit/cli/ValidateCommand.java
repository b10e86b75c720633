package org.okrkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.CheckInLogs;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code okr validate}: whether a plan file, and its policy, can be read, and what they hold. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Checks that a plan file and its scoring policy are valid.",
    description = {
      "Checks a plan file and its scoring policy: that each is well-formed, that the plan is valid"
          + " (ids, references, targets, check-ins, those of its check-in logs too), and that the"
          + " policy fits the plan. Prints what the plan holds and the logs it read; every problem"
          + " goes to stderr as file:line:col: path: message.",
      ""
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The plan file: YAML (.yaml, .yml) or JSON (.json).")
  @Nullable Path file;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The scoring policy file to check with the plan. Default: the policy beside the plan, named"
              + " after it (plans/marketing.policy.yaml for plans/marketing.yaml), if there is one.")
  @Nullable Path policy;

  @Override
  public Integer call() {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path file = this.file;
    if (okr == null || spec == null || file == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    try (Progress progress = okr.progress(spec)) {
      Plan plan = PlanOptions.readPlan(file, progress);
      Optional<Path> policyFile =
          policy != null ? Optional.of(policy) : PolicyFiles.besidePlan(file);
      Optional<ScoringPolicy> scoring = policyFile.map(p -> PlanOptions.readPolicy(p, progress));
      if (scoring.isPresent()) {
        try {
          scoring.get().checkFits(plan);
        } catch (PolicyException e) {
          throw PlanOptions.misfit(e, plan, policyFile.get().toString(), file);
        }
      }
      progress.done();
      Texts texts = okr.texts();
      List<String> counts = new ArrayList<>();
      counts.add(texts.count(plan.owners().size(), "owner"));
      counts.add(texts.count(plan.objectives().size(), "objective"));
      counts.add(texts.count(plan.keyResults().size(), "keyResult"));
      counts.add(texts.count(plan.kpis().size(), "kpi"));
      counts.add(texts.count(plan.checkIns().size(), "checkIn"));
      if (!plan.revisions().isEmpty()) {
        counts.add(texts.count(plan.revisions().size(), "revision"));
      }
      Arguments arguments =
          Arguments.of()
              .text("file", file.toString())
              .text("period", plan.period().toString())
              .text("start", plan.period().start().toString())
              .text("end", plan.period().end().toString())
              .list("counts", counts);
      plan.name().ifPresent(n -> arguments.text("name", n));
      okr.out()
          .println(
              texts.get(
                  plan.name().isPresent() ? "validate.plan.named" : "validate.plan", arguments));
      for (Path log : logsOf(file)) {
        okr.out()
            .println(
                texts.get(
                    "validate.log",
                    Arguments.of()
                        .text("file", log.toString())
                        .text("checkIns", texts.count(logSize(log), "checkIn"))));
      }
      if (scoring.isPresent()) {
        okr.out()
            .println(
                texts.get(
                    policy == null ? "validate.policy.beside" : "validate.policy",
                    Arguments.of().text("file", policyFile.get().toString())));
      }
      return Okr.OK;
    }
  }

  /** The check-in logs the plan reads; the plan has been read, so they are valid. */
  private static List<Path> logsOf(Path file) {
    try {
      return CheckInLogs.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int logSize(Path log) {
    try {
      return CheckInLogs.read(log).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
