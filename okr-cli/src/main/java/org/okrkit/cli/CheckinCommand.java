package org.okrkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Element;
import org.okrkit.core.Numbers;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Problem;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.CheckInLogs;
import org.okrkit.io.RecordFormat;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.Scorecard;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code okr checkin}: one check-in appended to the plan's check-in log, checked against the plan
 * and its logs under the log's lock, so that the plan file itself is never rewritten.
 */
@Command(
    name = "checkin",
    mixinStandardHelpOptions = true,
    header = "Records a check-in: appends one line to the plan's check-in log.",
    description = {
      "Records the value of a key result or KPI on a date (or a milestone done) by appending one"
          + " line to the plan's check-in log, never to the plan file: the log beside the plan"
          + " (PLAN.checkins.csv or .jsonl for PLAN.yaml; a CSV one is made when there is none), or"
          + " --log, one the plan names. The check-in is checked against the plan with its logs as"
          + " they are, while the log is locked against other okr checkins: an unknown id, a date"
          + " outside the period, a value that is not a finite number or a milestone the target"
          + " lacks is refused with exit code 2, and nothing is written. Then it prints the"
          + " element's score as of the check-in's date.",
      ""
    })
final class CheckinCommand implements Callable<Integer> {
  /**
   * A number as people type one: {@code 13}, {@code -0.5}, {@code 1e3}; no thousands separators.
   */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The plan file: YAML (.yaml, .yml) or JSON (.json).")
  @Nullable Path file;

