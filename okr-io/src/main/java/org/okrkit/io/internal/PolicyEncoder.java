package org.okrkit.io.internal;

import static org.okrkit.io.internal.Generators.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Level;
import org.okrkit.io.Format;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.AggregationSpec;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.BuiltInAggregation;
import org.okrkit.scoring.BuiltInStrategy;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceSpec;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StatusRule;
import org.okrkit.scoring.StrategySpec;
import org.okrkit.scoring.UnassignedWeight;

/**
 * Writes a {@link ScoringPolicy} in the file format: every setting, the built-ins by type name with
 * their parameters (the type alone where every parameter has its default), a named kind by its name
 * with its parameters. A host's own strategy, aggregation or pace without a spec has no form in the
 * file and is refused, named ({@link ScoringPolicy#checkPortable()}).
 */
public final class PolicyEncoder {
  private PolicyEncoder() {}

  /**
   * The policy as a document.
   *
   * @throws IllegalArgumentException naming the first setting that holds a host's own strategy,
   *     aggregation or pace
   */
  public static String encode(ScoringPolicy policy, Format format) {
    check(policy);
    return Generators.write(format, out -> policy(out, policy));
  }

  /** Refuses a policy the format cannot hold, before anything is written. */
  private static void check(ScoringPolicy p) {
    p.checkPortable();
  }

  /**
   * Writes {@code p} as a JSON object into a document being written: what a policy file holds.
   *
   * @throws IllegalArgumentException if the policy is not {@linkplain ScoringPolicy#checkPortable()
   *     portable}
   */
  public static void write(JsonGenerator out, ScoringPolicy p) throws IOException {
    check(p);
    policy(out, p);
  }

  private static void policy(JsonGenerator out, ScoringPolicy p) throws IOException {
    out.writeStartObject();
    out.writeNumberField("version", Format.VERSION);
    out.writeFieldName("keyResultStrategy");
    strategy(out, p.keyResultStrategy());
    out.writeFieldName("kpiStrategy");
    strategy(out, p.kpiStrategy());
    if (!p.elementStrategies().isEmpty()) {
      out.writeObjectFieldStart("elementStrategies");
      for (Map.Entry<String, ScoringStrategy> e : p.elementStrategies().entrySet()) {
        out.writeFieldName(e.getKey());
        strategy(out, e.getValue());
      }
      out.writeEndObject();
    }
    if (!p.tagStrategies().isEmpty()) {
      out.writeObjectFieldStart("tagStrategies");
      for (Map.Entry<String, ScoringStrategy> e : p.tagStrategies().entrySet()) {
        out.writeFieldName(e.getKey());
        strategy(out, e.getValue());
      }
      out.writeEndObject();
    }
    if (!p.levelStrategies().isEmpty()) {
      out.writeObjectFieldStart("levelStrategies");
      for (Map.Entry<Level, ScoringStrategy> e : p.levelStrategies().entrySet()) {
        out.writeFieldName(e.getKey().name());
        strategy(out, e.getValue());
      }
      out.writeEndObject();
    }
    out.writeFieldName("objectiveAggregation");
    aggregation(out, p.objectiveAggregation());
    number(out, "childObjectiveWeight", p.childObjectiveWeight());
    number(out, "keyResultKpiShare", p.keyResultKpiShare());
    out.writeFieldName("kpiAggregation");
    aggregation(out, p.kpiAggregation());
    out.writeFieldName("okrAggregation");
    aggregation(out, p.okrAggregation());
    number(out, "compositeKpiWeight", p.compositeKpiWeight());
    number(out, "compositeOkrWeight", p.compositeOkrWeight());
    Bands bands = p.bands();
    out.writeObjectFieldStart("bands");
    number(out, "yellowFrom", bands.yellowFrom());
    number(out, "greenFrom", bands.greenFrom());
    number(out, "committedYellowFrom", bands.committedYellowFrom());
    number(out, "committedGreenFrom", bands.committedGreenFrom());
    out.writeEndObject();
    out.writeStringField("missingValue", p.missingValue().name());
    out.writeStringField("targetRule", p.targetRule().name());
    if (p.unassignedWeight() != UnassignedWeight.ONE) {
      // written only when not the default, so that policy files written before keep their text
      out.writeStringField("unassignedWeight", p.unassignedWeight().name());
    }
    out.writeFieldName("pace");
    pace(out, p.pace());
    if (!p.elementPaces().isEmpty()) {
      out.writeObjectFieldStart("elementPaces");
      for (Map.Entry<String, Pace> e : p.elementPaces().entrySet()) {
        out.writeFieldName(e.getKey());
        pace(out, e.getValue());
      }
      out.writeEndObject();
    }
    number(out, "onTrackTolerance", p.onTrackTolerance());
    number(out, "atRiskTolerance", p.atRiskTolerance());
    // written only when set otherwise than by default, so that default policies read as before
    PaceTolerance tolerance = p.paceTolerance();
    if (p.paceToleranceOverride().isPresent()) {
      out.writeObjectFieldStart("paceTolerance");
      out.writeStringField("type", tolerance.kind());
      if (tolerance instanceof PaceTolerance.Ratio r) {
        number(out, "onTrack", r.onTrack());
        number(out, "atRisk", r.atRisk());
      } else if (tolerance instanceof PaceTolerance.Difference d) {
        number(out, "onTrack", d.onTrack());
        number(out, "atRisk", d.atRisk());
      }
      out.writeEndObject();
    }
    StatusRule rule = p.statusRule();
    if (rule instanceof StatusRule.ShareOnTrack share) {
      out.writeObjectFieldStart("statusRule");
      out.writeStringField("type", rule.kind());
      number(out, "share", share.share());
      out.writeEndObject();
    } else if (!(rule instanceof StatusRule.WeightedScore)) {
      out.writeStringField("statusRule", rule.kind());
    }
    out.writeEndObject();
  }

