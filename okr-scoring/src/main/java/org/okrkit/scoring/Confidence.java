package org.okrkit.scoring;

import com.google.common.primitives.ImmutableIntArray;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.okrkit.core.CheckInColumns;
import org.okrkit.core.PlanStructure;

/**
 * The confidence of every element and owner of a scorecard: each key result's and KPI's latest
 * reported confidence (the last check-in on or before the date that carries one), rolled up to
 * objectives and owners by the weights the score roll-up uses: an objective's key results by their
 * weights and the objectives contributing to it by the policy's child weight; an owner's KPIs by
 * KPI weight and its objectives each by 1, the two parts mixed by the composite weights. A roll-up
 * is the {@linkplain #rollUp weighted mean} over the parts whose confidence is known, the weights
 * renormalised over them; with none known it is unknown. Unknown is NaN here, never 0; the
 * scorecard turns it into an empty optional. Computed in the constructor, read-only afterwards.
 */
final class Confidence {
  private final double[] measured;
  private final long[] reportedOn;
  private final double[] objective;
  private final int[] objectiveKnown;
  private final int[] objectiveParts;
  private final double[] kpiPart;
  private final double[] okrPart;
  private final double[] owner;

  /** Per owner: the known and all parts of its KPI part, OKR part and composite, in that order. */
  private final int[] ownerCounts;

  Confidence(Engine engine) {
    PlanStructure s = engine.structure;
    CheckInColumns columns = engine.plan.checkInColumns();
    int nm = s.measuredCount();
    int nk = s.keyResultCount();
    measured = new double[nm];
    reportedOn = new long[nm];
    for (int m = 0; m < nm; m++) {
      measured[m] = Double.NaN;
      for (int i = columns.lastOnOrBefore(m, engine.asOf); i >= 0; i--) {
        OptionalDouble c = columns.confidence(m, i);
        if (c.isPresent()) {
          measured[m] = c.getAsDouble();
          reportedOn[m] = columns.epochDay(m, i);
          break;
        }
      }
    }
    int no = s.objectiveCount();
    objective = new double[no];
    objectiveKnown = new int[no];
    objectiveParts = new int[no];
    double childWeight = engine.policy.childObjectiveWeight();
    ImmutableIntArray order = s.objectivesChildrenFirst();
    for (int j = 0; j < order.length(); j++) {
      int o = order.get(j);
      ImmutableIntArray krs = s.keyResultsOf(o);
      ImmutableIntArray children =
          childWeight > 0 ? s.countedChildObjectivesOf(o) : ImmutableIntArray.of();
      double[] values = new double[krs.length() + children.length()];
      double[] weights = new double[values.length];
      for (int i = 0; i < krs.length(); i++) {
        values[i] = measured[krs.get(i)];
        weights[i] = engine.compiled.rollup.keyResultWeight(krs.get(i));
      }
      for (int i = 0; i < children.length(); i++) {
        values[krs.length() + i] = objective[children.get(i)];
        weights[krs.length() + i] = childWeight;
      }
      objective[o] = rollUp(values, weights);
      objectiveKnown[o] = known(values, weights);
      objectiveParts[o] = values.length;
    }
    int nw = s.ownerCount();
    kpiPart = new double[nw];
    okrPart = new double[nw];
    owner = new double[nw];
    ownerCounts = new int[6 * nw];
    for (int w = 0; w < nw; w++) {
      ImmutableIntArray kpis = s.kpisOf(w);
      double[] values = new double[kpis.length()];
      double[] weights = new double[kpis.length()];
      for (int i = 0; i < kpis.length(); i++) {
        values[i] = measured[nk + kpis.get(i)];
        weights[i] = s.kpiWeight(kpis.get(i));
      }
      kpiPart[w] = rollUp(values, weights);
      ownerCounts[6 * w] = known(values, weights);
      ownerCounts[6 * w + 1] = values.length;
      ImmutableIntArray objectives = s.objectivesOf(w);
      values = new double[objectives.length()];
      weights = new double[objectives.length()];
      for (int i = 0; i < objectives.length(); i++) {
        values[i] = objective[objectives.get(i)];
        weights[i] = 1;
      }
      okrPart[w] = rollUp(values, weights);
      ownerCounts[6 * w + 2] = known(values, weights);
      ownerCounts[6 * w + 3] = values.length;
      // the parts the owner has, as the composite score mixes them
      boolean hasKpis = kpis.length() > 0;
      boolean hasObjectives = objectives.length() > 0;
      values = new double[(hasKpis ? 1 : 0) + (hasObjectives ? 1 : 0)];
      weights = new double[values.length];
      int i = 0;
      if (hasKpis) {
        values[i] = kpiPart[w];
        weights[i++] = engine.policy.compositeKpiWeight();
      }
      if (hasObjectives) {
        values[i] = okrPart[w];
        weights[i] = engine.policy.compositeOkrWeight();
      }
      owner[w] = rollUp(values, weights);
      ownerCounts[6 * w + 4] = known(values, weights);
      ownerCounts[6 * w + 5] = values.length;
    }
  }

  /**
   * The weighted mean of the known {@code values} (those not NaN, with a weight above 0) by their
   * {@code weights}, renormalised over them; NaN when none is known. The result lies within the
   * least and greatest known value, whatever the rounding.
   */
  static double rollUp(double[] values, double[] weights) {
    double sum = 0;
    double total = 0;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      double w = weights[i];
      if (!Double.isNaN(v) && w > 0) {
        sum += w * v;
        total += w;
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    return total > 0 ? Math.max(low, Math.min(high, sum / total)) : Double.NaN;
  }

  /** How many of {@code values} count in {@link #rollUp}: known, with a weight above 0. */
  static int known(double[] values, double[] weights) {
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i]) && weights[i] > 0) {
        n++;
      }
    }
    return n;
  }

  /** The latest confidence reported for measured element {@code m} by the date; NaN if none. */
  double measured(int m) {
    return measured[m];
  }

  /** The date of the check-in {@link #measured} comes from; meaningful only when it is known. */
  LocalDate reportedOn(int m) {
    return LocalDate.ofEpochDay(reportedOn[m]);
  }

  /** Objective {@code o}'s rolled-up confidence; NaN if unknown. */
  double objective(int o) {
    return objective[o];
  }

  /** How many parts of objective {@code o}'s roll-up have a confidence. */
  int objectiveKnown(int o) {
    return objectiveKnown[o];
  }

  /** How many parts objective {@code o}'s roll-up has: key results and contributing objectives. */
  int objectiveParts(int o) {
    return objectiveParts[o];
  }

  /** The confidence of owner {@code w}'s KPIs, by KPI weight; NaN if unknown. */
  double kpiPart(int w) {
    return kpiPart[w];
  }

  /** The confidence of the objectives owner {@code w} owns; NaN if unknown. */
  double okrPart(int w) {
    return okrPart[w];
  }

  /** Owner {@code w}'s confidence: its two parts mixed by the composite weights; NaN if unknown. */
  double owner(int w) {
    return owner[w];
  }

  /**
   * How many parts of a roll-up of owner {@code w} have a confidence ({@code all} false) or are
   * there at all ({@code all} true): of its KPI part ({@code part} 0), its OKR part (1) or its
   * composite (2).
   */
  int ownerCount(int w, int part, boolean all) {
    return ownerCounts[6 * w + 2 * part + (all ? 1 : 0)];
  }
}
