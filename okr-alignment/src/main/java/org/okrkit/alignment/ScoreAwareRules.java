package org.okrkit.alignment;

import static com.google.common.base.Preconditions.checkArgument;
import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contribution;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.Status;

/**
 * The alignment rules that need scores. They read the {@link Scorecard} from the {@linkplain
 * AlignmentContext#scorecard() context}, so one rule (and one analyzer holding it) serves any
 * number of plans: {@link AlignmentAnalyzer#analyze(Scorecard) analyzer.analyze(scorecard)} gives
 * them the scores of the plan it analyses.
 *
 * <p><b>Without a scorecard</b> ({@link AlignmentAnalyzer#analyze(Plan) analyzer.analyze(plan)})
 * the score-aware rules are skipped: they report nothing, as they leave out every key result
 * without a status, and never fail. So a host may keep them in the one analyzer it uses with and
 * without scores; the structural rules report the same either way.
 *
 * <table>
 *   <caption>Finding codes of the score-aware rules</caption>
 *   <tr><th>code</th><th>severity</th><th>condition</th><th>ids</th></tr>
 *   <tr><td>ALN101</td><td>WARNING</td>
 *       <td>a key result is {@code OFF_TRACK} while mostly (by contribution weight) the KPIs
 *       supporting it are met: the KPIs may be the wrong indicators, the seed's warning that chasing
 *       a metric alone can hurt the business</td>
 *       <td>key result, then its met KPIs</td></tr>
 *   <tr><td>ALN102</td><td>INFO</td>
 *       <td>a key result is {@code ON_TRACK} while mostly its KPIs are {@code OFF_TRACK}: its progress
 *       comes from something the KPIs do not measure</td>
 *       <td>key result, then its off-track KPIs</td></tr>
 * </table>
 *
 * <p>A KPI counts as met when its progress (achievement, clamped to [0, 1]) reaches 1; "mostly"
 * means at least the rule's share (0.75 by default) of the contribution weight of the KPIs that
 * have a check-in as of the scorecard's date. Key results without a status are left out. The
 * messages and hints are written from {@link AlignmentRules#templates()}, the one table of every
 * built-in code.
 */
public final class ScoreAwareRules {
  /** A key result off track while its KPIs are met. */
  public static final String KPIS_MET_KEY_RESULT_OFF_TRACK = "ALN101";

  /** A key result on track while its KPIs are missed. */
  public static final String KPIS_MISSED_KEY_RESULT_ON_TRACK = "ALN102";

  /** The default "mostly": 75 % of the KPIs' weight. */
  private static final double MOSTLY = 0.75;

  private ScoreAwareRules() {}

  /** Both divergence rules, {@code ALN101} and {@code ALN102}, where "mostly" means 75 %. */
  public static ImmutableList<AlignmentRule> divergence() {
    return divergence(MOSTLY);
  }

  /**
   * Both divergence rules, which report key results whose KPIs say the opposite of the key result:
   * {@link #kpisMetKeyResultOffTrack} and {@link #kpisMissedKeyResultOnTrack}.
   *
   * @param mostly the share of the KPIs' contribution weight, above 0.5 and at most 1, from which
   *     the KPIs mostly say one thing
   * @throws IllegalArgumentException unless {@code 0.5 < mostly <= 1}
   */
  public static ImmutableList<AlignmentRule> divergence(double mostly) {
    return ImmutableList.of(kpisMetKeyResultOffTrack(mostly), kpisMissedKeyResultOnTrack(mostly));
  }

  /** {@code ALN101}, where "mostly" means 75 % of the KPIs' weight. */
  public static AlignmentRule kpisMetKeyResultOffTrack() {
    return kpisMetKeyResultOffTrack(MOSTLY);
  }

  /**
   * {@code ALN101}: key results {@code OFF_TRACK} while mostly their KPIs are met.
   *
   * @throws IllegalArgumentException unless {@code 0.5 < mostly <= 1}
   */
  public static AlignmentRule kpisMetKeyResultOffTrack(double mostly) {
    return new Divergence(KPIS_MET_KEY_RESULT_OFF_TRACK, mostly);
  }

  /** {@code ALN102}, where "mostly" means 75 % of the KPIs' weight. */
  public static AlignmentRule kpisMissedKeyResultOnTrack() {
    return kpisMissedKeyResultOnTrack(MOSTLY);
  }

  /**
   * {@code ALN102}: key results {@code ON_TRACK} while mostly their KPIs are {@code OFF_TRACK}.
   *
   * @throws IllegalArgumentException unless {@code 0.5 < mostly <= 1}
   */
  public static AlignmentRule kpisMissedKeyResultOnTrack(double mostly) {
    return new Divergence(KPIS_MISSED_KEY_RESULT_ON_TRACK, mostly);
  }

  /** One divergence rule, reporting one code; equal for the same code and share. */
  private static final class Divergence implements AlignmentRule {
    private final String code;
    private final double mostly;

