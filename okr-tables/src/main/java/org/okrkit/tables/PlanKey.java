package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The key of one plan among many in one set of tables: the {@code tenant} (an organisation, a
 * customer of a host) and the {@code plan} (its id within the tenant, such as {@code 2026-Q2} or
 * {@code marketing-2026-Q2}). Every row of every table carries both, in the columns {@code tenant}
 * and {@code plan}. Both are case-sensitive texts; either may be empty (a host with one tenant may
 * leave it empty), but neither is ever null.
 *
 * <p>Immutable; equal when both parts are; ordered by tenant, then plan.
 */
public final class PlanKey implements Comparable<PlanKey> {
  private static final Comparator<PlanKey> ORDER =
      Comparator.comparing(PlanKey::tenant).thenComparing(PlanKey::plan);

  private final String tenant;
  private final String plan;

  private PlanKey(String tenant, String plan) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.plan = requireNonNull(plan, "plan");
  }

  /** The key of plan {@code plan} of tenant {@code tenant}. */
  public static PlanKey of(String tenant, String plan) {
    return new PlanKey(tenant, plan);
  }

  /** The tenant: an organisation whose plans the tables hold. */
  public String tenant() {
    return tenant;
  }

  /** The plan's id within its tenant. */
  public String plan() {
    return plan;
  }

  @Override
  public int compareTo(PlanKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlanKey that && tenant.equals(that.tenant) && plan.equals(that.plan);
  }

  @Override
  public int hashCode() {
    return tenant.hashCode() * 31 + plan.hashCode();
  }

  /** {@code tenant/plan}: {@code acme/2026-Q2}. */
  @Override
  public String toString() {
    return tenant + "/" + plan;
  }
}