  private static void pace(JsonGenerator out, Pace p) throws IOException {
    PaceSpec pace = p.spec().orElseThrow();
    if (pace instanceof PaceSpec.Named named) {
      named(out, pace.kind(), named.parameters());
    } else if (pace instanceof Pace.Curve c) {
      out.writeStartObject();
      out.writeStringField("type", "curve");
      out.writeArrayFieldStart("points");
      for (int i = 0; i < c.elapsed().size(); i++) {
        out.writeStartObject();
        number(out, "elapsed", c.elapsed().get(i));
        number(out, "expected", c.expected().get(i));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } else if (pace instanceof Pace.ByDates d) {
      out.writeStartObject();
      out.writeStringField("type", "byDates");
      out.writeArrayFieldStart("points");
      for (int i = 0; i < d.dates().size(); i++) {
        out.writeStartObject();
        out.writeStringField("date", d.dates().get(i).toString());
        number(out, "expected", d.expected().get(i));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } else if (pace instanceof Pace.FrontLoaded f) {
      out.writeStartObject();
      out.writeStringField("type", "frontLoaded");
      number(out, "power", f.power());
      out.writeEndObject();
    } else if (pace instanceof Pace.BackLoaded b) {
      out.writeStartObject();
      out.writeStringField("type", "backLoaded");
      number(out, "power", b.power());
      out.writeEndObject();
    } else {
      out.writeString(pace.kind());
    }
  }

  private static void strategy(JsonGenerator out, ScoringStrategy strategy) throws IOException {
    StrategySpec s = strategy.spec().orElseThrow();
    if (s instanceof StrategySpec.Named named) {
      named(out, s.kind(), named.parameters());
    } else if (s instanceof BuiltInStrategy.Linear l) {

      if (l.cap() == 1.0 && !l.roundToTenths()) {
        out.writeString("linear");
      } else {
        out.writeStartObject();
        out.writeStringField("type", "linear");
        number(out, "cap", l.cap());
        out.writeBooleanField("roundToTenths", l.roundToTenths());
        out.writeEndObject();
      }
    } else if (s instanceof BuiltInStrategy.Tiered t) {

      out.writeStartObject();
      out.writeStringField("type", "tiered");
      number(out, "floor", t.floor());
      number(out, "ceiling", t.ceiling());
      out.writeEndObject();
    } else if (s instanceof BuiltInStrategy.PercentOfTarget p) {

      if (p.cap() == 1.0) {
        out.writeString("percentOfTarget");
      } else {
        out.writeStartObject();
        out.writeStringField("type", "percentOfTarget");
        number(out, "cap", p.cap());
        out.writeEndObject();
      }
    } else if (s instanceof BuiltInStrategy.Range range) {
      out.writeStartObject();
      out.writeStringField("type", "range");
      number(out, "tolerance", range.tolerance());
      out.writeEndObject();
    } else if (s instanceof BuiltInStrategy.Stepped stepped) {
      points(out, "stepped", "steps", stepped.steps());
    } else if (s instanceof BuiltInStrategy.Curve curve) {
      points(out, "curve", "points", curve.points());
    } else {
      // binary and milestones take no parameters: their kind alone
      out.writeString(s.kind());
    }
  }

  /** A named kind: an object with its type and each parameter as a plain value. */
  private static void named(JsonGenerator out, String kind, Map<String, Object> parameters)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("type", kind);
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      out.writeFieldName(e.getKey());
      plain(out, e.getValue());
    }
    out.writeEndObject();
  }

  private static void plain(JsonGenerator out, Object value) throws IOException {
    if (value instanceof String string) {
      out.writeString(string);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Double d) {
      out.writeNumber(Generators.number(d));
    } else {
      out.writeStartArray();
      for (Object item : (List<?>) value) {
        plain(out, item);
      }
      out.writeEndArray();
    }
  }

  private static void points(JsonGenerator out, String type, String name, List<Point> points)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("type", type);
    out.writeArrayFieldStart(name);
    for (Point p : points) {
      out.writeStartObject();
      number(out, "achievement", p.achievement());
      number(out, "score", p.score());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void aggregation(JsonGenerator out, Aggregation aggregation) throws IOException {
    AggregationSpec a = aggregation.spec().orElseThrow();
    if (a instanceof AggregationSpec.Named named) {
      named(out, a.kind(), named.parameters());
    } else if (a instanceof BuiltInAggregation.AllMustPass allMustPass) {
      out.writeStartObject();
      out.writeStringField("type", "allMustPass");
      number(out, "passMark", allMustPass.passMark());
      out.writeEndObject();
    } else if (a instanceof BuiltInAggregation.CappedWeightedSum cappedWeightedSum) {
      out.writeStartObject();
      out.writeStringField("type", "cappedWeightedSum");
      number(out, "cap", cappedWeightedSum.cap());
      out.writeEndObject();
    } else {
      // the parameterless built-ins: their kind alone
      out.writeString(a.kind());
    }
  }
}