    Divergence(String code, double mostly) {
      this.code = code;
      checkArgument(
          mostly > 0.5 && mostly <= 1,
          "the divergence rule's share must lie above 0.5 and at most 1, got %s",
          plain(mostly));
      this.mostly = mostly;
    }

    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      Optional<Scorecard> scored = context.scorecard();
      if (scored.isEmpty()) {
        // no scores, so no key result has a status: nothing to compare, as for an unscored one
        return;
      }
      Scorecard scorecard = scored.get();
      PlanStructure s = context.plan().structure();
      int nk = s.keyResultCount();
      Scores scores = new Scores(scorecard, s);
      Contributors contributors = new Contributors(s);
      for (int k = 0; k < nk; k++) {
        ElementScore krScore = scores.of(k);
        if (krScore.status().isEmpty()) {
          continue;
        }
        List<String> met = new ArrayList<>();
        List<String> offTrack = new ArrayList<>();
        double metWeight = 0;
        double offTrackWeight = 0;
        double total = 0;
        for (int at = contributors.start[k]; at < contributors.start[k + 1]; at++) {
          int p = contributors.kpi[at];
          double weight = contributors.weight[at];
          ElementScore kpi = scores.of(nk + p);
          if (kpi.progress().isEmpty() || kpi.actual().isEmpty()) {
            continue;
          }
          total += weight;
          if (kpi.progress().getAsDouble() >= 1 - Bands.MARGIN) {
            metWeight += weight;
            met.add(s.measuredId(nk + p));
          } else if (kpi.status().equals(Optional.of(Status.OFF_TRACK))) {
            offTrackWeight += weight;
            offTrack.add(s.measuredId(nk + p));
          }
        }
        if (total == 0) {
          continue;
        }
        String id = s.measuredId(k);
        Status status = krScore.status().get();
        boolean offTrackWhileMet =
            code.equals(KPIS_MET_KEY_RESULT_OFF_TRACK)
                && status == Status.OFF_TRACK
                && metWeight / total >= mostly - Bands.MARGIN;
        boolean onTrackWhileMissed =
            code.equals(KPIS_MISSED_KEY_RESULT_ON_TRACK)
                && status == Status.ON_TRACK
                && offTrackWeight / total >= mostly - Bands.MARGIN;
        if (!offTrackWhileMet && !onTrackWhileMissed) {
          continue;
        }
        List<String> kpis = offTrackWhileMet ? met : offTrack;
        List<String> ids = new ArrayList<>();
        ids.add(id);
        ids.addAll(kpis);
        findings.accept(
            AlignmentRules.templates()
                .finding(
                    code,
                    offTrackWhileMet ? Severity.WARNING : Severity.INFO,
                    ids,
                    ImmutableMap.of(
                        "keyResult",
                        id,
                        "progress",
                        krScore.progress().orElse(0),
                        "expected",
                        krScore.expectedProgress().orElse(0),
                        "percent",
                        (offTrackWhileMet ? metWeight : offTrackWeight) / total * 100,
                        "kpis",
                        kpis)));
      }
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Divergence divergence
          && divergence.code.equals(code)
          && divergence.mostly == mostly;
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, mostly);
    }

    @Override
    public String toString() {
      return "ScoreAwareRules."
          + (code.equals(KPIS_MET_KEY_RESULT_OFF_TRACK)
              ? "kpisMetKeyResultOffTrack"
              : "kpisMissedKeyResultOnTrack")
          + "(mostly="
          + plain(mostly)
          + ")";
    }
  }

  /**
   * The scores of a plan's key results and KPIs by their measured positions in the plan's
   * structure, read from the scorecard's list of element results.
   */
  private static final class Scores {
    private final List<ElementScore> elements;

    /** Where the scorecard lists the measured elements: after its objectives. */
    private final int measuredFrom;

    /** The scorecard's measured position of each of the plan's, or null when they are the same. */
    private final int @Nullable [] scored;

    Scores(Scorecard scorecard, PlanStructure s) {
      this.elements = scorecard.elements();
      PlanStructure other = scorecard.plan().structure();
      this.measuredFrom = other.objectiveCount();
      this.scored = samePositions(s, other) ? null : positions(s, other);
    }

    /** The score of measured element {@code m} of the plan. */
    ElementScore of(int m) {
      return elements.get(measuredFrom + (scored == null ? m : scored[m]));
    }

    /** Whether the measured elements of two equal plans stand in the same positions. */
    private static boolean samePositions(PlanStructure s, PlanStructure other) {
      if (s == other) {
        return true;
      }
      for (int m = 0; m < s.measuredCount(); m++) {
        if (!s.measuredId(m).equals(other.measuredId(m))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The other plan's position of each measured element: an equal plan that lists its elements in
     * another order, which only its own index of ids can relate.
     */
    private static int[] positions(PlanStructure s, PlanStructure other) {
      int[] at = new int[s.measuredCount()];
      for (int m = 0; m < at.length; m++) {
        at[m] = other.indexOfMeasured(s.measuredId(m));
      }
      return at;
    }
  }

  /**
   * The KPIs supporting each key result, in the order of {@link PlanStructure#contributorsTo}, with
   * their contribution weights: read in one pass over the KPIs' contributions.
   */
  private static final class Contributors {
    /** Key result k's contributors are at start[k] to start[k + 1] of kpi and weight. */
    final int[] start;

    final int[] kpi;
    final double[] weight;

    Contributors(PlanStructure s) {
      int nk = s.keyResultCount();
      start = new int[nk + 1];
      for (int k = 0; k < nk; k++) {
        start[k + 1] = start[k] + s.contributorsTo(k).length();
      }
      kpi = new int[start[nk]];
      weight = new double[start[nk]];
      // contributorsTo lists a key result's KPIs in plan order: so does filling them KPI by KPI
      int[] fill = Arrays.copyOf(start, nk);
      for (int p = 0; p < s.kpiCount(); p++) {
        List<Contribution> contributions = s.kpi(p).contributions();
        ImmutableIntArray supported = s.supportedBy(p);
        for (int c = 0; c < supported.length(); c++) {
          int at = fill[supported.get(c)]++;
          kpi[at] = p;
          weight[at] = contributions.get(c).weight();
        }
      }
    }
  }
}
