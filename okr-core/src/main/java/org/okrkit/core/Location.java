package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.Checks;

/**
 * Where in a plan's parts a {@link Problem} lies, as data: a path of {@linkplain Step steps} from
 * the plan down, such as the KPI {@code K1} (the first of the builder's KPIs), its contribution to
 * {@code KR9}, that contribution's weight. Readers of plan files map a location to the line and
 * column of what they read it from; {@link #path()} spells it as people read it: {@code
 * kpis[K1].contributions[KR9].weight}.
 *
 * <p>Immutable and safe to share between threads; equal when their steps are.
 */
public final class Location {
  /** One step of a location: a field, or a part of a collection. */
  public static final class Step {
    private final String name;
    private final @Nullable String id;
    private final int index;
    private final boolean keyed;

    private Step(String name, @Nullable String id, int index, boolean keyed) {
      this.name = requireNonNull(name, "name");
      this.id = id;
      this.index = index;
      this.keyed = keyed;
    }

    /** The field or collection: {@code kpis}, {@code contributions}, {@code weight}, … */
    public String name() {
      return name;
    }

    /**
     * The id of the part, for a collection whose parts have ids (owners, elements, a KPI's
     * contributions by key result); empty when the part's id is itself unusable, or for a field.
     */
    public Optional<String> id() {
      return Optional.ofNullable(id);
    }

    /**
     * The part's position in its collection as given (in the builder, or in the KPI's list of
     * contributions); empty for a field.
     */
    public OptionalInt index() {
      return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Whether this step is a part of a collection rather than a field. */
    public boolean isPart() {
      return index >= 0;
    }

    /**
     * {@code kpis[K1]}, {@code objectives[#3]} (an unusable id), {@code checkIns[12]}, {@code
     * weight}.
     */
    @Override
    public String toString() {
      if (index < 0) {
        return name;
      }
      return name + "[" + (id != null ? id : keyed ? "#" + index : Integer.toString(index)) + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Step that)) {
        return false;
      }

      return name.equals(that.name)
          && Objects.equals(id, that.id)
          && index == that.index
          && keyed == that.keyed;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, id, index, keyed);
    }
  }

  private final ImmutableList<Step> steps;

  private Location(ImmutableList<Step> steps) {
    this.steps = steps;
  }

  /** A field of the plan itself: {@code period}. */
  public static Location field(String name) {
    return new Location(ImmutableList.of(new Step(name, null, -1, false)));
  }

  /**
   * A part with an id, at {@code index} of collection {@code collection}: {@code kpis[K1]}; the id
   * is left out (the index shown instead) when it is not a valid id.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Location part(String collection, String id, int index) {
    return new Location(ImmutableList.of(keyed(collection, id, index)));
  }

  /**
   * A part known by its position alone, at {@code index} of collection {@code collection}: {@code
   * checkIns[12]}, {@code revisions[0]}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Location item(String collection, int index) {
    return new Location(ImmutableList.of(new Step(collection, null, checkedIndex(index), false)));
  }

  /** This location's field {@code name}: {@code kpis[K1]} then {@code weight}. */
  public Location then(String name) {
    return append(new Step(name, null, -1, false));
  }

  /**
   * The part with id {@code id} at {@code index} of this location's collection {@code collection}.
   */
  public Location then(String collection, String id, int index) {
    return append(keyed(collection, id, index));
  }

  private Location append(Step step) {
    return new Location(
        ImmutableList.<Step>builderWithExpectedSize(steps.size() + 1)
            .addAll(steps)
            .add(step)
            .build());
  }

  private static Step keyed(String collection, String id, int index) {
    requireNonNull(id, "id");
    return new Step(collection, Checks.isValidId(id) ? id : null, checkedIndex(index), true);
  }

  private static int checkedIndex(int index) {
    Checks.requireArgument(index >= 0, "index must be at least 0, got %d", index);
    return index;
  }

  /** The steps, from the plan down. */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /** The location as people read it: {@code kpis[K1].contributions[KR9].weight}. */
  public String path() {
    StringBuilder text = new StringBuilder();
    for (Step s : steps) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(s);
    }
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Location location && steps.equals(location.steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** {@link #path()}. */
  @Override
  public String toString() {
    return path();
  }
}
