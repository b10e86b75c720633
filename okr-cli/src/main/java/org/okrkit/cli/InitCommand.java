package org.okrkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.CheckInLogs;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.RecordFormat;
import org.okrkit.scoring.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code okr init}: a commented starter plan and its policy, which validate as written. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Writes a commented starter plan and its scoring policy.",
    description = {
      "Writes a starter plan to FILE (YAML, commented field by field) and its scoring policy beside"
          + " it (FILE's name with .policy.yaml), from a template: team (the default: one team's"
          + " objective with three key results, one of them milestones, and three KPIs) or"
          + " company (a company objective, two departments' aligned with it, and their people's"
          + " KPIs). Both validate as written; neither file may exist yet.",
      ""
    })
final class InitCommand implements Callable<Integer> {
  /** The templates, the default first. */
  static final List<String> TEMPLATES = List.of("team", "company");

  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The plan file to write: a name ending in .yaml or .yml.")
  @Nullable Path file;

  @Option(
      names = "--template",
      paramLabel = "NAME",
      description = "The template: team or company. Default: team.")
  String template = "team";

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description =
          "The plan's period: 2026-Q3, 2026-H2, 2026-07, 2026 or 2026-07-01..2026-09-30. Default:"
              + " the quarter of today.")
  @Nullable String period;

  @Override
  public Integer call() throws IOException {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path file = this.file;
    if (okr == null || spec == null || file == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    if (!TEMPLATES.contains(template)) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--template': '"
              + template
              + "'; expected one of "
              + String.join(", ", TEMPLATES));
    }
    if (Format.of(file).orElse(null) != Format.YAML) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for FILE: '"
              + file
              + "'; expected a name ending in .yaml or .yml, since the starter plan is commented"
              + " YAML");
    }
    Period p = period == null ? quarterOf(LocalDate.now(okr.clock())) : period(spec, period);
    String stem = PlanOptions.stem(file);
    Path policy = file.resolveSibling(stem + ".policy.yaml");
    for (Path f : List.of(file, policy)) {
      if (Files.exists(f)) {
        throw new BadInputException("init.exists", Arguments.of().text("file", f.toString()));
      }
    }
    Path name = file.getFileName();
    String plan =
        fill(
            resource(template + ".yaml"),
            p,
            String.valueOf(name),
            CheckInLogs.besidePlan(file, RecordFormat.CSV).getFileName() + "",
            String.valueOf(policy.getFileName()));
    String scoring = fill(resource(template + ".policy.yaml"), p, String.valueOf(name), "", "");
    // made in full and checked before anything is written: a template that does not validate is a
    // bug in okr, and the user's folder should not be left with half of it
    Plan written = PlanFiles.read(plan, Format.YAML);
    ScoringPolicy policyWritten = PolicyFiles.read(scoring, Format.YAML);
    policyWritten.checkFits(written);
    write(file, plan);
    try {
      write(policy, scoring);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    PrintWriter out = okr.out();
    Texts texts = okr.texts();
    out.println(
        texts.get(
            "init.wrotePlan",
            Arguments.of()
                .text("file", file.toString())
                .text("period", p.toString())
                .text("start", p.start().toString())
                .text("end", p.end().toString())
                .text("template", template)
                .list(
                    "counts",
                    List.of(
                        texts.count(written.owners().size(), "owner"),
                        texts.count(written.objectives().size(), "objective"),
                        texts.count(written.keyResults().size(), "keyResult"),
                        texts.count(written.kpis().size(), "kpi")))));
    out.println(texts.get("init.wrotePolicy", Arguments.of().text("file", policy.toString())));
    out.println(texts.get("init.next", Arguments.of().text("file", file.toString())));
    out.flush();
    return Okr.OK;
  }

  private static void write(Path file, String text) throws IOException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadInputException(
          texts ->
              texts.get(
                  "io.cannotWrite",
                  Arguments.of()
                      .text("file", file.toString())
                      .text("why", ReportCommand.why(file, e, texts))));
    } catch (java.nio.file.AccessDeniedException e) {
      throw new BadInputException(
          texts ->
              texts.get(
                  "io.cannotWrite",
                  Arguments.of()
                      .text("file", file.toString())
                      .text("why", ReportCommand.why(file, e, texts))));
    }
  }

  /** The calendar quarter {@code day} lies in. */
  static Period quarterOf(LocalDate day) {
    return Period.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  private static Period period(CommandSpec spec, String label) {
    Optional<Period> p;
    try {
      p = Period.parse(label);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--period': " + e.getMessage());
    }
    return p.orElseThrow(
        () ->
            new ParameterException(
                spec.commandLine(),
                "Invalid value for option '--period': '"
                    + label
                    + "' is not a period; expected "
                    + Period.LABELS));
  }

  /** A template's text with its placeholders filled. */
  private static String fill(String text, Period p, String file, String log, String policy) {
    return text.replace("{{period}}", p.toString())
        .replace("{{file}}", file)
        .replace("{{log}}", log)
        .replace("{{policy}}", policy);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("templates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the okr jar lacks the template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
