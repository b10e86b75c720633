package org.okrkit.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;

/**
 * The one renderer of explanations: writes an {@link Explanation}, {@link Rule}, {@link Formula} or
 * {@link Input} as text from its data, with every phrase taken from the {@code explanation} {@link
 * Phrasebook} beside this class. The layout (indentation, bullets) is the same in every language;
 * the words, their order and the punctuation around numbers are the table's.
 *
 * <p>Patterns use the phrasebook's placeholders: {@code {name}} is a number as a person reads it,
 * {@code {name:score}} a number as scores are shown (at most three decimals), {@code {@name}} a
 * text and {@code {@name:SEP}} a list of texts joined with {@code SEP}. Texts are produced only
 * when their pattern asks for them. Immutable and thread-safe.
 */
final class Renderer {
  /** The deepest level that is indented further; deeper levels are labelled instead. */
  private static final int MAX_INDENT = 10;

  private static final String[] INDENTS = new String[MAX_INDENT + 1];

  static {
    for (int i = 0; i <= MAX_INDENT; i++) {
      INDENTS[i] = "    ".repeat(i);
    }
  }

  private static final ConcurrentMap<Locale, Renderer> BY_LOCALE = new ConcurrentHashMap<>();
  private static final Renderer ENGLISH = of(Locale.ROOT);

  private final Phrasebook phrases;
  private final Consumer<String> looked;

  /** A renderer that takes its phrases from {@code phrases} and tells {@code looked} each key. */
  Renderer(Phrasebook phrases, Consumer<String> looked) {
    this.phrases = phrases;
    this.looked = looked;
  }

  /** The explanation phrases of {@code locale} (see {@link Phrasebook#load}). */
  static Phrasebook phrasebook(Locale locale) {
    // a lambda of this class, so that the bundle is read from okr-scoring's own module
    return Phrasebook.load("explanation", locale, name -> Renderer.class.getResourceAsStream(name));
  }

  /** The renderer of the English root table. */
  static Renderer english() {
    return ENGLISH;
  }

  /**
   * The renderer of {@code locale}'s table: its own phrases, falling back along its candidates to
   * the English root and never to the JVM's default locale (see {@link Phrasebook}).
   */
  static Renderer of(Locale locale) {
    return BY_LOCALE.computeIfAbsent(locale, l -> new Renderer(phrasebook(l), key -> {}));
  }

  // ---------------------------------------------------------------- explanations