  @Parameters(
      index = "1",
      paramLabel = "ID",
      description = "The id of the key result or KPI the check-in reports on.")
  @Nullable String id;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "VALUE",
      description =
          "The value observed, in the measure's unit: a number such as 13 or 0.65. Leave it out"
              + " with --done or --not-done.")
  @Nullable String value;

  /** A milestone reported, done or not: instead of a value. */
  static final class MilestoneReport {
    @Option(
        names = "--done",
        paramLabel = "MILESTONE",
        description = "Reports the milestone of a milestone target done, instead of a VALUE.")
    @Nullable String done;

    @Option(
        names = "--not-done",
        paramLabel = "MILESTONE",
        description = "Reports the milestone not (or no longer) done, instead of a VALUE.")
    @Nullable String notDone;
  }

  @ArgGroup(exclusive = true)
  @Nullable MilestoneReport milestone;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "The day of the observation: YYYY-MM-DD, or 'today'. Default: today.")
  @Nullable String date;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      description = "How confident the reporter is of reaching the target, from 0 to 1.")
  @Nullable String confidence;

  @Option(names = "--note", paramLabel = "TEXT", description = "A comment.")
  @Nullable String note;

  @Option(names = "--author", paramLabel = "NAME", description = "Who reports the value.")
  @Nullable String author;

  @Option(
      names = "--correction",
      description =
          "Corrects the value recorded for the element (and milestone) on the date, rather than"
              + " adding an observation.")
  boolean correction;

  @Option(
      names = "--log",
      paramLabel = "LOG",
      description =
          "The check-in log to append to: the one beside the plan, or one its checkInLogs names."
              + " Default: the log beside the plan, made as PLAN.checkins.csv when there is none.")
  @Nullable Path log;

  @Mixin PolicyOptions policy = new PolicyOptions();

  @Override
  public Integer call() throws IOException {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path file = this.file;
    String id = this.id;
    if (okr == null || spec == null || file == null || id == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    policy.check(okr.texts());
    // everything typed is checked before a file is read, so that a typo fails at once
    CheckIn checkIn = checkIn(spec, okr, id);
    if (java.nio.file.Files.isDirectory(file)) {
      throw new BadInputException(
          texts -> texts.get("checkin.tables", Arguments.of().text("folder", file.toString())));
    }
    try (Progress progress = okr.progress(spec)) {
      Plan plan = PlanOptions.readPlan(file, progress);
      Optional<Element> element = plan.element(id);
      if (element.isEmpty() || plan.structure().indexOfMeasured(id) < 0) {
        throw unknown(plan, file, id, element.isPresent());
      }
      Path target = log != null ? log : defaultLog(file);
      progress.step("step.appending", Arguments.of().text("file", target.toString()));
      CheckInLogs.Appended appended;
      try {
        appended = CheckInLogs.append(file, target, checkIn);
      } catch (PlanValidationException e) {
        throw refused(e, file);
      } catch (org.okrkit.io.PlanFileException e) {
        // a plan or log that cannot be read is reported problem by problem, as every command does
        throw e;
      } catch (IllegalArgumentException e) {
        throw new BadInputException(
            t ->
                t.get(
                    "checkin.nothingWritten",
                    Arguments.of().text("why", BadInputException.why(e, t))));
      }
      PolicyOptions.Chosen chosen = policy.choose(file, progress);
      Scorecard card;
      try {
        card = chosen.policy().score(appended.plan(), checkIn.date());
      } catch (PolicyException e) {
        throw PlanOptions.misfit(e, appended.plan(), chosen.source(), file);
      }
      progress.done();
      PrintWriter out = okr.out();
      Texts texts = okr.texts();
      out.println(
          texts.get(
              appended.appended() ? "checkin.recorded" : "checkin.alreadyRecorded",
              Arguments.of()
                  .text("checkIn", describe(checkIn, texts))
                  .text("log", appended.log().toString())));
      ElementScore s = card.element(id).orElseThrow();
      List<String> result = new ArrayList<>();
      result.add(
          s.score().isPresent()
              ? Numbers.rounded(s.score().getAsDouble(), 3)
              : texts.get("checkin.unscored"));
      s.band().ifPresent(b -> result.add(texts.get("band." + b.name())));
      s.status().ifPresent(st -> result.add(texts.get("status." + st.name())));
      out.println(
          texts.get(
              "checkin.score",
              Arguments.of()
                  .text("id", id)
                  .text("date", checkIn.date().toString())
                  .list("result", result)
                  .text("policy", chosen.source())));
      out.flush();
      return Okr.OK;
    }
  }

  /** The check-in the arguments describe. */
  private CheckIn checkIn(CommandSpec spec, Okr okr, String id) {
    String done = milestone == null ? null : milestone.done;
    String notDone = milestone == null ? null : milestone.notDone;
    String reported = done != null ? done : notDone;
    Texts texts = okr.texts();
    if (reported != null && value != null) {
      throw new ParameterException(
          spec.commandLine(),
          texts.get(
              "checkin.valueAndMilestone",
              Arguments.of().text("value", String.valueOf(value)).text("milestone", reported)));
    }
    if (reported == null && value == null) {
      throw new ParameterException(spec.commandLine(), texts.get("checkin.missingValue"));
    }
    LocalDate day =
        date == null
            ? LocalDate.now(okr.clock())
            : PlanOptions.date("--date", date, okr.clock(), spec, texts);
    CheckIn.Builder b = CheckIn.builder().elementId(id).date(day);
    if (reported != null) {
      b.milestone(reported).value(done != null ? 1 : 0);
    } else {
      b.value(number(spec, "VALUE", String.valueOf(value), texts));
    }
    if (confidence != null) {
      b.confidence(number(spec, "--confidence", confidence, texts));
    }
    if (note != null) {
      b.note(note);
    }
    if (author != null) {
      b.author(author);
    }
    return b.correction(correction).build();
  }

  /**
   * A number as people type one on a command line ({@code 13}, {@code -0.5}, {@code 1e3}; no
   * thousands separators, no NaN or infinity spelled out); empty when the text is none. It may be
   * too large to be finite.
   */
  static OptionalDouble number(String text) {
    String t = text.trim();
    return NUMBER.matcher(t).matches()
        ? OptionalDouble.of(Double.parseDouble(t))
        : OptionalDouble.empty();
  }

  private static double number(CommandSpec spec, String what, String text, Texts texts) {
    OptionalDouble parsed = number(text);
    double v = parsed.orElse(Double.NaN);
    if (!Double.isFinite(v)) {
      String key =
          (what.startsWith("--") ? "checkin.option" : "checkin.parameter")
              + (parsed.isPresent() ? ".notFinite" : ".notNumber");
      throw new ParameterException(
          spec.commandLine(), texts.get(key, Arguments.of().text("what", what).text("text", text)));
    }
    return v;
  }

  /** The log beside the plan, or the CSV one to make when there is none. */
  private static Path defaultLog(Path plan) {
    List<Path> beside = CheckInLogs.besidePlan(plan);
    return beside.size() == 1 ? beside.get(0) : CheckInLogs.besidePlan(plan, RecordFormat.CSV);
  }

  /** The model's refusal, in the command's words: what, in which argument, and that nothing was. */
  private static BadInputException refused(PlanValidationException e, Path file) {
    return new BadInputException(
        texts ->
            texts.get(
                "checkin.refused",
                Arguments.of().text("file", file.toString()).list("reasons", reasons(e, texts))));
  }

  /** Each problem of the refused check-in, after the argument it concerns. */
  private static List<String> reasons(PlanValidationException e, Texts texts) {
    List<String> reasons = new ArrayList<>();
    for (Problem p : e.problems()) {
      String path = p.location().toString();
      int dot = path.indexOf('.');
      String field = dot < 0 ? "" : path.substring(dot + 1);
      String argument =
          switch (field) {
            case "element" -> "ID";
            case "date" -> "--date";
            case "value" -> "VALUE";
            case "milestone" -> "--done";
            case "confidence" -> "--confidence";
            case "note" -> "--note";
            case "author" -> "--author";
            case "correction" -> "--correction";
            default -> field;
          };
      reasons.add((argument.isEmpty() ? "" : argument + ": ") + p.message(texts.locale()));
    }
    return reasons;
  }

  private static BadInputException unknown(Plan plan, Path file, String id, boolean notMeasured) {
    Arguments where = Arguments.of().text("file", file.toString()).text("id", id);
    if (notMeasured) {
      return new BadInputException("checkin.notMeasured", where);
    }
    List<String> ids = new ArrayList<>();
    plan.keyResults().forEach(k -> ids.add(k.id()));
    plan.kpis().forEach(k -> ids.add(k.id()));
    return new BadInputException(
        texts ->
            texts.get("unknown.measured", where)
                + Suggestions.suffix(texts, id, ids, 20)
                + texts.get("checkin.nothingWrittenSuffix"));
  }

  /** {@code KR-partners 15 on 2026-06-10 (confidence 0.8, by ana)}. */
  private static String describe(CheckIn c, Texts texts) {
    Arguments arguments =
        Arguments.of().text("id", c.elementId()).text("date", c.date().toString());
    String what;
    if (c.milestone().isPresent()) {
      arguments.text("milestone", c.milestone().get());
      what = c.value() == 1 ? "checkin.milestoneDone" : "checkin.milestoneNotDone";
    } else {
      arguments.text("value", Numbers.plain(c.value()));
      what = "checkin.value";
    }
    List<String> more = new ArrayList<>();
    if (c.correction()) {
      more.add(texts.get("checkin.correction"));
    }
    c.confidence()
        .ifPresent(
            v ->
                more.add(
                    texts.get(
                        "checkin.confidence", Arguments.of().text("value", Numbers.plain(v)))));
    c.author()
        .ifPresent(a -> more.add(texts.get("checkin.author", Arguments.of().text("name", a))));
    c.note().ifPresent(n -> more.add(texts.get("checkin.note", Arguments.of().text("note", n))));
    String text = texts.get(what, arguments);
    return more.isEmpty()
        ? text
        : texts.get(
            "checkin.withDetails", Arguments.of().text("checkIn", text).list("details", more));
  }
}
