package org.okrkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.FileProblem;
import org.okrkit.io.PlanFileException;
import org.okrkit.tables.TableProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code okr} command-line tool: validates, scores, explains, checks the alignment of, and
 * reports on plans kept in JSON or YAML files, and runs simulation specs that compare scoring
 * policies or follow a workforce over the years.
 *
 * <pre>
 * okr validate FILE [--policy FILE]
 * okr score    FILE [--policy FILE] [--as-of DATE] [--format text|json|csv|md]
 * okr explain  FILE ID [--policy FILE] [--as-of DATE]
 * okr align    FILE [--policy FILE] [--as-of DATE]
 * okr report   FILE --html OUT [--policy FILE] [--as-of DATE]
 * okr simulate SPEC [--format text|json|csv] [--histograms DIR] [--trials N | --replications N
 *                   --periods N] [--seed N] [--threads N]
 * okr history  FILE [ID] [--policy FILE] [--as-of DATE] [--format text|json|csv|md]
 * okr init     [--template team|company] [--period PERIOD] FILE
 * okr checkin  FILE ID [VALUE] [--done MILESTONE] [--date DATE] [--confidence C] [--note TEXT] [--author NAME]
 * okr rollover FILE [--to PERIOD] [--keep ID...] [--retire ID...] [--weight KPI=W...] [--contribution KPI:KR=W...] --out NEXT
 * okr diff     BEFORE AFTER [--format text|json|csv|md]
 * okr calibrate FILE... [--periods N] [--format text|json|csv|md]
 * </pre>
 *
 * <p>Results go to stdout; problems, and progress on work that takes more than a moment, go to
 * stderr. Exit codes: {@link #OK} 0, {@link #FINDINGS} 1 when the alignment analysis finds problems
 * at ERROR severity ({@code align} and {@code report}), {@link #BAD_INPUT} 2 for a file that cannot
 * be read or is invalid, an unknown id or a usage error, and {@link #INTERNAL_ERROR} 3 for a bug in
 * okr (with its stack trace).
 */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Scores OKR and KPI plans kept in YAML or JSON files, explains the scores, checks how the KPIs"
          + " align with the key results they serve, writes an HTML report, and simulates"
          + " scoring policies: compared on the same people, or acted on over the years;"
          + " records check-ins in a log beside the plan, shows the scores over time, and"
          + " rolls a plan into the next period.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      AlignCommand.class,
      ReportCommand.class,
      HistoryCommand.class,
      SimulateCommand.class,
      InitCommand.class,
      CheckinCommand.class,
      RolloverCommand.class,
      DiffCommand.class,
      CalibrateCommand.class,
      ConvertCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  the alignment analysis found problems at ERROR severity (align, report)",
      "  2  bad input or usage: a file that cannot be read or is invalid (each",
      "     problem on stderr as file:line:col: path: message), an unknown id, a",
      "     wrong option",
      "  3  a bug in okr; the stack trace is on stderr",
      "",
      "Try: okr score okr-examples/plans/marketing.yaml"
    })
public final class Okr implements Callable<Integer> {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: the alignment analysis found problems at ERROR severity. */
  public static final int FINDINGS = 1;

  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit code: a bug in okr. */
  public static final int INTERNAL_ERROR = 3;

  private static final int LISTED_PROBLEMS = 100;

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      description =
          "When to tell on stderr what okr is doing: auto (steps that take more than a second, or"
              + " read a file of 1 MB or more), always, or never. Default: auto.")
  String progress = "auto";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      converter = LanguageConverter.class,
      description =
          "The language okr speaks: en or zh-CN (Simplified Chinese). Default: the language of"
              + " LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 speaks Chinese), else English. Files,"
              + " JSON and CSV are the same in every language.")
  @Nullable Locale lang;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Texts texts;

  Okr(PrintWriter out, PrintWriter err, Clock clock, Locale locale) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.texts = Texts.of(locale);
  }

  /** Runs {@code okr} with the command line's arguments and exits with its exit code. */
  public static void main(String[] args) {
    Charset charset = consoleCharset();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset));
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code okr} with {@code args}, writing results to {@code out} and problems and progress to
   * {@code err}, and returns the exit code. Both writers are flushed, never closed. The date {@code
   * --as-of today} stands for is read from the system clock in the default time zone; the language,
   * unless {@code --lang} gives it, from the environment's {@code LC_ALL}, {@code LC_MESSAGES} or
   * {@code LANG} (never from the JVM's default locale).
   */
  // a person's "today" is the date where they are: the one place okr reads the default zone
  @SuppressWarnings("JavaTimeDefaultTimeZone")
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemDefaultZone(), System.getenv(), out, err, args);
  }

  /**
   * {@link #run(PrintWriter, PrintWriter, String...)} with the clock that {@code today} reads and
   * the environment that chooses the language.
   */
  static int run(
      Clock clock, Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    Locale locale =
        Language.given(args).flatMap(Language::of).orElseGet(() -> Language.fromEnvironment(env));
    CommandLine cli =
        new CommandLine(new Okr(out, err, clock, locale))
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(Okr::usageError)
            .setExecutionExceptionHandler(Okr::failure);
    Help.translate(cli, locale);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code okr} alone: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    err.println(texts.get("okr.whichCommand"));
    err.print(spec().commandLine().getUsageMessage());
    return BAD_INPUT;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Clock clock() {
    return clock;
  }

  /** What okr says, in its language. */
  Texts texts() {
    return texts;
  }

  /** The language okr speaks: {@link Locale#ROOT} for English. */
  Locale locale() {
    return texts.locale();
  }

  /**
   * A new progress reporter on stderr, as {@code --progress} says.
   *
   * @throws ParameterException if {@code --progress} has an unknown value
   */
  Progress progress(CommandSpec command) {
    for (Progress.When when : Progress.When.values()) {
      if (when.name().equalsIgnoreCase(progress)) {
        return new Progress(err, when, texts);
      }
    }
    throw new ParameterException(
        command.commandLine(),
        texts.get("option.progress.invalid", Arguments.of().text("value", progress)));
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli left the command spec unset");
    }
    return spec;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    Texts texts = texts(cmd);
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + Help.parserMessage(e, texts));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(
        texts.get("usage.synopsis", Arguments.of().text("synopsis", cmd.getHelp().synopsis(0))));
    err.println(texts.get("usage.tryHelp", Arguments.of().text("command", name)));
    return BAD_INPUT;
  }

  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Texts texts = texts(cmd);
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof PlanFileException planFileException) {
      // compiler style: one problem a line, file:line:col: path: message, then what it amounts to
      List<FileProblem> problems = planFileException.problems();
      for (FileProblem p : problems.subList(0, Math.min(problems.size(), LISTED_PROBLEMS))) {
        err.println(p.render(texts.locale()));
      }
      if (problems.size() > LISTED_PROBLEMS) {
        err.println(
            texts.get(
                "problems.more", Arguments.of().number("more", problems.size() - LISTED_PROBLEMS)));
      }
      Arguments summary =
          Arguments.of()
              .text("what", what(planFileException.what(), texts))
              .text("count", texts.count(problems.size(), "problem"));
      planFileException.file().ifPresent(f -> summary.text("file", f));
      err.println(
          name
              + ": "
              + texts.get(
                  planFileException.file().isPresent()
                      ? "problems.invalidFile"
                      : "problems.invalid",
                  summary));
      return BAD_INPUT;
    }
    if (e instanceof TablesInvalidException tables) {
      List<TableProblem> problems = tables.problems();
      for (TableProblem p : problems.subList(0, Math.min(problems.size(), LISTED_PROBLEMS))) {
        err.println(p.render(texts.locale()));
      }
      if (problems.size() > LISTED_PROBLEMS) {
        err.println(
            texts.get(
                "problems.more", Arguments.of().number("more", problems.size() - LISTED_PROBLEMS)));
      }
      err.println(
          name
              + ": "
              + texts.get(
                  "problems.invalidTables",
                  Arguments.of()
                      .text("folder", tables.folder().toString())
                      .text("count", texts.count(problems.size(), "problem"))));
      return BAD_INPUT;
    }
    if (e instanceof BadInputException bad) {
      err.println(name + ": " + bad.message(texts));
      return BAD_INPUT;
    }
    err.println(name + ": " + texts.get("okr.internalError"));
    e.printStackTrace(err);
    return INTERNAL_ERROR;
  }

  /**
   * What a file held, as a {@link PlanFileException} names it, in the language of {@code texts}.
   */
  private static String what(String what, Texts texts) {
    return switch (what) {
      case "plan" -> texts.get("file.plan");
      case "scoring policy" -> texts.get("file.policy");
      case "simulation spec" -> texts.get("file.spec");
      case "workforce spec" -> texts.get("file.workforce");
      default -> what;
    };
  }

  /** The texts of the {@code okr} command at the root of {@code cmd}'s hierarchy. */
  private static Texts texts(CommandLine cmd) {
    CommandLine root = cmd;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root.getCommand() instanceof Okr okr ? okr.texts : Texts.of(Locale.ROOT);
  }

  /** Reads {@code --lang}: English ({@link Locale#ROOT}) or Simplified Chinese. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return Language.of(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'"
                          + value
                          + "' is not a language okr speaks; expected "
                          + Language.CHOICES));
    }
  }

  private static Charset consoleCharset() {
    // Java 19 and later name the console's encoding; before, UTF-8 is the likeliest
    String name = System.getProperty("stdout.encoding");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The version of okrkit, from the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {
        "okr " + version() + " (okrkit), Java " + System.getProperty("java.version")
      };
    }

    static String version() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Okr.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return p.getProperty("version", "unknown");
    }
  }
}
