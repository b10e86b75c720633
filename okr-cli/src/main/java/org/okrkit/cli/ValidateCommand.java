package org.okrkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.CheckInLogs;
import org.okrkit.io.PlanTableFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanKey;
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
      description =
          "The plan file: YAML (.yaml, .yml) or JSON (.json); or a folder of plan tables, whose"
              + " plans are all checked unless --plan names one.")
  @Nullable Path file;

  @Option(
      names = "--plan",
      paramLabel = "KEY",
      description =
          "With a folder of plan tables: the one plan to check, as TENANT/PLAN (or PLAN when its"
              + " tenant is empty). Default: every plan in the folder.")
  @Nullable String plan;

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
      if (Files.isDirectory(file) && this.plan == null) {
        return tables(okr, file, progress);
      }
      Plan plan = PlanOptions.readPlan(file, this.plan, progress);
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
      okr.out().println(summary(plan, file.toString(), texts));
      for (Path log : Files.isDirectory(file) ? List.<Path>of() : logsOf(file)) {
        okr.out()
            .println(
                texts.get(
                    "validate.log",
                    Arguments.of()
                        .text("file", log.toString())
                        .text("checkIns", texts.count(logSize(log), "checkIn"))));
      }
      if (scoring.isPresent()) {
        okr.out().println(policyLine(policyFile.get(), texts));
      }
      return Okr.OK;
    }
  }

  /**
   * Checks every plan of a folder of plan tables, and the policy beside the folder against each:
   * every problem of every plan at once, or a line per plan.
   */
  private Integer tables(Okr okr, Path folder, Progress progress) {
    progress.step("step.readingTables", Arguments.of().text("file", folder.toString()));
    AssembledPlans tables = PlanTableFiles.read(folder);
    if (!tables.isClean()) {
      throw new TablesInvalidException(folder, tables.problems());
    }
    Optional<Path> policyFile =
        policy != null ? Optional.of(policy) : PolicyFiles.besidePlan(folder);
    Optional<ScoringPolicy> scoring = policyFile.map(p -> PlanOptions.readPolicy(p, progress));
    for (Map.Entry<PlanKey, Plan> e : tables.plans().entrySet()) {
      if (scoring.isPresent()) {
        try {
          scoring.get().checkFits(e.getValue());
        } catch (PolicyException misfit) {
          throw PlanOptions.misfit(misfit, e.getValue(), policyFile.get().toString(), folder);
        }
      }
    }
    progress.done();
    Texts texts = okr.texts();
    okr.out()
        .println(
            texts.get(
                "validate.tables",
                Arguments.of()
                    .text("folder", folder.toString())
                    .text("plans", texts.count(tables.plans().size(), "plan"))));
    for (Map.Entry<PlanKey, Plan> e : tables.plans().entrySet()) {
      okr.out().println(summary(e.getValue(), PlanOptions.key(e.getKey()), texts));
    }
    if (scoring.isPresent()) {
      okr.out().println(policyLine(policyFile.get(), texts));
    }
    return Okr.OK;
  }

  /** {@code FILE: a valid scoring policy that fits the plan}, found beside it or given. */
  private String policyLine(Path policyFile, Texts texts) {
    return texts.get(
        policy == null ? "validate.policy.beside" : "validate.policy",
        Arguments.of().text("file", policyFile.toString()));
  }

  /** {@code FILE: a valid plan for 2026-Q2 (…): 3 owners, …}. */
  private static String summary(Plan plan, String where, Texts texts) {
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
            .text("file", where)
            .text("period", plan.period().toString())
            .text("start", plan.period().start().toString())
            .text("end", plan.period().end().toString())
            .list("counts", counts);
    plan.name().ifPresent(n -> arguments.text("name", n));
    return texts.get(plan.name().isPresent() ? "validate.plan.named" : "validate.plan", arguments);
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
