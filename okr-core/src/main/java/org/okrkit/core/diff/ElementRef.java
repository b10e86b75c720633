package org.okrkit.core.diff;

import org.immutables.value.Value;

/** An owner or element added or removed: its kind, id and title (an owner's name). */
@Value.Immutable
public abstract sealed class ElementRef permits ImmutableElementRef {

  ElementRef() {}

  /** The kind. */
  @Value.Parameter
  public abstract Subject subject();

  /** The id. */
  @Value.Parameter
  public abstract String id();

  /** The title, or an owner's name. */
  @Value.Parameter
  public abstract String title();

  /** A reference. */
  public static ElementRef of(Subject subject, String id, String title) {
    return ImmutableElementRef.of(subject, id, title);
  }

  /** {@code KPI K-launches "Number of product launches"}. */
  @Override
  public final String toString() {
    return subject().noun() + " " + id() + " \"" + title() + "\"";
  }
}
