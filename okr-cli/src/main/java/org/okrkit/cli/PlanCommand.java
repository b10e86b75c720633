package org.okrkit.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.ScoreAwareRules;
import org.okrkit.core.text.Arguments;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that reads a plan and its policy and scores it: what the commands share. */
abstract class PlanCommand implements Callable<Integer> {
  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Mixin PlanOptions options = new PlanOptions();

  @Override
  public final Integer call() throws Exception {
    try (Progress progress = okr().progress(spec())) {
      PlanOptions.Inputs in = options.load(progress, okr().clock());
      int code = run(in, progress);
      progress.done();
      return code;
    }
  }

  /** Does the command's work on what was read; returns the exit code. */
  abstract int run(PlanOptions.Inputs in, Progress progress) throws Exception;

  /**
   * The alignment analysis {@code okr align} and {@code okr report} run: the default structural
   * rules and the score-aware divergence rule on {@code card}.
   */
  static AlignmentReport analyze(Scorecard card, Progress progress) {
    return analyze(card, progress, AlignmentConfig.defaults());
  }

  /** {@link #analyze(Scorecard, Progress)} with the rules reading {@code config}. */
  static AlignmentReport analyze(Scorecard card, Progress progress, AlignmentConfig config) {
    progress.step(
        "step.analysingAlignment", Arguments.of().number("elements", card.elements().size()));
    return AlignmentAnalyzer.builder()
        .addDefaultRules()
        .addRules(ScoreAwareRules.divergence())
        .config(config)
        .build()
        .analyze(card);
  }

  Okr okr() {
    if (okr == null) {
      throw new IllegalStateException("picocli left the parent command unset");
    }
    return okr;
  }

  CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli left the command spec unset");
    }
    return spec;
  }
}
