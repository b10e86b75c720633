package org.okrkit.core;

/** Thrown when a query names an id that the plan does not hold as the kind asked for. */
public final class UnknownIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final String expected;

  /**
   * An exception for {@code id}, which should have named {@code expected}.
   *
   * @param expected what the id should name, as messages say it: {@code "objective"}
   */
  public UnknownIdException(String id, String expected) {
    super("unknown " + expected + " '" + id + "'");
    this.id = id;
    this.expected = expected;
  }

  /** The id that was not found. */
  public String id() {
    return id;
  }

  /** What the id should have named: {@code "objective"}, {@code "owner"}, … */
  public String expected() {
    return expected;
  }
}
