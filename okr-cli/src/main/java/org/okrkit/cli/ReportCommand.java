package org.okrkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.Severity;
import org.okrkit.core.Owner;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.HtmlReport;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr report}: one self-contained HTML page of scores, status and alignment findings. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Writes one self-contained HTML page of scores, status and findings.",
    description = {
      "Writes one self-contained HTML page (no scripts, no external resources; open it in any"
          + " browser, mail it, archive it): score bars per objective, key result, KPI and owner in"
          + " their colour bands, their status, a trend chart per key result and KPI (its score at"
          + " each check-in, the expected pace, the bands), an alignment map (owners, objectives,"
          + " key results and the KPIs that support them, unsupported key results and orphan KPIs"
          + " marked), the alignment coverage and every alignment finding. A plan of more than"
          + " 400 owners, key results and KPIs is shown for the top two levels of its org chart, or"
          + " for the owners given with --owner. Exits with 1 when a finding is an ERROR; the page"
          + " is written either way.",
      ""
    })
final class ReportCommand extends PlanCommand {
  @Option(
      names = "--html",
      paramLabel = "OUT",
      required = true,
      description = "The HTML file to write (replaced if it exists), or - for stdout.")
  @Nullable Path html;

  @Option(
      names = "--owner",
      paramLabel = "ID",
      arity = "1..*",
      description =
          "Show in full the elements of these owners only (their objectives, key results and KPIs,"
              + " with charts and maps): for a page of a large plan. Default: the whole plan, or"
              + " the top two levels of the org chart of a plan too large to show whole.")
  List<String> owners = new ArrayList<>();

  @Override
  int run(PlanOptions.Inputs in, Progress progress) throws IOException {
    Path html = this.html;
    if (html == null) {
      throw new IllegalStateException("picocli left the required --html unset");
    }
    for (String id : owners) {
      if (in.plan.owner(id).isEmpty()) {
        throw unknownOwner(in, id);
      }
    }
    Scorecard card = in.score(progress);
    AlignmentReport alignment = analyze(card, progress);
    boolean toStdout = html.toString().equals("-");
    progress.step(
        toStdout ? "step.writingHtml" : "step.writingHtmlTo",
        Arguments.of().text("file", html.toString()));
    HtmlReport report =
        HtmlReport.of(card, alignment)
            .withPolicyNote(in.policySource)
            .withAsOfNote(in.asOfSource)
            .withGenerator("okr " + Okr.Version.version())
            .withLocale(okr().locale());
    if (!owners.isEmpty()) {
      report = report.withOwners(owners);
    }
    String page = report.render(okr().locale());
    if (toStdout) {
      okr().out().print(page);
    } else {
      try {
        Files.writeString(html, page, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException(
            texts ->
                texts.get(
                    "io.cannotWriteReport",
                    Arguments.of().text("file", html.toString()).text("why", why(html, e, texts))));
      }
      progress.done();
      Texts texts = okr().texts();
      okr()
          .out()
          .println(
              texts.get(
                  "report.wrote",
                  Arguments.of()
                      .text("file", html.toString())
                      .list(
                          "counts",
                          List.of(
                              texts.count(in.plan.objectives().size(), "objective"),
                              texts.count(in.plan.keyResults().size(), "keyResult"),
                              texts.count(in.plan.kpis().size(), "kpi"),
                              texts.count(in.plan.owners().size(), "owner"),
                              texts.count(alignment.findings().size(), "finding")))
                      .text(
                          "errors", texts.count(alignment.findings(Severity.ERROR).size(), "error"))
                      .text("basis", in.basis("basis.scoredUnderLower"))));
    }
    okr().out().flush();
    return alignment.hasErrors() ? Okr.FINDINGS : Okr.OK;
  }

  private static BadInputException unknownOwner(PlanOptions.Inputs in, String id) {
    Optional<String> near =
        Suggestions.closest(id, in.plan.owners().stream().map(Owner::id).toList());
    return new BadInputException(
        texts ->
            texts.get(
                    "unknown.owner", Arguments.of().text("file", in.file.toString()).text("id", id))
                + near.map(n -> texts.get("suggest.didYouMean", Arguments.of().text("id", n)))
                    .orElse(""));
  }

  static String why(Path file, IOException e, Texts texts) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return texts.get(
          "io.noFolder",
          Arguments.of().text("folder", String.valueOf(file.toAbsolutePath().getParent())));
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return texts.get("io.permissionDenied");
    }
    if (Files.isDirectory(file)) {
      return texts.get("io.isDirectoryName");
    }
    return String.valueOf(e.getMessage());
  }
}