  String explanation(Explanation root) {
    StringBuilder out = new StringBuilder();
    Deque<Explanation> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Explanation e = nodes.pop();
      int depth = depths.pop();
      // deep trees stop indenting at MAX_INDENT and say their level, so output stays linear
      String indent = INDENTS[Math.min(depth, MAX_INDENT)];
      String headline = headline(e);
      if (depth > MAX_INDENT) {
        headline =
            fill("line.deep", Arguments.of().number("level", depth).text("headline", headline));
      }
      out.append(indent).append(depth > 0 ? "- " : "").append(headline).append('\n');
      String inner = indent + (depth > 0 ? "    " : "  ");
      out.append(inner)
          .append(fill("line.rule", Arguments.of().text("rule", rule(e.rule()))))
          .append('\n');
      out.append(inner)
          .append(fill("line.formula", Arguments.of().text("formula", formula(e.formula()))))
          .append('\n');
      if (!e.inputs().isEmpty()) {
        List<String> inputs = new ArrayList<>(e.inputs().size());
        e.inputs().forEach(i -> inputs.add(input(i)));
        out.append(inner)
            .append(fill("line.inputs", Arguments.of().list("inputs", () -> inputs)))
            .append('\n');
      }
      List<Explanation> children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        nodes.push(children.get(i));
        depths.push(depth + 1);
      }
    }
    return out.toString();
  }

  /** {@code KR-partners "Add 20 partners": 0.65, YELLOW, ON_TRACK (weight 1)}. */
  String headline(Explanation e) {

    String subject =
        switch (e.kind()) {
          case OWNER_KPIS, OWNER_OKRS ->
              fill("subject." + e.kind().name(), Arguments.of().text("id", e.id()));
          default -> e.id();
        };
    String result;
    if (e.score().isPresent()) {
      result = fill("result.scored", Arguments.of().number("score", e.score().getAsDouble()));
      if (e.band().isPresent()) {
        String band = phrase("band." + e.band().get().name());
        result = fill("result.band", Arguments.of().text("result", result).text("band", band));
      }
      if (e.status().isPresent()) {
        String status = phrase("status." + e.status().get().name());
        result =
            fill("result.status", Arguments.of().text("result", result).text("status", status));
      }
    } else {
      result = phrase("result.unscored");
    }
    Arguments headline = Arguments.of().text("subject", subject).text("result", result);
    String text =
        e.title().isEmpty()
            ? fill("headline.untitled", headline)
            : fill("headline.titled", headline.text("title", e.title()));
    if (e.weight().isPresent()) {
      text =
          fill(
              "headline.weighted",
              Arguments.of().text("headline", text).number("weight", e.weight().getAsDouble()));
    }
    return text;
  }

  // ---------------------------------------------------------------- rules

  String rule(Rule rule) {
    if (rule instanceof Rule.Strategy s) {

      String text =
          fill(
              "rule.strategy",
              Arguments.of()
                  .text(
                      "strategy",
                      () ->
                          named(
                              s.strategy().toString(),
                              s.strategy().spec().map(StrategySpec::kind),
                              "strategy."))
                  .text("source", () -> source(s)));
      if (s.kpiShare().isPresent()) {
        text =
            fill(
                "rule.strategy.kpiShare",
                Arguments.of()
                    .text("rule", text)
                    .number("percent", s.kpiShare().getAsDouble() * 100));
      }
      return text;
    }
    if (rule instanceof Rule.Objective o) {

      Arguments args = Arguments.of().text("aggregation", aggregation(o.aggregation()));
      String text =
          o.childObjectiveWeight().isPresent()
              ? fill(
                  "rule.objective.children",
                  args.number("weight", o.childObjectiveWeight().getAsDouble()))
              : fill("rule.objective", args);
      if (o.committed()) {
        text =
            fill(
                "rule.objective.committed",
                Arguments.of()
                    .text("rule", text)
                    .text("kind", () -> phrase("objectiveKind.COMMITTED")));
      }
      return text;
    }
    if (rule instanceof Rule.OwnerPart p) {

      return fill(
          p.kpis() ? "rule.ownerKpis" : "rule.ownerOkrs",
          Arguments.of().text("aggregation", aggregation(p.aggregation())));
    }
    Rule.Composite c = (Rule.Composite) rule;
    return fill(
        "rule.composite",
        Arguments.of().number("kpiWeight", c.kpiWeight()).number("okrWeight", c.okrWeight()));
  }

  private String source(Rule.Strategy s) {
    return switch (s.source()) {
      case ELEMENT, TAG -> fill("source." + s.source().name(), Arguments.of().text("key", s.key()));
      case OWNER_LEVEL ->
          fill(
              "source.OWNER_LEVEL", Arguments.of().text("level", () -> phrase("level." + s.key())));
      default -> phrase("source." + s.source().name());
    };
  }

  // ---------------------------------------------------------------- inputs

  String input(Input input) {
    if (input instanceof Input.Actual a) {

      Arguments args = Arguments.of().number("value", a.value());
      return a.date().isPresent()
          ? fill("input.actual.dated", args.text("date", a.date().get().toString()))
          : fill("input.actual", args);
    }
    if (input instanceof Input.Target t) {

      return fill(
          "input.target",
          Arguments.of().text("target", () -> target(t.target())).text("measure", t.measure()));
    }
    if (input instanceof Input.Direction d) {
      String direction = d.direction().name();
      return fill(
          "input.direction",
          Arguments.of().text("direction", () -> phrase("direction." + direction)));
    }
    if (input instanceof Input.Owner owner) {
      return fill("input.owner", Arguments.of().text("id", owner.id()));
    }
    if (input instanceof Input.ObjectiveKind objectiveKind) {
      String kind = objectiveKind.kind().name();
      return fill(
          "input.objectiveKind",
          Arguments.of().text("kind", () -> phrase("objectiveKind." + kind)));
    }
    if (input instanceof Input.Level l) {
      String level = l.level().name();
      return fill("input.level", Arguments.of().text("level", () -> phrase("level." + level)));
    }
    if (input instanceof Input.Progress progress) {
      return fill("input.progress", Arguments.of().number("progress", progress.progress()));
    }
    if (input instanceof Input.ExpectedProgress e) {

      return fill(
          "input.expectedProgress",
          Arguments.of()
              .number("expected", e.expected())
              .number("elapsedDays", (double) e.elapsedDays())
              .number("totalDays", (double) e.totalDays())
              .text("period", e.period().toString())
              .text("pace", () -> pace(e.pace())));
    }
    if (input instanceof Input.SignedProgress signed) {
      return fill("input.signedProgress", Arguments.of().number("progress", signed.progress()));
    }
    if (input instanceof Input.ReportedConfidence c) {
      return fill(
          "input.reportedConfidence",
          Arguments.of().number("confidence", c.confidence()).text("date", c.date().toString()));
    }
    if (input instanceof Input.RolledUpConfidence c) {
      return fill(
          "input.rolledUpConfidence",
          Arguments.of()
              .number("confidence", c.confidence())
              .number("known", (double) c.known())
              .number("parts", (double) c.parts()));
    }
    if (input instanceof Input.StatusBasis basis) {
      StatusRule rule = basis.rule();
      PaceTolerance t = basis.tolerance();
      double share = rule instanceof StatusRule.ShareOnTrack s ? s.share() : 1.0;
      double onTrack;
      double atRisk;
      if (t instanceof PaceTolerance.Ratio r) {
        onTrack = r.onTrack();
        atRisk = r.atRisk();
      } else {
        PaceTolerance.Difference d = (PaceTolerance.Difference) t;
        onTrack = d.onTrack();
        atRisk = d.atRisk();
      }
      Arguments numbers =
          Arguments.of().number("share", share).number("onTrack", onTrack).number("atRisk", atRisk);
      return fill(
          "input.statusBasis",
          Arguments.of()
              .text("rule", () -> fill("statusRule." + rule.kind(), numbers))
              .text("tolerance", () -> fill("paceTolerance." + t.kind(), numbers)));
    }
    String frequency = ((Input.ExpectedInFull) input).frequency().name();
    return fill(
        "input.expectedInFull",
        Arguments.of().text("frequency", () -> phrase("frequency." + frequency)));
  }

  /**
   * A built-in pace with a phrase of its own ({@code pace.linear}) as the table words it; any other
   * pace as its {@code toString()}, which shows its parameters like a formula.
   */
  private String pace(Pace pace) {
    if (pace instanceof PaceSpec spec) {
      String key = "pace." + spec.kind();
      if (phrases.has(key)) {
        // the parameters as toString writes them between its parentheses: 0 -> 0, 1 -> 1
        String written = pace.toString();
        int open = written.indexOf('(');
        String inside =
            open >= 0 && written.endsWith(")")
                ? written.substring(open + 1, written.length() - 1)
                : "";
        return fill(
            key,
            Arguments.of()
                .text(
                    "parameters", () -> inside.replace("power=", phrase("parameter.power") + "=")));
      }
    }
    return pace.toString();
  }

  // ---------------------------------------------------------------- words of tables

  /** The band as the table words it: {@code YELLOW}, {@code 黄色}. */
  String band(Band band) {
    return phrase("band." + band.name());
  }

  /** The status as the table words it: {@code ON_TRACK}, {@code 正常}. */
  String status(Status status) {
    return phrase("status." + status.name());
  }

  // ---------------------------------------------------------------- formulas

  String formula(Formula f) {
    Arguments args = Arguments.of().numbers(f.numbers());
    f.target().ifPresent(t -> args.text("target", () -> target(t)));
    f.date().ifPresent(d -> args.text("date", d.toString()));
    f.text().ifPresent(t -> args.text("text", t));
    f.basis().ifPresent(b -> args.text("basis", () -> formula(b)));
    OptionalDouble result = f.number("result");
    if (result.isPresent()) {
      args.text("answer", () -> phrase(result.getAsDouble() >= 1 ? "answer.yes" : "answer.no"));
    }
    args.list(
        "terms",
        () -> {
          List<String> terms = new ArrayList<>(f.terms().size());
          String key = "term." + f.kind().name();
          for (Formula.Term term : f.terms()) {
            Arguments t = Arguments.of().numbers(term.numbers());
            term.target().ifPresent(target -> t.text("target", () -> target(target)));
            terms.add(fill(key, t));
          }
          return terms;
        });
    String text =
        f.kind() == Formula.Kind.CUSTOM
            ? fillPattern(f.text().orElse(""), args)
            : fill("formula." + f.kind().name(), args);
    for (Formula.Step step : f.steps()) {
      text =
          fill(
              "step." + step.kind().name(),
              Arguments.of().numbers(step.numbers()).text("before", text));
    }
    return text;
  }

  // ---------------------------------------------------------------- targets

  /** The target as {@link Target#describe(Locale)} words it in this renderer's language. */
  String target(Target t) {
    return t.describe(phrases.locale());
  }

  // ---------------------------------------------------------------- built-in names

  /** The parameters a built-in strategy or aggregation shows, as {@code name=value}. */
  private static final List<String> PARAMETERS =
      List.of("cap", "floor", "ceiling", "tolerance", "passMark");

  private String aggregation(Aggregation aggregation) {
    return named(
        aggregation.toString(), aggregation.spec().map(AggregationSpec::kind), "aggregation.");
  }

  /**
   * A built-in strategy or aggregation as its {@code toString} writes it ({@code linear(cap=1,
   * rounded to tenths)}), with its name and parameters in this renderer's phrases ({@code
   * strategy.linear}, {@code parameter.cap}, {@code parameter.roundedToTenths}); a kind the table
   * has no phrase for (a host's own) reads as written.
   */
  private String named(String written, java.util.Optional<String> kind, String prefix) {
    if (kind.isEmpty() || !written.startsWith(kind.get()) || !phrases.has(prefix + kind.get())) {
      return written;
    }
    String rest = written.substring(kind.get().length());
    for (String parameter : PARAMETERS) {
      rest = rest.replace(parameter + "=", phrase("parameter." + parameter) + "=");
    }
    rest = rest.replace("rounded to tenths", phrase("parameter.roundedToTenths"));
    return phrase(prefix + kind.get()) + rest;
  }

  // ---------------------------------------------------------------- patterns

  private String phrase(String key) {
    looked.accept(key);
    return phrases.phrase(key);
  }

  private String fill(String key, Arguments args) {
    looked.accept(key);
    return phrases.fill(key, args);
  }

  private String fillPattern(String pattern, Arguments args) {
    return phrases.fillPattern(pattern, args);
  }
}
