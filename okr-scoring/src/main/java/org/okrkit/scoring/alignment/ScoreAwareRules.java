package org.okrkit.scoring.alignment;

import static org.okrkit.core.Numbers.plain;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contributor;
import org.okrkit.core.KeyResult;
import org.okrkit.core.alignment.AlignmentContext;
import org.okrkit.core.alignment.AlignmentRule;
import org.okrkit.core.alignment.Finding;
import org.okrkit.core.alignment.Severity;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.Status;
import org.okrkit.scoring.internal.Display;

/**
 * The alignment rules that need scores. Each takes the {@link Scorecard} of the plan it checks and
 * fails (so the analyzer reports {@code ALN000}) when asked to check another plan.
 *
 * <table>
 *   <caption>Finding codes of okr-scoring</caption>
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
 * have a check-in as of the scorecard's date. Key results without a status are left out.
 */
public final class ScoreAwareRules {
  /** A key result off track while its KPIs are met. */
  public static final String KPIS_MET_KEY_RESULT_OFF_TRACK = "ALN101";
  /** A key result on track while its KPIs are missed. */
  public static final String KPIS_MISSED_KEY_RESULT_ON_TRACK = "ALN102";

  private ScoreAwareRules() {}

  /** The divergence rule where "mostly" means 75 % of the KPIs' weight. */
  public static AlignmentRule divergence(Scorecard scorecard) {
    return divergence(scorecard, 0.75);
  }

  /**
   * The divergence rule: reports key results whose KPIs say the opposite of the key result.
   *
   * @param mostly the share of the KPIs' contribution weight, above 0.5 and at most 1, from which
   *     the KPIs mostly say one thing
   * @throws IllegalArgumentException unless {@code 0.5 < mostly <= 1}
   */
  public static AlignmentRule divergence(Scorecard scorecard, double mostly) {
    return new Divergence(scorecard, mostly);
  }

  /** The divergence rule; equal for the same scorecard and share. */
  private static final class Divergence implements AlignmentRule {
    private final Scorecard scorecard;
    private final double mostly;

    Divergence(Scorecard scorecard, double mostly) {
      this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
      checkArgument(
          mostly > 0.5 && mostly <= 1,
          "the divergence rule's share must lie above 0.5 and at most 1, got %s",
          plain(mostly));
      this.mostly = mostly;
    }

    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      if (context.plan() != scorecard.plan() && !context.plan().equals(scorecard.plan())) {
        throw new IllegalArgumentException(
            "the divergence rule holds a scorecard of " + scorecard.plan() + ", not of "
                + context.plan() + "; score the plan you analyse");
      }
      for (KeyResult kr : context.plan().keyResults()) {
        ElementScore krScore = scorecard.element(kr.id());
        if (krScore.status().isEmpty()) {
          continue;
        }
        List<String> met = new ArrayList<>();
        List<String> offTrack = new ArrayList<>();
        double metWeight = 0;
        double offTrackWeight = 0;
        double total = 0;
        for (Contributor c : context.plan().contributorsTo(kr.id())) {
          ElementScore kpi = scorecard.element(c.kpi().id());
          if (kpi.progress().isEmpty() || kpi.actual().isEmpty()) {
            continue;
          }
          total += c.weight();
          if (kpi.progress().getAsDouble() >= 1 - Bands.MARGIN) {
            metWeight += c.weight();
            met.add(c.kpi().id());
          } else if (kpi.status().equals(java.util.Optional.of(Status.OFF_TRACK))) {
            offTrackWeight += c.weight();
            offTrack.add(c.kpi().id());
          }
        }
        if (total == 0) {
          continue;
        }
        Status status = krScore.status().get();
        String progress =
            "progress " + Display.score(krScore.progress().orElse(0)) + ", expected "
                + Display.score(krScore.expectedProgress().orElse(0));
        if (status == Status.OFF_TRACK && metWeight / total >= mostly - Bands.MARGIN) {
          List<String> ids = new ArrayList<>();
          ids.add(kr.id());
          ids.addAll(met);
          findings.accept(
              Finding.of(
                  KPIS_MET_KEY_RESULT_OFF_TRACK,
                  Severity.WARNING,
                  ids,
                  "key result '" + kr.id() + "' is OFF_TRACK (" + progress + ") while "
                      + Display.score(metWeight / total * 100) + " % of the weight of its KPIs is met ("
                      + String.join(", ", met) + "): the KPIs may measure the wrong thing",
                  "check that meeting these KPIs moves the key result; replace or re-weight KPIs"
                      + " that can be met without it, since chasing a metric alone can hurt the"
                      + " business"));
        } else if (status == Status.ON_TRACK && offTrackWeight / total >= mostly - Bands.MARGIN) {
          List<String> ids = new ArrayList<>();
          ids.add(kr.id());
          ids.addAll(offTrack);
          findings.accept(
              Finding.of(
                  KPIS_MISSED_KEY_RESULT_ON_TRACK,
                  Severity.INFO,
                  ids,
                  "key result '" + kr.id() + "' is ON_TRACK (" + progress + ") while "
                      + Display.score(offTrackWeight / total * 100)
                      + " % of the weight of its KPIs is OFF_TRACK (" + String.join(", ", offTrack)
                      + "): its progress comes from elsewhere",
                  "find what drives the key result and make it a KPI, or retire KPIs that do not"
                      + " contribute to it"));
        }
      }
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Divergence
          && ((Divergence) other).scorecard.equals(scorecard)
          && ((Divergence) other).mostly == mostly;
    }

    @Override
    public int hashCode() {
      return Objects.hash(scorecard, mostly);
    }

    @Override
    public String toString() {
      return "divergence(mostly=" + plain(mostly) + ")";
    }
  }
}
