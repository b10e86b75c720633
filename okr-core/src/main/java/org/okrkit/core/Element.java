package org.okrkit.core;

import java.util.Set;

/**
 * Something a {@link Plan} holds under an id and that people own: an {@link Objective}, a {@link
 * KeyResult} or a {@link Kpi}. Ids are unique across every kind of element and across owners.
 */
public sealed interface Element permits Objective, MeasuredElement {

  /** The element's id: unique in its plan, case-sensitive. */
  String id();

  /** What the element says, for people: "Raise the company's market influence". */
  String title();

  /** Which kind of element this is. */
  ElementKind elementKind();

  /** Free labels that scoring policies and reports can select on, in the order given. */
  Set<String> tags();
}
