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
import org.okrkit.io.ExportFormat;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.io.SimulationExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code okr simulate}: runs a simulation spec, prints the comparison of its scoring policies and
 * writes a score histogram per policy as SVG.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    header = "Compares scoring policies by Monte Carlo simulation.",
    description = {
      "Runs the simulation a spec file describes (the population, the outcome model, the behaviour"
          + " rules and the scoring policies compared; see okr-io/FORMAT.md), prints each metric per"
          + " policy with its confidence interval, and writes each policy's score histogram as an"
          + " SVG image. One seed gives the same result whatever the number of threads.",
      ""
    })
final class SimulateCommand implements Callable<Integer> {
  /** The number of element evaluations from which a run is announced on stderr at once. */
  private static final long LARGE_RUN = 50_000_000L;

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
          "text (a table for people), json or csv (one row per policy and metric)."
              + " Default: text.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--histograms",
      paramLabel = "DIR",
      description =
          "The folder to write the histograms to (made if it is missing), one SPEC-POLICY.svg per"
              + " policy (replaced if it exists), or - to write none. Default: the current folder.")
  String histograms = ".";

  @Option(
      names = "--trials",
      paramLabel = "N",
      description = "Overrides the spec's number of trials (1 to 10,000,000).")
  @Nullable Integer trials;

  @Option(names = "--seed", paramLabel = "N", description = "Overrides the spec's seed.")
  @Nullable Long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many threads run trials: 0 for one per processor. Overrides the spec; changes the"
              + " time a run takes, never its result.")
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
        throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
      }
      progress.step("compiling the plan and " + simulationSpec.arms().size() + " policies");
      Simulation simulation = Simulation.compile(simulationSpec);
      progress.step(
          String.format(
              Locale.ROOT,
              "simulating %,d people x %,d trials x %d policies (%,d element evaluations)",
              simulation.people(),
              simulationSpec.trials(),
              simulationSpec.arms().size(),
              simulation.elementEvaluations()),
          simulation.elementEvaluations() >= LARGE_RUN);
      SimulationResult result = simulation.run();
      List<Path> written = new ArrayList<>();
      if (!histograms.equals("-")) {
        progress.step("writing the histograms");
        written = writeHistograms(file, result);
      }
      progress.done();
      switch (format) {
        case JSON -> okr.out().print(SimulationExports.result(result, ExportFormat.JSON));
        case CSV -> okr.out().print(SimulationExports.result(result, ExportFormat.CSV));
        default -> okr.out().print(result.render());
      }
      // the histograms written are named where they do not mix with data on stdout
      for (int i = 0; i < written.size(); i++) {
        String line =
            "Wrote "
                + written.get(i)
                + ": the score histogram of '"
                + result.arms().get(i).name()
                + "'";
        if (format == OutputFormat.TEXT) {
          okr.out().println(line);
        } else {
          okr.err().println("okr: " + line);
        }
      }
      return Okr.OK;
    }
  }

  private List<Path> writeHistograms(Path file, SimulationResult result) {
    Path folder = Path.of(histograms);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BadInputException(
          "cannot write the histograms to " + folder + ": it is a file; expected a folder");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new BadInputException(
          "cannot write the histograms to "
              + folder
              + ": cannot create the folder ("
              + e.getMessage()
              + ")");
    }
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
      try {
        Files.writeString(
            out,
            SimulationExports.histogram(arm.histogram(), arm.name() + ": scores of people"),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException("cannot write the histogram " + out + ": " + e.getMessage());
      }
      written.add(out);
    }
    return written;
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
