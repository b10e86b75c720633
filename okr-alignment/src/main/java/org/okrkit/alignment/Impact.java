package org.okrkit.alignment;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What one KPI reaches through the alignment structure, and its weight in each: the key results,
 * objectives and owners it feeds, directly or through the objectives aligned above them. See {@link
 * AlignmentGraph#impactOf} for the definition of the weights. Each list is ordered by weight, the
 * largest first, and ties by id.
 */
@Value.Immutable
public abstract sealed class Impact permits ImmutableImpact {

  Impact() {}

  /** The id of the KPI. */
  public abstract String kpiId();

  /** The key results the KPI reaches, with its weight in each. */
  public abstract List<Share> keyResults();

  /** The objectives the KPI reaches, with its weight in each. */
  public abstract List<Share> objectives();

  /**
   * The owners of the objectives the KPI reaches, with its weight in each: the mean of its weights
   * in the owner's objectives, each of the owner's objectives counting once (those it does not
   * reach with 0), so that the weights into an owner sum over all KPIs to the owner's {@linkplain
   * Coverage#owners() coverage}.
   */
  public abstract List<Share> owners();

  /** The KPI's weight in a key result, objective or owner; empty if it does not reach it. */
  public final OptionalDouble weightIn(String id) {
    Objects.requireNonNull(id, "id");
    for (List<Share> shares : List.of(keyResults(), objectives(), owners())) {
      for (Share s : shares) {
        if (s.id().equals(id)) {
          return OptionalDouble.of(s.weight());
        }
      }
    }
    return OptionalDouble.empty();
  }
}
