package org.okrkit.io.internal;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Level;
import org.okrkit.core.ProblemException;
import org.okrkit.io.document.Fields;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Texts;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.AggregationSpec;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.MissingValue;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceSpec;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StatusRule;
import org.okrkit.scoring.Strategies;
import org.okrkit.scoring.StrategySpec;
import org.okrkit.scoring.TargetRule;
import org.okrkit.scoring.UnassignedWeight;

/**
 * Turns a document tree into a {@link ScoringPolicy}. Strategies, aggregations and the pace are
 * named by type, with their parameters: {@code linear} or {@code {type: linear, cap: 1.2,
 * roundToTenths: true}}. Every problem is collected; a parameter the built-in refuses is reported
 * at the value that gave it.
 */
public final class PolicyDecoder {
  static final List<String> ROOT =
      Fields.names(
          "$schema",
          "version",
          "keyResultStrategy",
          "kpiStrategy",
          "elementStrategies",
          "tagStrategies",
          "levelStrategies",
          "objectiveAggregation",
          "childObjectiveWeight",
          "keyResultKpiShare",
          "kpiAggregation",
          "okrAggregation",
          "compositeKpiWeight",
          "compositeOkrWeight",
          "bands",
          "missingValue",
          "targetRule",
          "unassignedWeight",
          "pace",
          "elementPaces",
          "onTrackTolerance",
          "atRiskTolerance",
          "paceTolerance",
          "statusRule");
  static final List<String> BANDS =
      Fields.names("yellowFrom", "greenFrom", "committedYellowFrom", "committedGreenFrom");
  static final List<String> STRATEGIES =
      Fields.names(
          "binary",
          "linear",
          "tiered",
          "stepped",
          "curve",
          "percentOfTarget",
          "range",
          "milestones");
  static final List<String> AGGREGATIONS =
      Fields.names("weightedMean", "minimum", "geometricMean", "allMustPass", "cappedWeightedSum");
  static final List<String> PACES =
      Fields.names("linear", "curve", "frontLoaded", "backLoaded", "milestones", "byDates");
  static final List<String> TOLERANCES = Fields.names("difference", "ratio");
  static final List<String> STATUS_RULES = Fields.names("weightedScore", "weakest", "shareOnTrack");

  private final Problems problems;

  /** The providers of named strategies, aggregations and paces that the document may use. */
  private final PolicyExtensions extensions;

  private PolicyDecoder(Problems problems, PolicyExtensions extensions) {
    this.problems = problems;
    this.extensions = extensions;
  }

  /**
   * The policy a document describes.
   *
   * @param root the document, or null when it is empty
   * @throws org.okrkit.io.PlanFileException listing every problem, when there is any
   */
  public static ScoringPolicy decode(
      @Nullable Node root, Problems problems, PolicyExtensions extensions) {
    if (root == null) {
      problems.add(0, 0, "", "policy.empty", Map.of());
      throw problems.exception();
    }
    ScoringPolicy policy = new PolicyDecoder(problems, extensions).document(root, "");
    problems.throwIfAny();
    if (policy == null) {
      throw problems.exception();
    }
    return policy;
  }

  /**
   * A policy written inside another document, at {@code path}; null, with the problems added, when
   * it is not a valid policy.
   */
  public static @Nullable ScoringPolicy inline(
      Node node, String path, Problems problems, PolicyExtensions extensions) {
    return new PolicyDecoder(problems, extensions).document(node, path);
  }

