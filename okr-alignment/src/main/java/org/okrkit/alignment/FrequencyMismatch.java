package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.Frequency;
import org.okrkit.core.Period;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN010}: KPIs whose reporting frequency does not fit their key result's period. Since a
 * valid KPI's own period fits its frequency, this comes with {@code ALN009} and says why the KPI
 * cannot simply take the key result's period.
 */
final class FrequencyMismatch extends BuiltInRule {
  static final FrequencyMismatch RULE = new FrequencyMismatch();

  private FrequencyMismatch() {
    super("frequencyMismatch", AlignmentRules.FREQUENCY_MISMATCH);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    AlignmentGraph.Supports supports = graph.supports();
    AlignmentGraph.Kpis kpis = graph.kpis();
    Period[] objectivePeriod = PeriodMismatch.objectivePeriods(context);
    // whether a frequency fits each objective's period, asked once per objective and frequency
    FrequencyFit fits = new FrequencyFit(objectivePeriod.length);
    for (int i = 0; i < supports.size(); i++) {
      int p = supports.kpi[i];
      int o = s.keyResultObjective(supports.keyResult[i]);
      Period krPeriod = objectivePeriod[o];
      Frequency frequency = kpis.frequency[p];
      if (!fits.fits(o, frequency, krPeriod)) {
        String k = s.measuredId(s.keyResultCount() + p);
        String kr = s.measuredId(supports.keyResult[i]);
        findings.accept(
            finding(
                Severity.WARNING,
                List.of(k, kr),
                ImmutableMap.<String, Object>builder()
                    .put("kpi", k)
                    .put("frequency", frequency)
                    .put("minimumDays", frequency.minimumDays())
                    .put("keyResult", kr)
                    .put("keyResultPeriod", krPeriod)
                    .put("periodDays", krPeriod.lengthInDays())
                    .put("fitting", coarsestFitting(krPeriod))
                    .buildOrThrow()));
      }
    }
  }

  /** The least frequent reporting that fits a period; {@code DAILY} fits every period. */
  static Frequency coarsestFitting(Period period) {
    Frequency[] all = Frequency.values();
    for (int i = all.length - 1; i > 0; i--) {
      if (all[i].fitsIn(period)) {
        return all[i];
      }
    }
    return all[0];
  }

  /** Whether a frequency fits each objective's period: asked once per objective and frequency. */
  static final class FrequencyFit {
    /** Bit f of known[o]: whether frequency f was asked about; of fit[o]: whether it fits. */
    private final int[] known;

    private final int[] fit;

    FrequencyFit(int objectives) {
      known = new int[objectives];
      fit = new int[objectives];
    }

    /** Whether {@code frequency} fits {@code period}, the period of objective {@code o}. */
    // a bit per frequency, in a mask per objective
    @SuppressWarnings("EnumOrdinal")
    boolean fits(int o, Frequency frequency, Period period) {
      int bit = 1 << frequency.ordinal();
      if ((known[o] & bit) == 0) {
        known[o] |= bit;
        if (frequency.fitsIn(period)) {
          fit[o] |= bit;
        }
      }
      return (fit[o] & bit) != 0;
    }
  }
}
