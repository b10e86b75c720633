package org.okrkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code okr diff}: what changed from one plan to another, field by field. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Shows what changed from one plan to another, field by field.",
    description = {
      "Compares two plans (a quarter and the next, or two versions of one): owners and elements"
          + " added and removed, fields changed with their old and new values, weights re-tuned,"
          + " and ties (a KPI supporting a key result, an objective's parent, an owner) added and"
          + " dropped. Elements are compared by id, with their revisions applied; check-ins and"
          + " revisions by count. Exits with 0 whether or not the plans differ.",
      ""
    })
final class DiffCommand implements Callable<Integer> {
  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier plan file.")
  @Nullable Path before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later plan file.")
  @Nullable Path after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description = {
        "text (the default): a section per kind of change; json: one object with an array of"
            + " changes; csv: RFC 4180, a row per change (change, subject, id, field, before,"
            + " after); md: a Markdown table."
      })
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Override
  public Integer call() {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path before = this.before;
    Path after = this.after;
    if (okr == null || spec == null || before == null || after == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    try (Progress progress = okr.progress(spec)) {
      Plan earlier = PlanOptions.readPlan(before, progress);
      Plan later = PlanOptions.readPlan(after, progress);
      progress.step("step.comparing", Arguments.of());
      PlanDiff diff = PlanDiff.between(earlier, later);
      progress.done();
      PrintWriter out = okr.out();
      ExportFormat export = csv.export(format);
      if (export == null) {
        out.println(
            okr.texts()
                .get(
                    "diff.heading",
                    Arguments.of()
                        .text("before", before.toString())
                        .text("after", after.toString())));
        out.print(diff.render(okr.locale()));
      } else {
        out.print(Exports.diff(diff, export, okr.locale()));
      }
      out.flush();
      return Okr.OK;
    }
  }
}
