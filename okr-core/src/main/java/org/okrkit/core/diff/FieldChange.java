package org.okrkit.core.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Target;

/**
 * One field of an owner, element or the plan that differs: its old and new value as text ({@code
 * target: 0 -> 5 becomes 3 -> 5}). Weights are numbers written as text too.
 */
@Value.Immutable
public abstract sealed class FieldChange permits ImmutableFieldChange {

  FieldChange() {}

  /** What the field belongs to. */
  @Value.Parameter
  public abstract Subject subject();

  /** The id of the owner or element; empty for the plan. */
  @Value.Parameter
  public abstract String id();

  /**
   * The field: {@code title}, {@code target}, {@code weight}, {@code weight of contribution to
   * KR1}.
   */
  @Value.Parameter
  public abstract String field();

  /** The value before. */
  @Value.Parameter
  public abstract String before();

  /** The value after. */
  @Value.Parameter
  public abstract String after();

  /**
   * How {@link PlanDiff#render(java.util.Locale)} words the field and its values in another
   * language; empty for a change made elsewhere, which reads as written. Not part of {@code
   * equals}: it says the same as {@link #field()}, {@link #before()} and {@link #after()}.
   */
  @Value.Auxiliary
  abstract Optional<Wording> wording();

  /** A change. */
  public static FieldChange of(
      Subject subject, String id, String field, String before, String after) {
    return ImmutableFieldChange.of(subject, id, field, before, after);
  }

  /** A change that knows how to word itself in the diff bundle's phrases. */
  static FieldChange worded(
      Subject subject, String id, String field, String before, String after, Wording wording) {
    return ImmutableFieldChange.builder()
        .subject(subject)
        .id(id)
        .field(field)
        .before(before)
        .after(after)
        .wording(wording)
        .build();
  }

  /**
   * A field and its values as phrases of the {@code diff} bundle: the field's phrase {@code
   * field.KEY} filled with {@code {@of}} (the id a tie's field names), and each value as a list
   * whose first item is the key of its phrase and whose other items fill {@code {@t0}}, {@code
   * {@t1}}...; an empty list for a value that reads as written (a title, a number). A target's
   * values are kept as the targets themselves ({@code beforeTarget}, {@code afterTarget}), which
   * read as {@link Target#describe(java.util.Locale)} words them, after the phrase {@code
   * value.kind.KIND} when {@code withKind} (two targets that read the same but differ in kind).
   */
  record Wording(
      String field,
      String of,
      List<String> before,
      List<String> after,
      @Nullable Target beforeTarget,
      @Nullable Target afterTarget,
      boolean withKind) {
    Wording {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    Wording(String field, String of, List<String> before, List<String> after) {
      this(field, of, before, after, null, null, false);
    }

    /** The wording of a change of target. */
    static Wording targets(Target before, Target after, boolean withKind) {
      return new Wording("target", "", List.of(), List.of(), before, after, withKind);
    }
  }

  /** {@code KPI K1 target: 0 -> 5 => 3 -> 5}. */
  @Override
  public final String toString() {
    return (subject() == Subject.PLAN ? "plan" : subject().noun() + " " + id())
        + " "
        + field()
        + ": "
        + before()
        + " => "
        + after();
  }
}