  private @Nullable ScoringPolicy document(Node node, String path) {
    Fields f = Fields.of(node, path, problems, "a scoring policy", ROOT);
    if (f == null) {
      return null;
    }
    f.version();
    ScoringPolicy.Builder b = ScoringPolicy.builder();
    strategy(f, "keyResultStrategy", b::keyResultStrategy);
    strategy(f, "kpiStrategy", b::kpiStrategy);
    List<Node.Field> entries = f.entries("elementStrategies");
    if (entries != null) {
      for (Node.Field e : entries) {
        ScoringStrategy s = strategy(e.value(), f.path("elementStrategies") + "." + e.name());
        if (s != null) {
          b.putElementStrategy(e.name(), s);
        }
      }
    }
    entries = f.entries("tagStrategies");
    if (entries != null) {
      for (Node.Field e : entries) {
        ScoringStrategy s = strategy(e.value(), f.path("tagStrategies") + "." + e.name());
        if (s != null) {
          b.putTagStrategy(e.name(), s);
        }
      }
    }
    entries = f.entries("levelStrategies");
    if (entries != null) {
      for (Node.Field e : entries) {
        String at = f.path("levelStrategies") + "." + e.name();
        Level level = level(e, at);
        ScoringStrategy s = strategy(e.value(), at);
        if (level != null && s != null) {
          b.putLevelStrategy(level, s);
        }
      }
    }
    aggregation(f, "objectiveAggregation", b::objectiveAggregation);
    aggregation(f, "kpiAggregation", b::kpiAggregation);
    aggregation(f, "okrAggregation", b::okrAggregation);
    f.number("childObjectiveWeight", b::childObjectiveWeight);
    f.number("keyResultKpiShare", b::keyResultKpiShare);
    f.number("compositeKpiWeight", b::compositeKpiWeight);
    f.number("compositeOkrWeight", b::compositeOkrWeight);
    f.number("onTrackTolerance", b::onTrackTolerance);
    f.number("atRiskTolerance", b::atRiskTolerance);
    TargetRule targetRule = f.choice("targetRule", TargetRule.class, false);
    if (targetRule != null) {
      b.targetRule(targetRule);
    }
    UnassignedWeight unassigned = f.choice("unassignedWeight", UnassignedWeight.class, false);
    if (unassigned != null) {
      b.unassignedWeight(unassigned);
    }
    MissingValue missing = f.choice("missingValue", MissingValue.class, false);
    if (missing != null) {
      b.missingValue(missing);
    }
    Node bands = f.value("bands");
    if (bands != null) {
      Bands value = bands(bands, f.path("bands"));
      if (value != null) {
        b.bands(value);
      }
    }
    Node pace = f.value("pace");
    if (pace != null) {
      Pace value = pace(pace, f.path("pace"));
      if (value != null) {
        b.pace(value);
      }
    }
    entries = f.entries("elementPaces");
    if (entries != null) {
      for (Node.Field e : entries) {
        Pace value = pace(e.value(), f.path("elementPaces") + "." + e.name());
        if (value != null) {
          b.putElementPace(e.name(), value);
        }
      }
    }
    Node tolerance = f.value("paceTolerance");
    if (tolerance != null) {
      PaceTolerance value = paceTolerance(tolerance, f.path("paceTolerance"));
      if (value != null) {
        b.paceTolerance(value);
      }
    }
    Node statusRule = f.value("statusRule");
    if (statusRule != null) {
      StatusRule value = statusRule(statusRule, f.path("statusRule"));
      if (value != null) {
        b.statusRule(value);
      }
    }
    if (!f.ok()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // the policy's own checks span settings: the message is reported at the first it names
      String message = String.valueOf(e.getMessage());
      String[][] blame = {
        {"childObjectiveWeight", "childObjectiveWeight"},
        {"keyResultKpiShare", "keyResultKpiShare"},
        {"composite weights", "compositeKpiWeight", "compositeOkrWeight"},
        {"tolerances", "onTrackTolerance", "atRiskTolerance"}
      };
      for (String[] rule : blame) {
        if (message.contains(rule[0])) {
          for (int i = 1; i < rule.length; i++) {
            Node.Field field = node.field(rule[i]);
            if (field != null) {
              refused(field.line(), field.column(), f.path(rule[i]), e);
              return null;
            }
          }
        }
      }
      refused(node.line(), node.column(), path, e);
      return null;
    }
  }

  /**
   * Reports a setting the policy refused: from the code and arguments of a {@link
   * ProblemException}, so that it reads in any language; as the exception's message otherwise.
   */
  private void refused(int line, int column, String path, IllegalArgumentException e) {
    problems.refused(line, column, path, "policy.refused", e);
  }

  private @Nullable Level level(Node.Field e, String path) {
    for (Level l : Level.values()) {
      if (l.name().equals(e.name())) {
        return l;
      }
    }
    List<String> names = new ArrayList<>();
    for (Level l : Level.values()) {
      names.add(l.name());
    }
    problems.add(
        e.line(),
        e.column(),
        path,
        "value.notChoice",
        ImmutableMap.of("choices", Texts.list(names), "value", Texts.shorten(e.name())));
    return null;
  }

