package org.okrkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.ExportFormat;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.PolicyRating;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.simulation.WorkforceSimulation;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.io.SimulationExports;
import org.okrkit.simulation.io.SpecKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code okr simulate}: runs a simulation spec. For a policy comparison it prints the comparison of
 * its scoring policies and writes a score histogram per policy as SVG; for a workforce study, the
 * figures of each arm period by period and a chart of mean ability.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    header = "Compares scoring policies, or follows a workforce over the years.",
    description = {
      "Runs the simulation a spec file describes (see okr-io/FORMAT.md). A policy comparison (the"
          + " population, the outcome model, the behaviour rules and the scoring policies"
          + " compared): prints each metric per policy with its confidence interval, and writes"
          + " each policy's score histogram as an SVG image. A workforce study (kind: workforce;"
          + " ratings acted on by dismissals, turnover and hiring over periods): prints each"
          + " metric per arm and period with its confidence interval over companies, and writes"
          + " a chart of mean ability by period. One seed gives the same result whatever the"
          + " number of threads.",
      ""
    })
final class SimulateCommand implements Callable<Integer> {
  /** The number of element evaluations from which a run is announced on stderr at once. */
  private static final long LARGE_RUN = 50_000_000L;

  /** The number of person-periods from which a workforce study is announced on stderr at once. */
  private static final long LARGE_STUDY = 20_000_000L;

  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SPEC",
      description = "The simulation spec file: YAML (.yaml, .yml) or JSON (.json).")
  @Nullable Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormat.Converter.class,
      description =
          "text (a table for people), json or csv (one row per policy and metric, or per arm,"
              + " period and metric). Default: text.")
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CsvOptions csv = new CsvOptions();

  @Option(
      names = {"--histograms", "--charts"},
      paramLabel = "DIR",
      description =
          "The folder to write the images to (made if it is missing), or - to write none: one"
              + " SPEC-POLICY.svg per policy, or SPEC-mean-ability.svg for a workforce study"
              + " (replaced if they exist). Default: the current folder.")
  String histograms = ".";

  @Option(
      names = "--trials",
      paramLabel = "N",
      description = "Overrides a comparison's number of trials (1 to 10,000,000).")
  @Nullable Integer trials;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Overrides a workforce study's number of companies (1 to 10,000,000).")
  @Nullable Integer replications;

  @Option(
      names = "--periods",
      paramLabel = "N",
      description = "Overrides a workforce study's number of periods (1 to 1,000).")
  @Nullable Integer periods;

  @Option(names = "--seed", paramLabel = "N", description = "Overrides the spec's seed.")
  @Nullable Long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many threads run trials or companies: 0 for one per processor. Overrides the"
              + " spec; changes the time a run takes, never its result.")
  @Nullable Integer threads;

  @Override
  public Integer call() {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path file = this.file;
    if (okr == null || spec == null || file == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    if (format == OutputFormat.MD) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': 'md'; okr simulate writes text, json or csv");
    }
    try (Progress progress = okr.progress(spec)) {
      if (PlanOptions.specKind(file) == SpecKind.WORKFORCE) {
        if (trials != null) {
          throw new ParameterException(
              spec.commandLine(),
              "--trials applies to a policy comparison; a workforce study takes --replications"
                  + " and --periods");
        }
        return workforce(okr, spec, file, progress);
      }
      if (replications != null || periods != null) {
        throw new ParameterException(
            spec.commandLine(),
            (replications != null ? "--replications" : "--periods")
                + " applies to a workforce study (kind: workforce); a policy comparison takes"
                + " --trials");
      }
      SimulationSpec simulationSpec = PlanOptions.readSpec(file, progress);
      try {
        if (trials != null) {
          simulationSpec = simulationSpec.withTrials(trials);
        }
        if (seed != null) {
          simulationSpec = simulationSpec.withSeed(seed);
        }
        if (threads != null) {
          simulationSpec = simulationSpec.withParallelism(threads);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), BadInputException.why(e, okr.texts()));
      }
      progress.step(
          "step.compilingPlan", Arguments.of().number("policies", simulationSpec.arms().size()));
      Simulation simulation = Simulation.compile(simulationSpec);
      progress.step(
          progress
              .texts()
              .get(
                  "step.simulating",
                  Arguments.of()
                      .text("people", grouped(simulation.people()))
                      .text("trials", grouped(simulationSpec.trials()))
                      .text("policies", grouped(simulationSpec.arms().size()))
                      .text("evaluations", grouped(simulation.elementEvaluations()))),
          simulation.elementEvaluations() >= LARGE_RUN);
      SimulationResult result = simulation.run();
      List<Path> written = new ArrayList<>();
      if (!histograms.equals("-")) {
        progress.step("step.writingHistograms", Arguments.of());
        written = writeHistograms(file, result, okr.texts());
      }
      progress.done();
      switch (format) {
        case JSON ->
            okr.out().print(SimulationExports.result(result, ExportFormat.JSON, okr.locale()));
        case CSV ->
            okr.out()
                .print(
                    SimulationExports.result(
                        result,
                        java.util.Objects.requireNonNull(csv.export(format)),
                        okr.locale()));
        default -> okr.out().print(result.render(okr.locale()));
      }
      // the histograms written are named where they do not mix with data on stdout
      for (int i = 0; i < written.size(); i++) {
        String line =
            okr.texts()
                .get(
                    "simulate.wroteHistogram",
                    Arguments.of()
                        .text("file", written.get(i).toString())
                        .text("arm", result.arms().get(i).name()));
        if (format == OutputFormat.TEXT) {
          okr.out().println(line);
        } else {
          okr.err().println(okr.texts().get("okr.said", Arguments.of().text("line", line)));
        }
      }
      return Okr.OK;
    }
  }

  private int workforce(Okr okr, CommandSpec spec, Path file, Progress progress) {
    WorkforceSpec study = PlanOptions.readWorkforce(file, progress);
    try {
      if (replications != null) {
        study = study.withReplications(replications);
      }
      if (periods != null) {
        study = study.withPeriods(periods);
      }
      if (seed != null) {
        study = study.withSeed(seed);
      }
      if (threads != null) {
        study = study.withParallelism(threads);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), BadInputException.why(e, okr.texts()));
    }
    long policies = study.arms().stream().filter(a -> a.rating() instanceof PolicyRating).count();
    progress.step("step.compilingPopulation", Arguments.of().number("policies", (double) policies));
    WorkforceSimulation simulation = WorkforceSimulation.compile(study);
    long personPeriods =
        (long) simulation.people() * study.periods() * study.replications() * study.arms().size();
    progress.step(
        progress
            .texts()
            .get(
                "step.simulatingWorkforce",
                Arguments.of()
                    .text("companies", grouped(study.replications()))
                    .text("people", grouped(simulation.people()))
                    .text("periods", grouped(study.periods()))
                    .text("arms", grouped(study.arms().size()))),
        personPeriods >= LARGE_STUDY);
    WorkforceResult result = simulation.run();
    Path written = null;
    if (!histograms.equals("-")) {
      progress.step("step.writingChart", Arguments.of());
      Path out = folder().resolve(stem(file) + "-mean-ability.svg");
      write(
          out,
          SimulationExports.workforceChart(
              result,
              WorkforceMetric.MEAN_ABILITY,
              okr.texts().get("simulate.chartTitle", Arguments.of().text("stem", stem(file))),
              okr.locale()),
          "simulate.chart");
      written = out;
    }
    progress.done();
    switch (format) {
      case JSON ->
          okr.out().print(SimulationExports.workforce(result, ExportFormat.JSON, okr.locale()));
      case CSV ->
          okr.out()
              .print(
                  SimulationExports.workforce(
                      result, java.util.Objects.requireNonNull(csv.export(format)), okr.locale()));
      default -> okr.out().print(result.render(okr.locale()));
    }
    if (written != null) {
      String line =
          okr.texts().get("simulate.wroteChart", Arguments.of().text("file", written.toString()));
      if (format == OutputFormat.TEXT) {
        okr.out().println(line);
      } else {
        okr.err().println(okr.texts().get("okr.said", Arguments.of().text("line", line)));
      }
    }
    return Okr.OK;
  }

  /** The folder images go to, made if it is missing. */
  private Path folder() {
    Path folder = Path.of(histograms);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BadInputException(
          "simulate.folderIsFile", Arguments.of().text("folder", folder.toString()));
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new BadInputException(
          "simulate.cannotCreateFolder",
          Arguments.of()
              .text("folder", folder.toString())
              .text("why", String.valueOf(e.getMessage())));
    }
    return folder;
  }

  private static void write(Path out, String image, String what) {
    try {
      Files.writeString(out, image, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(
          texts ->
              texts.get(
                  "simulate.cannotWrite",
                  Arguments.of()
                      .text("what", texts.get(what))
                      .text("file", out.toString())
                      .text("why", String.valueOf(e.getMessage()))));
    }
  }

  private List<Path> writeHistograms(Path file, SimulationResult result, Texts texts) {
    Path folder = folder();
    String stem = stem(file);
    List<Path> written = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (ArmResult arm : result.arms()) {
      String name = stem + "-" + slug(arm.name());
      // two names that differ only in punctuation still get files of their own
      String unique = name;
      for (int n = 2; used.contains(unique); n++) {
        unique = name + "-" + n;
      }
      used.add(unique);
      Path out = folder.resolve(unique + ".svg");
      write(
          out,
          SimulationExports.histogram(
              arm.histogram(),
              texts.get("simulate.histogramTitle", Arguments.of().text("arm", arm.name())),
              texts.locale()),
          "simulate.histogram");
      written.add(out);
    }
    return written;
  }

  /** {@code n} with its thousands grouped as okr groups them: {@code 12,000}. */
  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code policies} for {@code plans/policies.simulation.yaml}. */
  static String stem(Path file) {
    String stem = PlanOptions.stem(file);
    String suffix = ".simulation";
    return stem.endsWith(suffix) && stem.length() > suffix.length()
        ? stem.substring(0, stem.length() - suffix.length())
        : stem;
  }

  /** A policy's name as a file name: {@code binary-kpis} for {@code Binary KPIs}. */
  static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "policy" : slug;
  }
}
