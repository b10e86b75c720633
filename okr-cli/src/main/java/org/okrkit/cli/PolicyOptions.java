package org.okrkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoringPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the scoring policy of a plan, shared by every command that scores one:
 * {@code --policy FILE}, else the policy file beside the plan, else the built-in defaults; {@code
 * --default-policy} skips the file beside the plan. The rule is stated once, here.
 */
final class PolicyOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec command;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = {
        "The scoring policy file. Default: the policy file beside the plan and named after it"
            + " (marketing.policy.yaml, or .yml or .json, for marketing.yaml), else the built-in"
            + " default policy (graded key results, binary KPIs)."
      })
  @Nullable Path policy;

  @Option(
      names = "--default-policy",
      description =
          "Score under the built-in default policy even when a policy file lies beside the plan.")
  boolean defaultPolicy;

  /** A policy, and where it came from, as text output says it. */
  record Chosen(ScoringPolicy policy, String source) {}

  /**
   * The policy for the plan in {@code plan}, read when it is a file, announced on {@code progress}.
   *
   * @throws ParameterException if {@code --policy} and {@code --default-policy} are both given
   * @throws org.okrkit.io.PlanFileException if the policy file is invalid
   * @throws BadInputException if the policy file cannot be read
   */
  Chosen choose(Path plan, Progress progress) {
    check(progress.texts());
    if (policy != null) {
      return new Chosen(PlanOptions.readPolicy(policy, progress), policy.toString());
    }
    Texts texts = progress.texts();
    if (defaultPolicy) {
      return new Chosen(ScoringPolicy.defaults(), texts.get("policy.builtIn"));
    }
    Optional<Path> beside = PolicyFiles.besidePlan(plan);
    if (beside.isPresent()) {
      return new Chosen(
          PlanOptions.readPolicy(beside.get(), progress),
          texts.get("policy.beside", Arguments.of().text("file", beside.get().toString())));
    }
    return new Chosen(
        ScoringPolicy.defaults(),
        texts.get(
            "policy.builtIn.noneBeside", Arguments.of().text("stem", PlanOptions.stem(plan))));
  }

  /** Checks the options alone, before anything is read, so that a contradiction fails at once. */
  void check(Texts texts) {
    if (defaultPolicy && policy != null) {
      throw new ParameterException(spec().commandLine(), texts.get("policy.exclusive"));
    }
  }

  private CommandSpec spec() {
    if (command == null) {
      throw new IllegalStateException("picocli left the command spec unset");
    }
    return command;
  }
}
