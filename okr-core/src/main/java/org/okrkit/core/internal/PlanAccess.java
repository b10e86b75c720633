package org.okrkit.core.internal;

import java.util.List;
import java.util.function.Function;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;

/**
 * What okrkit's own modules may ask of a {@link Plan} beyond its public API: structures derived
 * from the plan and cached with it, and an element's check-ins by position. {@link Plan} installs
 * the one implementation when its class is initialised.
 */
public abstract class PlanAccess {
  private static volatile PlanAccess instance;

  /** The implementation. */
  public static PlanAccess get() {
    PlanAccess a = instance;
    if (a == null) {
      // initialising Plan installs it
      try {
        Class.forName(Plan.class.getName(), true, Plan.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = instance;
    }
    return a;
  }

  /** Installs the implementation; Plan's class initialiser calls it once. */
  public static void install(PlanAccess access) {
    instance = access;
  }

  /**
   * A structure derived from the plan's owners, elements and revisions, computed once per key and
   * shared by the plans that differ from it only by check-ins. {@code compute} must not depend on
   * check-ins.
   */
  public abstract <T> T derived(Plan plan, Object key, Function<Plan, T> compute);

  /**
   * The check-ins that count of the element at {@code position} among the plan's key results then
   * KPIs (so {@code keyResults().size() + i} is the i-th KPI), by date.
   */
  public abstract List<CheckIn> checkIns(Plan plan, int position);

  /**
   * The index of every id of the plan: owners, then objectives, key results and KPIs, each in plan
   * order, so that the position of an element less the number of owners is its place among the
   * elements. Shared by the plans that differ only by check-ins.
   */
  public abstract IdIndex ids(Plan plan);
}