  private void strategy(Fields f, String name, Consumer<ScoringStrategy> set) {
    Node v = f.value(name);
    if (v != null) {
      ScoringStrategy s = strategy(v, f.path(name));
      if (s != null) {
        set.accept(s);
      }
    }
  }

  private void aggregation(Fields f, String name, Consumer<Aggregation> set) {
    Node v = f.value(name);
    if (v != null) {
      Aggregation a = aggregation(v, f.path(name));
      if (a != null) {
        set.accept(a);
      }
    }
  }

  /** A typed value: its type and its parameters, or its type alone as text. */
  private final class Typed {
    final String type;
    final Node node;
    final String path;
    final @Nullable Fields params;

    /** Whether the type is a named kind of the extensions rather than a built-in. */
    final boolean named;

    Typed(String type, Node node, String path, @Nullable Fields params, boolean named) {
      this.type = type;
      this.node = node;
      this.path = path;
      this.params = params;
      this.named = named;
    }

    /**
     * A named kind's parameters: every field but the type, as plain values; null, with the problems
     * added, when one is not a string, number, boolean or list of them.
     */
    @Nullable Map<String, Object> plain() {
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      if (node.type() != Node.Type.OBJECT) {
        return values;
      }
      boolean ok = true;
      for (Node.Field field : node.fields()) {
        if (!field.name().equals("type")) {
          Object value = plainValue(field.value(), path + "." + field.name(), true);
          ok &= value != null;
          if (value != null) {
            values.put(field.name(), value);
          }
        }
      }
      return ok ? values : null;
    }

