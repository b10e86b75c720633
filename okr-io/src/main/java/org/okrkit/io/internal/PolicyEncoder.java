package org.okrkit.io.internal;

import static org.okrkit.io.internal.Generators.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Level;
import org.okrkit.io.Format;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.internal.BuiltInAggregations;
import org.okrkit.scoring.internal.BuiltInStrategies;

/**
 * Writes a {@link ScoringPolicy} in the file format: every setting, the built-ins by type name
 * with their parameters (the type alone where every parameter has its default). A host's own
 * strategy, aggregation or pace has no name in the format and is refused, named.
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
    strategy("keyResultStrategy", p.keyResultStrategy());
    strategy("kpiStrategy", p.kpiStrategy());
    for (Map.Entry<String, ScoringStrategy> e : p.elementStrategies().entrySet()) {
      strategy("elementStrategies." + e.getKey(), e.getValue());
    }
    for (Map.Entry<String, ScoringStrategy> e : p.tagStrategies().entrySet()) {
      strategy("tagStrategies." + e.getKey(), e.getValue());
    }
    for (Map.Entry<Level, ScoringStrategy> e : p.levelStrategies().entrySet()) {
      strategy("levelStrategies." + e.getKey(), e.getValue());
    }
    aggregation("objectiveAggregation", p.objectiveAggregation());
    aggregation("kpiAggregation", p.kpiAggregation());
    aggregation("okrAggregation", p.okrAggregation());
    if (!(p.pace() instanceof Pace.Linear) && !(p.pace() instanceof Pace.Curve)) {
      throw unwritable("pace", "pace", p.pace(), "Pace.linear() and Pace.of(...)");
    }
  }

  private static void strategy(String setting, ScoringStrategy s) {
    if (!(s instanceof BuiltInStrategies.Binary
        || s instanceof BuiltInStrategies.Milestones
        || s instanceof BuiltInStrategies.Linear
        || s instanceof BuiltInStrategies.Tiered
        || s instanceof BuiltInStrategies.Stepped
        || s instanceof BuiltInStrategies.Curve
        || s instanceof BuiltInStrategies.PercentOfTarget
        || s instanceof BuiltInStrategies.Range)) {
      throw unwritable(setting, "strategy", s, "the built-ins of Strategies");
    }
  }

  private static void aggregation(String setting, Aggregation a) {
    if (!(a instanceof BuiltInAggregations.WeightedMean
        || a instanceof BuiltInAggregations.Minimum
        || a instanceof BuiltInAggregations.GeometricMean
        || a instanceof BuiltInAggregations.AllMustPass
        || a instanceof BuiltInAggregations.CappedWeightedSum)) {
      throw unwritable(setting, "aggregation", a, "the built-ins of Aggregations");
    }
  }

  private static IllegalArgumentException unwritable(
      String setting, String what, Object value, String builtIns) {
    return new IllegalArgumentException(
        "cannot write the scoring policy: " + setting + " is a host " + what + " ("
            + value.getClass().getName() + ": " + value + "); a policy file holds only "
            + builtIns);
  }

  private static void policy(JsonGenerator out, ScoringPolicy p) throws IOException {
    out.writeStartObject();
    out.writeNumberField("version", PlanDecoder.VERSION);
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
    out.writeFieldName("pace");
    if (p.pace() instanceof Pace.Curve) {
      Pace.Curve c = (Pace.Curve) p.pace();
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
    } else {
      out.writeString("linear");
    }
    number(out, "onTrackTolerance", p.onTrackTolerance());
    number(out, "atRiskTolerance", p.atRiskTolerance());
    out.writeEndObject();
  }

  private static void strategy(JsonGenerator out, ScoringStrategy s) throws IOException {
    if (s instanceof BuiltInStrategies.Binary) {
      out.writeString("binary");
    } else if (s instanceof BuiltInStrategies.Milestones) {
      out.writeString("milestones");
    } else if (s instanceof BuiltInStrategies.Linear) {
      BuiltInStrategies.Linear l = (BuiltInStrategies.Linear) s;
      if (l.cap() == 1.0 && !l.roundToTenths()) {
        out.writeString("linear");
      } else {
        out.writeStartObject();
        out.writeStringField("type", "linear");
        number(out, "cap", l.cap());
        out.writeBooleanField("roundToTenths", l.roundToTenths());
        out.writeEndObject();
      }
    } else if (s instanceof BuiltInStrategies.Tiered) {
      BuiltInStrategies.Tiered t = (BuiltInStrategies.Tiered) s;
      out.writeStartObject();
      out.writeStringField("type", "tiered");
      number(out, "floor", t.floor());
      number(out, "ceiling", t.ceiling());
      out.writeEndObject();
    } else if (s instanceof BuiltInStrategies.PercentOfTarget) {
      BuiltInStrategies.PercentOfTarget p = (BuiltInStrategies.PercentOfTarget) s;
      if (p.cap() == 1.0) {
        out.writeString("percentOfTarget");
      } else {
        out.writeStartObject();
        out.writeStringField("type", "percentOfTarget");
        number(out, "cap", p.cap());
        out.writeEndObject();
      }
    } else if (s instanceof BuiltInStrategies.Range) {
      out.writeStartObject();
      out.writeStringField("type", "range");
      number(out, "tolerance", ((BuiltInStrategies.Range) s).tolerance());
      out.writeEndObject();
    } else if (s instanceof BuiltInStrategies.Stepped) {
      points(out, "stepped", "steps", ((BuiltInStrategies.Stepped) s).steps());
    } else {
      points(out, "curve", "points", ((BuiltInStrategies.Curve) s).points());
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

  private static void aggregation(JsonGenerator out, Aggregation a) throws IOException {
    if (a instanceof BuiltInAggregations.AllMustPass) {
      out.writeStartObject();
      out.writeStringField("type", "allMustPass");
      number(out, "passMark", ((BuiltInAggregations.AllMustPass) a).passMark());
      out.writeEndObject();
    } else if (a instanceof BuiltInAggregations.CappedWeightedSum) {
      out.writeStartObject();
      out.writeStringField("type", "cappedWeightedSum");
      number(out, "cap", ((BuiltInAggregations.CappedWeightedSum) a).cap());
      out.writeEndObject();
    } else {
      // the parameterless built-ins print their type name
      out.writeString(a.toString());
    }
  }
}
