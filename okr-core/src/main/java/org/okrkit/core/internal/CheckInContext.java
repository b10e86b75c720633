package org.okrkit.core.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Element;
import org.okrkit.core.Target;

/** What checking one check-in needs to know about the plan it joins. */
public interface CheckInContext {

  /** The objective, key result or KPI of this id, or null. */
  @Nullable Element element(String id);

  /** Whether an owner has this id. */
  boolean isOwner(String id);

  /** Whether the target of key result or KPI {@code id} was revised. */
  boolean revised(String id);

  /**
   * The target of key result or KPI {@code id} in force on {@code date}.
   *
   * @throws IllegalArgumentException if the plan has no key result or KPI with this id
   */
  Target targetAt(String id, LocalDate date);

  /** Whether a check-in that counts is already recorded in {@code c}'s slot on its date. */
  boolean hasRecorded(CheckIn c);
}
