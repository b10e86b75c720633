package org.okrkit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.ProblemException;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PlanTableFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.io.SimulationFiles;
import org.okrkit.simulation.io.SpecFileResolver;
import org.okrkit.simulation.io.SpecKind;
import org.okrkit.simulation.io.WorkforceFiles;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.TableProblem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options every command that scores shares: the plan file, its scoring policy and the date to
 * score at; and how they are read. The rules for the defaults are stated once, here, and shown in
 * every command's help.
 */
final class PlanOptions {
  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec command;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "The plan file: YAML (.yaml, .yml) or JSON (.json), as okr-io/FORMAT.md describes; or a"
              + " folder of plan tables (CSV files, one per table).")
  @Nullable Path file;

  @Option(
      names = "--plan",
      paramLabel = "KEY",
      description =
          "With a folder of plan tables: the plan to read, as TENANT/PLAN (or PLAN when its tenant"
              + " is empty). A folder that holds one plan needs none.")
  @Nullable String plan;

  @Mixin PolicyOptions policy = new PolicyOptions();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = {
        "The date to score at: YYYY-MM-DD, or 'today'. Default: the date of the plan's latest"
            + " check-in, when the figures were last known, so that the result depends on the file"
            + " alone and is the same on every machine and every day; a plan without check-ins is"
            + " scored as of the first day of its period."
      })
  @Nullable String asOf;

  /** The plan file as given. */
  Path file() {
    if (file == null) {
      throw new IllegalStateException("picocli left the required FILE unset");
    }
    return file;
  }

  /**
   * Reads the plan and its policy and settles the date, announcing each step on {@code progress}.
   *
   * @throws org.okrkit.io.PlanFileException if the plan or the policy file is invalid
   * @throws BadInputException if a file cannot be read
   * @throws ParameterException if the options contradict each other or the date is not one
   */
  Inputs load(Progress progress, Clock clock) {
    policy.check(progress.texts());
    // the date is checked before anything is read, so that a typo fails at once
    Optional<LocalDate> given = givenDate(clock, progress.texts());
    Plan plan = readPlan(file(), this.plan, progress);
    PolicyOptions.Chosen chosen = policy.choose(file(), progress);
    ScoringPolicy scoring = chosen.policy();
    String policySource = chosen.source();

    LocalDate date;
    String dateSource;
    if (given.isPresent()) {
      date = given.get();
      dateSource = "today".equalsIgnoreCase(asOf) ? "asOf.today" : "asOf.given";
    } else {
      Optional<LocalDate> latest = latestCheckIn(plan);
      if (latest.isPresent()) {
        date = latest.get();
        dateSource = "asOf.latestCheckIn";
      } else {
        date = plan.period().start();
        dateSource = "asOf.periodStart";
      }
    }
    return new Inputs(file(), plan, scoring, policySource, date, dateSource, progress.texts());
  }

  /** The date of the latest check-in of {@code plan}, the day its figures were last known. */
  static Optional<LocalDate> latestCheckIn(Plan plan) {
    LocalDate latest = null;
    for (CheckIn c : plan.checkIns()) {
      if (latest == null || c.date().isAfter(latest)) {
        latest = c.date();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Reads a plan file, turning the ways a file cannot be read into {@link BadInputException}s. */
  static Plan readPlan(Path file, Progress progress) {
    return readPlan(file, null, progress);
  }

  /**
   * Reads a plan file, or the plan {@code key} of a folder of plan tables ({@code TENANT/PLAN}, or
   * {@code PLAN} for an empty tenant; null for a folder of one plan), turning the ways it cannot be
   * read into {@link BadInputException}s and {@link TablesInvalidException}s.
   */
  static Plan readPlan(Path file, @Nullable String key, Progress progress) {
    if (Files.isDirectory(file)) {
      announce(progress, "step.readingTables", file);
      return readTables(file, key);
    }
    if (key != null) {
      throw new BadInputException(
          texts ->
              texts.get("tables.planNeedsFolder", Arguments.of().text("file", file.toString())));
    }
    announce(progress, "step.readingPlan", file);
    try {
      return PlanFiles.read(file);
    } catch (IOException e) {
      throw unreadable("file.plan", file, e);
    }
  }

  /** The plan {@code key} (null: the only one) of the folder of plan tables {@code folder}. */
  static Plan readTables(Path folder, @Nullable String key) {
    AssembledPlans tables = PlanTableFiles.read(folder);
    if (key == null) {
      if (!tables.isClean()) {
        throw new TablesInvalidException(folder, tables.problems());
      }
      if (tables.plans().size() != 1) {
        List<String> keys = tables.plans().keySet().stream().map(PlanOptions::key).toList();
        throw new BadInputException(
            texts ->
                texts.get(
                    tables.plans().isEmpty() ? "tables.noPlan" : "tables.choosePlan",
                    Arguments.of()
                        .text("folder", folder.toString())
                        .list("keys", keys)
                        .number("count", keys.size())));
      }
      return tables.plans().values().iterator().next();
    }
    PlanKey wanted = planKey(key);
    List<TableProblem> problems = new ArrayList<>(tables.generalProblems());
    problems.addAll(tables.problemsByKey().get(wanted));
    if (!problems.isEmpty()) {
      throw new TablesInvalidException(folder, problems);
    }
    Optional<Plan> plan = tables.plan(wanted);
    if (plan.isEmpty()) {
      List<String> keys = tables.plans().keySet().stream().map(PlanOptions::key).toList();
      throw new BadInputException(
          texts ->
              texts.get(
                  "tables.unknownPlan",
                  Arguments.of()
                      .text("folder", folder.toString())
                      .text("key", key)
                      .list("keys", keys)
                      .number("count", keys.size())));
    }
    return plan.get();
  }

  /** {@code TENANT/PLAN} as a key; a text without a slash is a plan of the empty tenant. */
  static PlanKey planKey(String text) {
    int slash = text.indexOf('/');
    return slash < 0
        ? PlanKey.of("", text)
        : PlanKey.of(text.substring(0, slash), text.substring(slash + 1));
  }

  /** A key as {@code --plan} takes it: {@code TENANT/PLAN}, or {@code PLAN} for an empty tenant. */
  static String key(PlanKey key) {
    return key.tenant().isEmpty() ? key.plan() : key.toString();
  }

  /**
   * Reads a policy file, turning the ways a file cannot be read into {@link BadInputException}s.
   */
  static ScoringPolicy readPolicy(Path file, Progress progress) {
    announce(progress, "step.readingPolicy", file);
    try {
      return PolicyFiles.read(file);
    } catch (IOException e) {
      throw unreadable("file.policy", file, e);
    }
  }

  /** Reads a simulation spec file, as bad input when it cannot be read. */
  static SimulationSpec readSpec(Path file, Progress progress) {
    announce(progress, "step.readingSpec", file);
    try {
      // the user may name any file they can read, here or elsewhere; a root is in no folder
      Path absolute = file.toAbsolutePath();
      Path folder = absolute.getParent();
      return SimulationFiles.read(
          file,
          ReadLimits.defaults(),
          SpecFileResolver.anyPath(folder == null ? absolute : folder));
    } catch (IOException e) {
      throw unreadable("file.spec", file, e);
    }
  }

  /** What a simulation spec file holds, from its kind. */
  static SpecKind specKind(Path file) {
    try {
      return SimulationFiles.kind(file);
    } catch (IOException e) {
      throw unreadable("file.spec", file, e);
    }
  }

  static WorkforceSpec readWorkforce(Path file, Progress progress) {
    announce(progress, "step.readingWorkforce", file);
    try {
      // the user may name any file they can read, here or elsewhere; a root is in no folder
      Path absolute = file.toAbsolutePath();
      Path folder = absolute.getParent();
      return WorkforceFiles.read(
          file,
          ReadLimits.defaults(),
          SpecFileResolver.anyPath(folder == null ? absolute : folder));
    } catch (IOException e) {
      throw unreadable("file.spec", file, e);
    }
  }

  private static void announce(Progress progress, String step, Path file) {
    long size = -1;
    try {
      size = Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      // reading reports what is wrong with the file
    }
    Texts texts = progress.texts();
    String sized = size >= 0 ? ".sized" : "";
    progress.step(
        texts.get(
            step + sized,
            Arguments.of()
                .text("file", file.toString())
                .text("size", size >= 0 ? Progress.size(size, texts) : "")),
        size >= Progress.LARGE_BYTES);
  }

  /**
   * A policy that names ids or tags the plan lacks, as bad input naming both files: the reasons the
   * library gives, in the language of the message (the library's own sentence names the plan by its
   * {@code toString}; the files name it better here).
   */
  static BadInputException misfit(PolicyException e, Plan plan, String policy, Path file) {
    return new BadInputException(
        texts -> {
          List<String> why = new ArrayList<>();
          if (e.code().equals(PolicyException.MISFIT)) {
            for (ProblemException reason : e.reasons()) {
              why.add(reason.message(texts.locale()));
            }
          } else {
            why.add(e.message(texts.locale()));
          }
          return texts.get(
              "policy.misfit",
              Arguments.of().text("policy", policy).text("file", file.toString()).list("why", why));
        });
  }

  private static BadInputException unreadable(String what, Path file, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "io.noSuchFile";
    } else if (e instanceof AccessDeniedException) {
      why = "io.permissionDenied";
    } else if (Files.isDirectory(file)) {
      why = "io.isDirectory";
    } else {
      why = "";
    }
    String detail = String.valueOf(e.getMessage());
    return new BadInputException(
        texts ->
            texts.get(
                "io.cannotRead",
                Arguments.of()
                    .text("what", texts.get(what))
                    .text("file", file.toString())
                    .text("why", why.isEmpty() ? detail : texts.get(why))));
  }

  private Optional<LocalDate> givenDate(Clock clock, Texts texts) {
    return asOf == null
        ? Optional.empty()
        : Optional.of(date("--as-of", asOf, clock, spec(), texts));
  }

  /**
   * A date given to an option: {@code YYYY-MM-DD}, or {@code today}, the date of {@code clock}.
   *
   * @throws ParameterException naming the option when the value is not a date
   */
  static LocalDate date(
      String option, String value, Clock clock, CommandSpec command, Texts texts) {
    if (value.equalsIgnoreCase("today")) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          command.commandLine(),
          texts.get(
              "option.date.invalid", Arguments.of().text("option", option).text("value", value)));
    }
  }

  private CommandSpec spec() {
    if (command == null) {
      throw new IllegalStateException("picocli left the command spec unset");
    }
    return command;
  }

  /** A file's name without its format's extension: {@code marketing} for {@code marketing.yaml}. */
  static String stem(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".yaml", ".yml", ".json")) {
      if (lower.endsWith(ext)) {
        return text.substring(0, text.length() - ext.length());
      }
    }
    return text;
  }

  /** The plan, policy and date a command works with, and where each came from. */
  static final class Inputs {
    final Path file;
    final Plan plan;
    final ScoringPolicy policy;
    final String policySource;
    final LocalDate asOf;
    final String asOfSource;
    final Texts texts;

    Inputs(
        Path file,
        Plan plan,
        ScoringPolicy policy,
        String policySource,
        LocalDate asOf,
        String asOfSourceKey,
        Texts texts) {
      this.file = file;
      this.plan = plan;
      this.policy = policy;
      this.policySource = policySource;
      this.asOf = asOf;
      this.asOfSource = texts.get(asOfSourceKey);
      this.texts = texts;
    }

    /**
     * Scores the plan, announcing the step.
     *
     * @throws BadInputException if the policy names ids or tags the plan does not have
     */
    Scorecard score(Progress progress) {
      int elements = plan.objectives().size() + plan.keyResults().size() + plan.kpis().size();
      progress.step(
          "step.scoring",
          Arguments.of().number("elements", elements).text("asOf", asOf.toString()));
      try {
        return policy.score(plan, asOf);
      } catch (PolicyException e) {
        throw misfit(e, plan, policySource, file);
      }
    }

    /**
     * The sentence that says which policy and date the results rest on, for text output: the phrase
     * {@code key} ({@code basis.scoredUnder}: "Scored under"), filled with the policy, the date and
     * why it was chosen.
     */
    String basis(String key) {
      return texts.get(
          key,
          Arguments.of()
              .text("policy", policySource)
              .text("asOf", asOf.toString())
              .text("source", asOfSource));
    }
  }
}
