package org.okrkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.lifecycle.Calibration;
import org.okrkit.scoring.lifecycle.CalibrationFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code okr calibrate}: targets set too easy or too hard, looked for across closed periods. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    header = "Looks across closed periods for targets set too easy or too hard.",
    description = {
      "Scores each plan as of its period's last day, oldest period first, and looks across them"
          + " for patterns in the last N periods: an owner's aspirational OKRs landing at 0.9 or"
          + " above every time (too easy, or sandbagged) or at 0.3 or below (too hard), committed"
          + " OKRs that keep missing 1.0, and KPIs met every time by 20 %% or more beyond the target"
          + " (raise it). Each flag comes with the figure of each period.",
      ""
    })
final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "1..*",
      paramLabel = "FILE",
      description = "The plan files of the closed periods, in any order: one per period.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--periods",
      paramLabel = "N",
      description =
          "How many of the latest periods must all show a pattern for it to be flagged. Default:"
              + " 3.")
  int periods = 3;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "text (the default): a line per flag, then the policies used; json: one object with an"
            + " array of rows; csv: RFC 4180, a row per flag and period (kind, owner, kpi, period,"
            + " figure, message); md: a Markdown table."
      })
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Mixin PolicyOptions policy = new PolicyOptions();

  @Override
  public Integer call() {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    if (okr == null || spec == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    Texts texts = okr.texts();
    policy.check(texts);
    Calibration calibration;
    try {
      calibration = Calibration.builder().periods(periods).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          texts.get("option.periods.invalid", Arguments.of().number("periods", periods)));
    }
    try (Progress progress = okr.progress(spec)) {
      record Closed(Path file, Scorecard card, String policy) {}
      List<Closed> closed = new ArrayList<>();
      for (Path file : files) {
        Plan plan = PlanOptions.readPlan(file, progress);
        PolicyOptions.Chosen chosen = policy.choose(file, progress);
        progress.step(
            "step.scoringFile",
            Arguments.of()
                .text("file", file.toString())
                .text("asOf", plan.period().end().toString()));
        try {
          closed.add(
              new Closed(file, chosen.policy().score(plan, plan.period().end()), chosen.source()));
        } catch (PolicyException e) {
          throw PlanOptions.misfit(e, plan, chosen.source(), file);
        }
      }
      closed.sort(Comparator.comparing((Closed c) -> c.card().plan().period().start()));
      for (int i = 1; i < closed.size(); i++) {
        Plan a = closed.get(i - 1).card().plan();
        Plan b = closed.get(i).card().plan();
        if (a.period().overlaps(b.period())) {
          throw new BadInputException(
              "calibrate.overlap",
              Arguments.of()
                  .text("first", closed.get(i - 1).file().toString())
                  .text("firstPeriod", a.period().toString())
                  .text("second", closed.get(i).file().toString())
                  .text("secondPeriod", b.period().toString()));
        }
      }
      List<Scorecard> cards = closed.stream().map(Closed::card).toList();
      List<String> labels = cards.stream().map(c -> c.plan().period().toString()).toList();
      progress.step("step.lookingAcross", Arguments.of().number("periods", cards.size()));
      List<CalibrationFlag> flags = calibration.flags(cards);
      progress.done();
      PrintWriter out = okr.out();
      ExportFormat export = csv.export(format);
      if (export == null) {
        out.println(
            texts.get(
                periods == 1 ? "calibrate.heading.one" : "calibrate.heading.other",
                Arguments.of().list("labels", labels).number("periods", periods)));
        out.println();
        out.print(calibration.render(cards, okr.locale()));
        out.println();
        for (Closed c : closed) {
          out.println(
              texts.get(
                  "calibrate.scoredUnder",
                  Arguments.of()
                      .text("file", c.file().toString())
                      .text("period", c.card().plan().period().toString())
                      .text("policy", c.policy())));
        }
      } else {
        // people read Markdown: its messages in okr's language; JSON and CSV keep them as data
        List<CalibrationFlag> shown =
            export == ExportFormat.MARKDOWN ? calibration.flags(cards, okr.locale()) : flags;
        out.print(Exports.calibration(shown, labels, export, okr.locale()));
      }
      out.flush();
      return Okr.OK;
    }
  }
}
