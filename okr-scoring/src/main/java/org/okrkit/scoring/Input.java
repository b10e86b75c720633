package org.okrkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.okrkit.core.Frequency;
import org.okrkit.core.Period;

/**
 * What an {@link Explanation} was computed from, as data: the actual value and the date of its
 * check-in, the target, the measure's direction, progress (and signed progress where it leaves [0,
 * 1]) and the progress expected by the scorecard's date, an objective's owner and kind, an owner's
 * level, and confidence: reported on a key result or KPI, rolled up to objectives and owners.
 * Numbers are finite and keep their exact values. Immutable and thread-safe.
 */
public sealed interface Input
    permits Input.Actual,
        Input.Target,
        Input.Direction,
        Input.Owner,
        Input.ObjectiveKind,
        Input.Level,
        Input.Progress,
        Input.ExpectedProgress,
        Input.ExpectedInFull,
        Input.SignedProgress,
        Input.ReportedConfidence,
        Input.RolledUpConfidence,
        Input.StatusBasis {

  /** The input in English, as explanations show it: {@code actual 13 on 2026-05-31}. */
  default String render() {
    return Renderer.english().input(this);
  }

  /**
   * The input as {@link #render()} writes it, in the words of {@code locale} (English for {@link
   * java.util.Locale#ROOT}, {@link java.util.Locale#ENGLISH} and any locale without a translation);
   * never in the JVM's default locale.
   *
   * @param locale the language to write in, not null
   */
  default String render(java.util.Locale locale) {
    return Renderer.of(java.util.Objects.requireNonNull(locale, "locale")).input(this);
  }

  /**
   * The actual value scored.
   *
   * @param value the value, finite
   * @param date the date of the check-in it comes from; empty when it comes from none
   */
  record Actual(double value, Optional<LocalDate> date) implements Input {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if the value is not finite
     */
    public Actual {
      checkArgument(Double.isFinite(value), "actual value must be finite, got %s", value);
      requireNonNull(date, "date");
    }
  }

  /**
   * The target in force, and the name of the measure it is in.
   *
   * @param target the target
   * @param measure the measure's name, such as {@code new partner companies}
   */
  record Target(org.okrkit.core.Target target, String measure) implements Input {
    /** Checks the parts. */
    public Target {
      requireNonNull(target, "target");
      requireNonNull(measure, "measure");
    }
  }

  /**
   * The direction of the measure.
   *
   * @param direction the direction
   */
  record Direction(org.okrkit.core.Direction direction) implements Input {
    /** Checks the direction. */
    public Direction {
      requireNonNull(direction, "direction");
    }
  }

  /**
   * The owner of an objective.
   *
   * @param id the owner's id
   */
  record Owner(String id) implements Input {
    /** Checks the id. */
    public Owner {
      requireNonNull(id, "id");
    }
  }

  /**
   * The kind of an objective.
   *
   * @param kind committed or aspirational
   */
  record ObjectiveKind(org.okrkit.core.ObjectiveKind kind) implements Input {
    /** Checks the kind. */
    public ObjectiveKind {
      requireNonNull(kind, "kind");
    }
  }

  /**
   * The level of an owner.
   *
   * @param level the level
   */
  record Level(org.okrkit.core.Level level) implements Input {
    /** Checks the level. */
    public Level {
      requireNonNull(level, "level");
    }
  }

  /**
   * Progress toward the target: achievement clamped to [0, 1].
   *
   * @param progress from 0 to 1
   */
  record Progress(double progress) implements Input {
    /**
     * Checks the progress.
     *
     * @throws IllegalArgumentException if the progress is not from 0 to 1
     */
    public Progress {
      checkArgument(
          progress >= 0 && progress <= 1, "progress must lie from 0 to 1, got %s", progress);
    }
  }

  /**
   * The progress expected by the scorecard's date: the pace of the share of the period elapsed.
   *
   * @param expected the expected progress, from 0 to 1
   * @param elapsedDays the days of the period elapsed by the date, rounded, from 0 to {@code
   *     totalDays}
   * @param totalDays the days of the period
   * @param period the period
   * @param pace the pace judging the element ({@link ScoringPolicy#paceFor}), resolved for it
   */
  record ExpectedProgress(
      double expected, long elapsedDays, long totalDays, Period period, Pace pace)
      implements Input {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the expected progress is not from 0 to 1 or the days are
     *     out of range
     */
    public ExpectedProgress {
      checkArgument(
          expected >= 0 && expected <= 1,
          "expected progress must lie from 0 to 1, got %s",
          expected);
      checkArgument(
          elapsedDays >= 0 && elapsedDays <= totalDays,
          "elapsed days must lie from 0 to the period's %s days, got %s",
          totalDays,
          elapsedDays);
      requireNonNull(period, "period");
      requireNonNull(pace, "pace");
    }
  }

  /**
   * A KPI that reports more than once in its period, so each report is expected to meet the target
   * in full.
   *
   * @param frequency how often the KPI reports
   */
  record ExpectedInFull(Frequency frequency) implements Input {
    /** Checks the frequency. */
    public ExpectedInFull {
      requireNonNull(frequency, "frequency");
    }
  }

  /**
   * Progress toward the target, signed: the achievement as it is, below 0 when the value moved away
   * from the target past the baseline (from 20 to 0 on the way to 100 is -0.25), above 1 beyond the
   * target. Shown beside {@link Progress} only when the two differ; scores, bands and status use
   * the clamped progress.
   *
   * @param progress the signed progress, finite
   */
  record SignedProgress(double progress) implements Input {
    /**
     * Checks the progress.
     *
     * @throws IllegalArgumentException if the progress is not finite
     */
    public SignedProgress {
      checkArgument(Double.isFinite(progress), "signed progress must be finite, got %s", progress);
    }
  }

  /**
   * The confidence last reported for a key result or KPI: the confidence of its latest check-in by
   * the scorecard's date that carries one.
   *
   * @param confidence the confidence, from 0 to 1
   * @param date the date of the check-in it comes from
   */
  record ReportedConfidence(double confidence, LocalDate date) implements Input {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the confidence is not from 0 to 1
     */
    public ReportedConfidence {
      checkArgument(
          confidence >= 0 && confidence <= 1,
          "confidence must lie from 0 to 1, got %s",
          confidence);
      requireNonNull(date, "date");
    }
  }

  /**
   * The confidence of an objective or owner: the weighted mean of its parts' confidences by the
   * weights its score rolls up with, over the parts whose confidence is known. Absent when none is.
   *
   * @param confidence the rolled-up confidence, from 0 to 1
   * @param known how many parts have a confidence, from 1 to {@code parts}
   * @param parts how many parts the roll-up has: an objective's key results and contributing
   *     objectives, the KPIs or objectives of an owner's part, an owner's KPI and OKR parts
   */
  record RolledUpConfidence(double confidence, int known, int parts) implements Input {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the confidence is not from 0 to 1 or the counts are out
     *     of range
     */
    public RolledUpConfidence {
      checkArgument(
          confidence >= 0 && confidence <= 1,
          "confidence must lie from 0 to 1, got %s",
          confidence);
      checkArgument(
          known >= 1 && known <= parts,
          "known parts must lie from 1 to the %s parts, got %s",
          parts,
          known);
    }
  }

  /**
   * How the status was judged, shown when the policy does not judge it by default: the rule that
   * rolls children's statuses up, and the tolerance that judges progress against the pace.
   *
   * @param rule the policy's {@link ScoringPolicy#statusRule()}
   * @param tolerance the policy's {@link ScoringPolicy#paceTolerance()}
   */
  record StatusBasis(StatusRule rule, PaceTolerance tolerance) implements Input {
    /** Checks the parts. */
    public StatusBasis {
      requireNonNull(rule, "rule");
      requireNonNull(tolerance, "tolerance");
    }
  }
}
