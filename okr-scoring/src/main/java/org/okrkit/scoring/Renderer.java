package org.okrkit.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Milestone;
import org.okrkit.core.Numbers;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.Display;

/**
 * The one renderer of explanations: writes an {@link Explanation}, {@link Rule}, {@link Formula} or
 * {@link Input} as text from its data, with every phrase taken from a {@link Phrases} table. The
 * layout (indentation, bullets) is the same in every language; the words, their order and the
 * punctuation around numbers are the table's.
 *
 * <p>A pattern holds placeholders: {@code {name}} is a number as a person reads it ({@link
 * Numbers#readable}), {@code {name:score}} a number as scores are shown ({@link Display#score}),
 * {@code {@name}} a text and {@code {@name:SEP}} a list of texts joined with {@code SEP}. A
 * placeholder whose text the renderer does not have is kept as written; a number it does not have
 * reads as the {@code number.none} phrase. Texts are produced only when their pattern asks for them.
 * Immutable and thread-safe.
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

  private final Function<String, @Nullable String> phrases;
  private final ConcurrentMap<String, Part[]> parsed = new ConcurrentHashMap<>();

  /** A renderer that takes its phrases from {@code phrases}, which returns null for a missing key. */
  Renderer(Function<String, @Nullable String> phrases) {
    this.phrases = phrases;
  }

  /** The renderer of the English root table. */
  static Renderer english() {
    return ENGLISH;
  }

  /**
   * The renderer of {@code locale}'s table: its own phrases, falling back along its candidates to
   * the English root and never to the JVM's default locale (see {@link Phrases}).
   */
  static Renderer of(Locale locale) {
    return BY_LOCALE.computeIfAbsent(locale, l -> new Renderer(Phrases.table(l)::get));
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
        headline = fill("line.deep", new Args().number("level", depth).text("headline", headline));
      }
      out.append(indent).append(depth > 0 ? "- " : "").append(headline).append('\n');
      String inner = indent + (depth > 0 ? "    " : "  ");
      out.append(inner).append(fill("line.rule", new Args().text("rule", rule(e.rule())))).append('\n');
      out.append(inner)
          .append(fill("line.formula", new Args().text("formula", formula(e.formula()))))
          .append('\n');
      if (!e.inputs().isEmpty()) {
        List<String> inputs = new ArrayList<>(e.inputs().size());
        e.inputs().forEach(i -> inputs.add(input(i)));
        out.append(inner).append(fill("line.inputs", new Args().list("inputs", () -> inputs))).append('\n');
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
    String subject;
    switch (e.kind()) {
      case OWNER_KPIS:
      case OWNER_OKRS:
        subject = fill("subject." + e.kind().name(), new Args().text("id", e.id()));
        break;
      default:
        subject = e.id();
    }
    String result;
    if (e.score().isPresent()) {
      result = fill("result.scored", new Args().number("score", e.score().getAsDouble()));
      if (e.band().isPresent()) {
        String band = phrase("band." + e.band().get().name());
        result = fill("result.band", new Args().text("result", result).text("band", band));
      }
      if (e.status().isPresent()) {
        String status = phrase("status." + e.status().get().name());
        result = fill("result.status", new Args().text("result", result).text("status", status));
      }
    } else {
      result = phrase("result.unscored");
    }
    Args headline = new Args().text("subject", subject).text("result", result);
    String text =
        e.title().isEmpty()
            ? fill("headline.untitled", headline)
            : fill("headline.titled", headline.text("title", e.title()));
    if (e.weight().isPresent()) {
      text = fill("headline.weighted", new Args().text("headline", text).number("weight", e.weight().getAsDouble()));
    }
    return text;
  }

  // ---------------------------------------------------------------- rules

  String rule(Rule rule) {
    if (rule instanceof Rule.Strategy) {
      Rule.Strategy s = (Rule.Strategy) rule;
      String text =
          fill("rule.strategy", new Args().text("strategy", s.strategy().toString()).text("source", () -> source(s)));
      if (s.kpiShare().isPresent()) {
        text =
            fill(
                "rule.strategy.kpiShare",
                new Args().text("rule", text).number("percent", s.kpiShare().getAsDouble() * 100));
      }
      return text;
    }
    if (rule instanceof Rule.Objective) {
      Rule.Objective o = (Rule.Objective) rule;
      Args args = new Args().text("aggregation", o.aggregation().toString());
      String text =
          o.childObjectiveWeight().isPresent()
              ? fill("rule.objective.children", args.number("weight", o.childObjectiveWeight().getAsDouble()))
              : fill("rule.objective", args);
      if (o.committed()) {
        text =
            fill(
                "rule.objective.committed",
                new Args().text("rule", text).text("kind", () -> phrase("objectiveKind.COMMITTED")));
      }
      return text;
    }
    if (rule instanceof Rule.OwnerPart) {
      Rule.OwnerPart p = (Rule.OwnerPart) rule;
      return fill(p.kpis() ? "rule.ownerKpis" : "rule.ownerOkrs", new Args().text("aggregation", p.aggregation().toString()));
    }
    Rule.Composite c = (Rule.Composite) rule;
    return fill("rule.composite", new Args().number("kpiWeight", c.kpiWeight()).number("okrWeight", c.okrWeight()));
  }

  private String source(Rule.Strategy s) {
    switch (s.source()) {
      case ELEMENT:
      case TAG:
        return fill("source." + s.source().name(), new Args().text("key", s.key()));
      case OWNER_LEVEL:
        return fill("source.OWNER_LEVEL", new Args().text("level", () -> phrase("level." + s.key())));
      default:
        return phrase("source." + s.source().name());
    }
  }

  // ---------------------------------------------------------------- inputs

  String input(Input input) {
    if (input instanceof Input.Actual) {
      Input.Actual a = (Input.Actual) input;
      Args args = new Args().number("value", a.value());
      return a.date().isPresent()
          ? fill("input.actual.dated", args.text("date", a.date().get().toString()))
          : fill("input.actual", args);
    }
    if (input instanceof Input.Target) {
      Input.Target t = (Input.Target) input;
      return fill("input.target", new Args().text("target", () -> target(t.target())).text("measure", t.measure()));
    }
    if (input instanceof Input.Direction) {
      String direction = ((Input.Direction) input).direction().name();
      return fill("input.direction", new Args().text("direction", () -> phrase("direction." + direction)));
    }
    if (input instanceof Input.Owner) {
      return fill("input.owner", new Args().text("id", ((Input.Owner) input).id()));
    }
    if (input instanceof Input.ObjectiveKind) {
      String kind = ((Input.ObjectiveKind) input).kind().name();
      return fill("input.objectiveKind", new Args().text("kind", () -> phrase("objectiveKind." + kind)));
    }
    if (input instanceof Input.Level) {
      String level = ((Input.Level) input).level().name();
      return fill("input.level", new Args().text("level", () -> phrase("level." + level)));
    }
    if (input instanceof Input.Progress) {
      return fill("input.progress", new Args().number("progress", ((Input.Progress) input).progress()));
    }
    if (input instanceof Input.ExpectedProgress) {
      Input.ExpectedProgress e = (Input.ExpectedProgress) input;
      return fill(
          "input.expectedProgress",
          new Args()
              .number("expected", e.expected())
              .number("elapsedDays", e.elapsedDays())
              .number("totalDays", e.totalDays())
              .text("period", e.period().toString())
              .text("pace", e.pace().toString()));
    }
    String frequency = ((Input.ExpectedInFull) input).frequency().name();
    return fill("input.expectedInFull", new Args().text("frequency", () -> phrase("frequency." + frequency)));
  }

  // ---------------------------------------------------------------- formulas

  String formula(Formula f) {
    Args args = new Args().numbers(f.numbers());
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
            Args t = new Args().numbers(term.numbers());
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
      text = fill("step." + step.kind().name(), new Args().numbers(step.numbers()).text("before", text));
    }
    return text;
  }

  // ---------------------------------------------------------------- targets

  /** The target as {@link Target#describe()} writes it, in this renderer's phrases. */
  String target(Target t) {
    switch (t.kind()) {
      case RANGE:
        Args range = new Args().text("low", figure(t.low())).text("high", figure(t.high()));
        return t.baseline().isPresent()
            ? fill("target.range.fromBaseline", range.text("baseline", figure(t.baseline())))
            : fill("target.range", range);
      case MILESTONES:
        List<String> milestones = new ArrayList<>(t.milestones().size());
        for (Milestone m : t.milestones()) {
          String text =
              m.weight() == 1.0
                  ? m.name()
                  : fill("milestone.weighted", new Args().text("name", m.name()).number("weight", m.weight()));
          if (m.due().isPresent()) {
            text = fill("milestone.due", new Args().text("milestone", text).text("due", m.due().get().toString()));
          }
          milestones.add(text);
        }
        return fill("target.milestones", new Args().list("milestones", () -> milestones));
      default:
        String text;
        if (t.kind() == Target.Kind.RELATIVE) {
          text =
              fill(
                  "target.relative",
                  new Args()
                      .text("percent", percent(t.value()))
                      .text("baseline", figure(t.baseline()))
                      .text("resolved", figure(t.absoluteValue())));
        } else if (t.baseline().isPresent()) {
          text =
              fill(
                  "target.value.fromBaseline",
                  new Args().text("baseline", figure(t.baseline())).text("value", figure(t.value())));
        } else {
          text = fill("target.value", new Args().text("value", figure(t.value())));
        }
        if (t.threshold().isPresent()) {
          text = fill("target.threshold", new Args().text("target", text).text("term", term(t, t.threshold(), t.absoluteThreshold())));
        }
        if (t.stretch().isPresent()) {
          text = fill("target.stretch", new Args().text("target", text).text("term", term(t, t.stretch(), t.absoluteStretch())));
        }
        return text;
    }
  }

  private String term(Target t, OptionalDouble figure, OptionalDouble absolute) {
    return t.kind() == Target.Kind.RELATIVE
        ? fill("target.relative.term", new Args().text("percent", percent(figure)).text("resolved", figure(absolute)))
        : figure(figure);
  }

  private String figure(OptionalDouble figure) {
    return figure.isPresent() ? Numbers.readable(figure.getAsDouble()) : phrase("target.unknown");
  }

  private String percent(OptionalDouble figure) {
    if (figure.isEmpty()) {
      return phrase("target.unknown");
    }
    double p = figure.getAsDouble();
    return fill(p >= 0 ? "target.percent.up" : "target.percent.down", new Args().number("percent", p));
  }

  // ---------------------------------------------------------------- patterns

  private String phrase(String key) {
    String phrase = phrases.apply(key);
    if (phrase == null) {
      throw new IllegalStateException("the explanation phrases have no '" + key + "'");
    }
    return phrase;
  }

  private String fill(String key, Args args) {
    String pattern = phrase(key);
    // a table's patterns are few and fixed, so each is parsed once
    Part[] parts = parsed.get(pattern);
    if (parts == null) {
      parts = parse(pattern);
      parsed.putIfAbsent(pattern, parts);
    }
    return fill(parts, args);
  }

  private String fillPattern(String pattern, Args args) {
    return fill(parse(pattern), args);
  }

  private String fill(Part[] parts, Args args) {
    StringBuilder out = new StringBuilder(64);
    for (Part part : parts) {
      if (part.name == null) {
        out.append(part.literal);
        continue;
      }
      String value = part.text ? text(part, args) : number(part, args);
      out.append(value == null ? part.literal : value);
    }
    return out.toString();
  }

  private @Nullable String text(Part part, Args args) {
    Object value = args.get(part.name);
    if (part.option != null) {
      return value instanceof TextList ? String.join(part.option, ((TextList) value).texts.get()) : null;
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Text) {
      return ((Text) value).text.get();
    }
    return null;
  }

  private String number(Part part, Args args) {
    Object value = args.get(part.name);
    if (!(value instanceof Double)) {
      return phrase("number.none");
    }
    double number = (Double) value;
    return "score".equals(part.option) ? Display.score(number) : Numbers.readable(number);
  }

  /** Splits a pattern into literals and placeholders; what is not a placeholder stays literal. */
  private static Part[] parse(String pattern) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
      Part placeholder = close > i ? placeholder(pattern.substring(i, close + 1)) : null;
      if (placeholder == null) {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), null, false, null));
        literal.setLength(0);
      }
      parts.add(placeholder);
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, false, null));
    }
    return parts.toArray(new Part[0]);
  }

  /** The placeholder {@code written} ({@code {name}}, {@code {@name:SEP}}...); null if it is none. */
  private static @Nullable Part placeholder(String written) {
    String spec = written.substring(1, written.length() - 1);
    boolean text = spec.startsWith("@");
    int colon = spec.indexOf(':');
    String name = spec.substring(text ? 1 : 0, colon < 0 ? spec.length() : colon);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return null;
    }
    for (int k = 1; k < name.length(); k++) {
      if (!Character.isLetterOrDigit(name.charAt(k))) {
        return null;
      }
    }
    return new Part(written, name, text, colon < 0 ? null : spec.substring(colon + 1));
  }

  /** A literal ({@code name} null), or a placeholder kept as {@code literal} when it has no value. */
  private static final class Part {
    final String literal;
    final @Nullable String name;
    final boolean text;
    final @Nullable String option;

    Part(String literal, @Nullable String name, boolean text, @Nullable String option) {
      this.literal = literal;
      this.name = name;
      this.text = text;
      this.option = option;
    }
  }

  /** A text made only if a pattern asks for it. */
  private static final class Text {
    final Supplier<String> text;

    Text(Supplier<String> text) {
      this.text = text;
    }
  }

  /** A list of texts made only if a pattern asks for it. */
  private static final class TextList {
    final Supplier<List<String>> texts;

    TextList(Supplier<List<String>> texts) {
      this.texts = texts;
    }
  }

  /**
   * What a pattern is filled with: numbers ({@code Double}), texts ({@code String} or {@link Text})
   * and lists ({@link TextList}) by name, a later value winning. A handful each, so a plain array.
   */
  private static final class Args {
    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private int size;

    private Args put(String name, Object value) {
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size++] = value;
      return this;
    }

    @Nullable Object get(@Nullable String name) {
      for (int i = size - 1; i >= 0; i--) {
        if (names[i].equals(name)) {
          return values[i];
        }
      }
      return null;
    }

    Args number(String name, double value) {
      return put(name, value);
    }

    Args numbers(Map<String, Double> values) {
      values.forEach(this::put);
      return this;
    }

    Args text(String name, String value) {
      return put(name, value);
    }

    Args text(String name, Supplier<String> value) {
      return put(name, new Text(value));
    }

    Args list(String name, Supplier<List<String>> value) {
      return put(name, new TextList(value));
    }
  }
}