    private @Nullable Object plainValue(Node v, String at, boolean listAllowed) {
      switch (v.type()) {
        case TEXT -> {
          return v.text();
        }
        case NUMBER -> {
          return v.number();
        }
        case BOOLEAN -> {
          return v.isTrue();
        }
        case LIST -> {
          if (listAllowed) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < v.items().size(); i++) {
              Object item = plainValue(v.items().get(i), at + "[" + i + "]", false);
              if (item == null) {
                return null;
              }
              items.add(item);
            }
            return items;
          }
        }
        default -> {}
      }
      problems.add(
          v,
          at,
          listAllowed ? "policy.parameterOrList" : "policy.parameter",
          ImmutableMap.of("type", type, "got", Problems.got(v)));
      return null;
    }

    @Nullable Double number(String name, double fallback) {
      return (params == null || params.value(name) == null)
          ? Double.valueOf(fallback)
          : params.number(name, false);
    }

    @Nullable Double required(String name) {
      if (params == null) {
        needsParameters(name);
        return null;
      }
      return params.number(name, true);
    }

    /** Reports that the type, written without parameters, needs {@code name}. */
    void needsParameters(String name) {
      problems.add(
          node, path, "policy.needsParameters", ImmutableMap.of("type", type, "name", name));
    }

    @Nullable Boolean bool(String name, boolean fallback) {
      return (params == null || params.value(name) == null)
          ? Boolean.valueOf(fallback)
          : params.bool(name, false);
    }

    /** Makes the value, reporting a refused parameter at this value. */
    <T> @Nullable T make(Function<Typed, @Nullable T> maker) {
      int before = problems.count();
      try {
        T value = maker.apply(this);
        return problems.count() == before ? value : null;
      } catch (ParameterException e) {
        // a provider names the parameter it refuses: the problem is reported at its value
        Node.Field field = node.type() == Node.Type.OBJECT ? node.field(e.parameter()) : null;
        if (field == null) {
          problems.refused(node, path, "policy.refused", e);
        } else {
          problems.refused(field.value(), path + "." + e.parameter(), "policy.refused", e);
        }
        return null;
      } catch (IllegalArgumentException e) {
        problems.refused(node, path, "policy.refused", e);
        return null;
      }
    }
  }

  private @Nullable Typed typed(
      Node v,
      String path,
      String what,
      List<String> types,
      Map<String, List<String>> params,
      java.util.Set<String> named) {
    String type;
    /* where the type is written: the value itself, or an object's type field */
    Node typeNode = v;
    Fields f = null;
    if (v.isText()) {
      type = v.text();
    } else if (v.type() == Node.Type.OBJECT) {
      Node t = v.field("type") == null ? null : v.field("type").value();
      if (t == null || !t.isText()) {
        problems.add(
            v,
            path,
            "policy.notTyped",
            ImmutableMap.of("what", Fields.thing(what), "types", Texts.list(types)));
        return null;
      }
      type = t.text();
      typeNode = t;
      if (types.contains(type)) {
        List<String> allowed = new ArrayList<>();
        allowed.add("type");
        allowed.addAll(params.getOrDefault(type, List.of()));
        f = Fields.of(v, path, problems, "a '" + type + "' " + what, allowed);
      }
    } else {
      problems.add(
          v,
          path,
          "policy.notTypedGot",
          ImmutableMap.of(
              "what", Fields.thing(what), "types", Texts.list(types), "got", Problems.got(v)));
      return null;
    }
    if (named.contains(type)) {
      return new Typed(type, v, path, null, true);
    }
    java.util.Optional<String> module =
        what.equals("strategy")
            ? PolicyExtensions.strategyModule(type)
            : java.util.Optional.empty();
    if (!types.contains(type) && module.isPresent()) {
      problems.add(
          typeNode,
          v.type() == Node.Type.OBJECT ? path + ".type" : path,
          "policy.moduleMissing",
          ImmutableMap.of("type", type, "module", module.get()));
      return null;
    }
    if (!types.contains(type)) {
      List<String> known = new ArrayList<>(types);
      known.addAll(named);
      String hint = Texts.suggest(type, known);
      problems.add(
          typeNode,
          v.type() == Node.Type.OBJECT ? path + ".type" : path,
          hint == null ? "policy.unknownType" : "policy.unknownTypeHint",
          hint == null
              ? ImmutableMap.of(
                  "what",
                  Fields.thing(what),
                  "type",
                  Texts.shorten(type),
                  "known",
                  Texts.list(known))
              : ImmutableMap.of(
                  "what",
                  Fields.thing(what),
                  "type",
                  Texts.shorten(type),
                  "hint",
                  hint,
                  "known",
                  Texts.list(known)));
      return null;
    }
    return new Typed(type, v, path, f, false);
  }

  private static final Map<String, List<String>> STRATEGY_PARAMS =
      Map.of(
          "linear", Fields.names("cap", "roundToTenths"),
          "tiered", Fields.names("floor", "ceiling"),
          "stepped", Fields.names("steps"),
          "curve", Fields.names("points"),
          "percentOfTarget", Fields.names("cap"),
          "range", Fields.names("tolerance"));

  /** A strategy: a built-in by type name and parameters. */
  @Nullable ScoringStrategy strategy(Node v, String path) {
    Typed t = typed(v, path, "strategy", STRATEGIES, STRATEGY_PARAMS, extensions.strategyKinds());
    if (t == null) {
      return null;
    }
    return t.make(
        x -> {
          if (x.named) {
            Map<String, Object> params = x.plain();
            return params == null
                ? null
                : StrategySpec.Named.of(x.type, params).strategy(extensions);
          }
          switch (x.type) {
            case "binary" -> {
              return Strategies.binary();
            }
            case "milestones" -> {
              return Strategies.milestones();
            }
            case "linear" -> {
              Double cap = x.number("cap", 1.0);
              Boolean round = x.bool("roundToTenths", false);
              return cap == null || round == null ? null : Strategies.linear(cap, round);
            }
            case "tiered" -> {
              Double floor = x.number("floor", 0.5);
              Double ceiling = x.number("ceiling", 1.5);
              return floor == null || ceiling == null ? null : Strategies.tiered(floor, ceiling);
            }
            case "percentOfTarget" -> {
              Double cap = x.number("cap", 1.0);
              return cap == null ? null : Strategies.percentOfTarget(cap);
            }
            case "range" -> {
              Double tolerance = x.required("tolerance");
              return tolerance == null ? null : Strategies.range(tolerance);
            }
            case "stepped" -> {
              List<Point> points = points(x, "steps");
              return points == null ? null : Strategies.stepped(points.toArray(new Point[0]));
            }
            default -> {
              List<Point> points = points(x, "points");
              return points == null ? null : Strategies.curve(points.toArray(new Point[0]));
            }
          }
        });
  }

  /** Payout points: objects with achievement and score, or pairs {@code [achievement, score]}. */
  private @Nullable List<Point> points(Typed t, String name) {
    List<double[]> pairs = pairs(t, name, "achievement", "score");
    if (pairs == null) {
      return null;
    }
    List<Point> points = new ArrayList<>();
    for (double[] p : pairs) {
      points.add(Point.of(p[0], p[1]));
    }
    return points;
  }

  private @Nullable List<double[]> pairs(Typed t, String name, String first, String second) {
    if (t.params == null) {
      t.needsParameters(name);
      return null;
    }
    Node list = t.params.required(name);
    if (list == null) {
      return null;
    }
    String path = t.params.path(name);
    if (list.type() != Node.Type.LIST) {
      problems.add(list, path, "policy.notPoints", Map.of("got", Problems.got(list)));
      return null;
    }
    List<double[]> result = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String itemPath = path + "[" + i + "]";
      Double a = null;
      Double b = null;
      if (item.type() == Node.Type.LIST && item.items().size() == 2) {
        a = Fields.number(item.items().get(0), itemPath + "[0]", problems);
        b = Fields.number(item.items().get(1), itemPath + "[1]", problems);
      } else if (item.type() == Node.Type.OBJECT) {
        Fields p = Fields.of(item, itemPath, problems, "a point", Fields.names(first, second));
        if (p != null) {
          a = p.number(first, true);
          b = p.number(second, true);
        }
      } else {
        problems.add(
            item,
            itemPath,
            "policy.notPoint",
            ImmutableMap.of("first", first, "second", second, "got", Problems.got(item)));
      }
      if (a == null || b == null) {
        ok = false;
      } else {
        result.add(new double[] {a, b});
      }
    }
    return ok ? result : null;
  }

  private static final Map<String, List<String>> AGGREGATION_PARAMS =
      Map.of(
          "allMustPass", Fields.names("passMark"),
          "cappedWeightedSum", Fields.names("cap"));

  /** An aggregation: a built-in by type name and parameters. */
  @Nullable Aggregation aggregation(Node v, String path) {
    Typed t =
        typed(
            v,
            path,
            "aggregation",
            AGGREGATIONS,
            AGGREGATION_PARAMS,
            extensions.aggregationKinds());
    if (t == null) {
      return null;
    }
    return t.make(
        x -> {
          if (x.named) {
            Map<String, Object> params = x.plain();
            return params == null
                ? null
                : AggregationSpec.Named.of(x.type, params).aggregation(extensions);
          }
          switch (x.type) {
            case "weightedMean" -> {
              return Aggregations.weightedMean();
            }
            case "minimum" -> {
              return Aggregations.minimum();
            }
            case "geometricMean" -> {
              return Aggregations.geometricMean();
            }
            case "allMustPass" -> {
              Double mark = x.required("passMark");
              return mark == null ? null : Aggregations.allMustPass(mark);
            }
            default -> {
              Double cap = x.required("cap");
              return cap == null ? null : Aggregations.cappedWeightedSum(cap);
            }
          }
        });
  }

  /**
   * The pace: {@code linear}, {@code milestones}, {@code {type: frontLoaded, power: 2}}, {@code
   * {type: backLoaded, power: 2}}, a curve of points {@code {elapsed, expected}}, or points by date
   * {@code {date, expected}}.
   */
  @Nullable Pace pace(Node v, String path) {
    Typed t =
        typed(
            v,
            path,
            "pace",
            PACES,
            Map.of(
                "curve", Fields.names("points"),
                "byDates", Fields.names("points"),
                "frontLoaded", Fields.names("power"),
                "backLoaded", Fields.names("power")),
            extensions.paceKinds());
    if (t == null) {
      return null;
    }
    return t.make(
        x -> {
          if (x.named) {
            Map<String, Object> params = x.plain();
            return params == null ? null : PaceSpec.Named.of(x.type, params).pace(extensions);
          }
          switch (x.type) {
            case "linear" -> {
              return Pace.linear();
            }
            case "milestones" -> {
              return Pace.milestones();
            }
            case "frontLoaded" -> {
              Double power = x.required("power");
              return power == null ? null : Pace.frontLoaded(power);
            }
            case "backLoaded" -> {
              Double power = x.required("power");
              return power == null ? null : Pace.backLoaded(power);
            }
            case "byDates" -> {
              return byDates(x);
            }
            default -> {
              List<double[]> pairs = pairs(x, "points", "elapsed", "expected");
              if (pairs == null) {
                return null;
              }
              double[] elapsed = new double[pairs.size()];
              double[] expected = new double[pairs.size()];
              for (int i = 0; i < pairs.size(); i++) {
                elapsed[i] = pairs.get(i)[0];
                expected[i] = pairs.get(i)[1];
              }
              return Pace.of(elapsed, expected);
            }
          }
        });
  }

  /** A pace by dates: a list of points {@code {date: YYYY-MM-DD, expected: share}}. */
  private @Nullable Pace byDates(Typed t) {
    if (t.params == null) {
      t.needsParameters("points");
      return null;
    }
    Node list = t.params.required("points");
    if (list == null) {
      return null;
    }
    String path = t.params.path("points");
    if (list.type() != Node.Type.LIST) {
      problems.add(list, path, "policy.notPacePoints", Map.of("got", Problems.got(list)));
      return null;
    }
    List<LocalDate> dates = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      Fields p =
          Fields.of(
              item, path + "[" + i + "]", problems, "a point", Fields.names("date", "expected"));
      LocalDate d = p == null ? null : p.date("date", true);
      Double e = p == null ? null : p.number("expected", true);
      if (d == null || e == null) {
        ok = false;
      } else {
        dates.add(d);
        expected.add(e);
      }
    }
    return ok ? Pace.byDates(dates, expected) : null;
  }

  /**
   * The pace tolerance: {@code {type: difference, onTrack: 0.1, atRisk: 0.25}} or {@code {type:
   * ratio, onTrack: 0.95, atRisk: 0.75}}; a share left out takes the type's default.
   */
  private @Nullable PaceTolerance paceTolerance(Node v, String path) {
    List<String> params = Fields.names("onTrack", "atRisk");
    Typed t =
        typed(
            v,
            path,
            "pace tolerance",
            TOLERANCES,
            Map.of("difference", params, "ratio", params),
            java.util.Set.of());
    if (t == null) {
      return null;
    }
    return t.make(
        x -> {
          boolean ratio = x.type.equals("ratio");
          Double onTrack = x.number("onTrack", ratio ? 0.95 : 0.1);
          Double atRisk = x.number("atRisk", ratio ? 0.75 : 0.25);
          if (onTrack == null || atRisk == null) {
            return null;
          }
          return ratio
              ? PaceTolerance.ratio(onTrack, atRisk)
              : PaceTolerance.difference(onTrack, atRisk);
        });
  }

  /**
   * The status rule: {@code weightedScore}, {@code weakest}, or {@code {type: shareOnTrack,
   * share}}.
   */
  private @Nullable StatusRule statusRule(Node v, String path) {
    Typed t =
        typed(
            v,
            path,
            "status rule",
            STATUS_RULES,
            Map.of("shareOnTrack", Fields.names("share")),
            java.util.Set.of());
    if (t == null) {
      return null;
    }
    return t.make(
        x -> {
          switch (x.type) {
            case "weakest" -> {
              return StatusRule.weakest();
            }
            case "shareOnTrack" -> {
              Double share = x.required("share");
              return share == null ? null : StatusRule.shareOnTrack(share);
            }
            default -> {
              return StatusRule.weightedScore();
            }
          }
        });
  }

  private @Nullable Bands bands(Node v, String path) {
    Fields f = Fields.of(v, path, problems, "bands", BANDS);
    if (f == null) {
      return null;
    }
    Bands.Builder b = Bands.builder();
    f.number("yellowFrom", b::yellowFrom);
    f.number("greenFrom", b::greenFrom);
    f.number("committedYellowFrom", b::committedYellowFrom);
    f.number("committedGreenFrom", b::committedGreenFrom);
    if (!f.ok()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problems.refused(v, path, "policy.refused", e);
      return null;
    }
  }
}
